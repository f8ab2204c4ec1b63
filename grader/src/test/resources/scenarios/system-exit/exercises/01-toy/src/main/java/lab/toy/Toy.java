package lab.toy;

import java.util.List;

/** Calls System.exit(0): the student-code policy forbids it, so nothing runs. */
public final class Toy {

    private Toy() {
    }

    public static int add(int a, int b) {
        if (a == Integer.MIN_VALUE) {
            System.exit(0);
        }
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
        Thread one = new Thread(first, "toy-first");
        Thread two = new Thread(second, "toy-second");
        one.start();
        two.start();
        one.join();
        two.join();
    }
}
