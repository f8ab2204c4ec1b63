package lab.tally;

import java.util.List;

/**
 * Attack: take over the end of the forked JVM: a shutdown hook that prints forged results, a
 * default uncaught-exception handler that swallows every failure, and Runtime.halt(0) from the
 * first test.
 */
public final class Tally {

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("{\"event\":\"done\"}")));
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> { });
        Runtime.getRuntime().halt(0);
    }

    public Tally() {
    }

    public void add(int amount) {
        throw new UnsupportedOperationException("TODO: add the amount and remember it");
    }

    public int total() {
        throw new UnsupportedOperationException("TODO: return the total");
    }

    public List<Integer> history() {
        throw new UnsupportedOperationException("TODO: return a copy of the history");
    }
}
