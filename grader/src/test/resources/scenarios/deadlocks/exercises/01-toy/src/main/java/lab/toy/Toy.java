package lab.toy;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Deadlocks, every time: runTogether's two threads take two locks in opposite orders, and a latch
 * makes sure each holds its first lock before it asks for the second.
 */
public final class Toy {

    private static final Object LEFT = new Object();
    private static final Object RIGHT = new Object();

    private Toy() {
    }

    public static int add(int a, int b) {
        return a + b;
    }

    public static int max(List<Integer> values) {
        int max = values.get(0);
        for (int value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    public static void runTogether(Runnable first, Runnable second) throws InterruptedException {
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        Thread one = new Thread(() -> lockedRun(LEFT, RIGHT, bothHoldOne, first), "toy-left");
        Thread two = new Thread(() -> lockedRun(RIGHT, LEFT, bothHoldOne, second), "toy-right");
        one.start();
        two.start();
        one.join();
        two.join();
    }

    private static void lockedRun(Object outer, Object inner, CountDownLatch bothHoldOne, Runnable task) {
        synchronized (outer) {
            bothHoldOne.countDown();
            boolean interrupted = false;
            while (true) {
                try {
                    bothHoldOne.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            synchronized (inner) {
                task.run();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
