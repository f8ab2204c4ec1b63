package lab.toy;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Right answers, but runTogether's threads (non-daemon) never end: after their task they sleep
 * forever. A latch tells the caller when both tasks are done.
 */
public final class Toy {

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
        CountDownLatch done = new CountDownLatch(2);
        start("toy-first", first, done);
        start("toy-second", second, done);
        done.await();
    }

    private static void start(String name, Runnable task, CountDownLatch done) {
        Thread thread = new Thread(() -> {
            task.run();
            done.countDown();
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    // never ends
                }
            }
        }, name);
        thread.setDaemon(false);
        thread.start();
    }
}
