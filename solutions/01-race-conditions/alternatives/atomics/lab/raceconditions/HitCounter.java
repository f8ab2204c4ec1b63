/*
 * Alternative: atomics
 * Design: no lock at all; the hits live in a LongAdder, whose per-thread cells make every update
 * atomic without the threads queuing on one monitor.
 */
package lab.raceconditions;

import java.util.concurrent.atomic.LongAdder;

/**
 * A counter of hits that many threads may update at the same time without losing a hit.
 *
 * <p>Every method is safe to call from any number of threads at once.
 */
public class HitCounter {

    // A LongAdder spreads contended updates over several cells and adds them up on sum(), so
    // increments from many threads never overwrite each other and rarely even collide.
    private final LongAdder hits = new LongAdder();

    /** Creates a counter that starts at zero. */
    public HitCounter() {
    }

    /** Counts one hit. */
    public void increment() {
        hits.increment();
    }

    /**
     * Counts {@code hits} hits at once.
     *
     * @param hits how many hits to add; zero is allowed and changes nothing
     * @throws IllegalArgumentException if {@code hits} is negative
     */
    public void add(long hits) {
        if (hits < 0) {
            throw new IllegalArgumentException("hits must not be negative: " + hits);
        }
        this.hits.add(hits);
    }

    /**
     * Returns the number of hits counted so far.
     *
     * <p>Every increment and add that finished before this call is included. The cells only ever
     * grow, so two successive calls never see the count go down.
     *
     * @return the count
     */
    public long get() {
        return hits.sum();
    }
}
