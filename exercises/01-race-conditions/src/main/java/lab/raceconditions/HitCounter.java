package lab.raceconditions;

/**
 * A counter of hits that many threads may update at the same time without losing a hit.
 *
 * <p>A web server counts page views this way: every request thread calls {@link #increment()}
 * and a monitoring thread reads {@link #get()}. Every method must be safe to call from any
 * number of threads at once: when N threads each count M hits, the count is exactly N x M.
 */
public class HitCounter {

    /** Creates a counter that starts at zero. */
    public HitCounter() {
    }

    /** Counts one hit. */
    public void increment() {
        throw new UnsupportedOperationException(
                "TODO: count one hit, without losing hits counted by other threads at the same moment");
    }

    /**
     * Counts {@code hits} hits at once.
     *
     * @param hits how many hits to add; zero is allowed and changes nothing
     * @throws IllegalArgumentException if {@code hits} is negative (a hit counter never goes down)
     */
    public void add(long hits) {
        throw new UnsupportedOperationException(
                "TODO: count this many hits at once (reject a negative number), safely under concurrent use");
    }

    /**
     * Returns the number of hits counted so far.
     *
     * @return the count: every increment and add that finished before this call is included
     */
    public long get() {
        throw new UnsupportedOperationException(
                "TODO: return the number of hits counted so far, including those counted by other threads");
    }
}
