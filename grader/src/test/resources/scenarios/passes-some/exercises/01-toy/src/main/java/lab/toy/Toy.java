package lab.toy;

import java.util.List;

/** Passes some tests: max returns the first value, not the largest. */
public final class Toy {

    private Toy() {
    }

    public static int add(int a, int b) {
        return a + b;
    }

    public static int max(List<Integer> values) {
        return values.get(0);
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
