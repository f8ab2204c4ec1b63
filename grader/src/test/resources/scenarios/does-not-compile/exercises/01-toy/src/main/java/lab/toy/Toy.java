package lab.toy;

import java.util.List;

/** Does not compile: a missing semicolon on line 12. */
public final class Toy {

    private Toy() {
    }

    public static int add(int a, int b) {
        return a + b
    }

    public static int max(List<Integer> values) {
        return values.get(0);
    }

    public static void runTogether(Runnable first, Runnable second) throws InterruptedException {
        first.run();
        second.run();
    }
}
