package lab.toy;

import java.util.List;

/** A tiny API for the grader's own tests. */
public final class Toy {

    private Toy() {
    }

    /** The sum of {@code a} and {@code b}. */
    public static int add(int a, int b) {
        throw new UnsupportedOperationException("TODO: add the two numbers");
    }

    /** The largest of {@code values} (which is not empty). */
    public static int max(List<Integer> values) {
        throw new UnsupportedOperationException("TODO: find the largest value");
    }

    /** Runs {@code first} and {@code second} at the same time, on two threads, and returns when both have finished. */
    public static void runTogether(Runnable first, Runnable second) throws InterruptedException {
        throw new UnsupportedOperationException("TODO: run both tasks on threads of their own");
    }
}
