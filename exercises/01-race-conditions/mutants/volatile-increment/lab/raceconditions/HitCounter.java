/*
 * Mutant: volatile-increment
 * Bug: count is volatile, so every thread sees the latest write, but count++ is still read, add, write: increments are lost.
 * Caught by: stress
 */
package lab.raceconditions;

/**
 * A counter of hits that many threads may update at the same time without losing a hit.
 */
public class HitCounter {

    // volatile makes the latest value visible; it does not make ++ atomic.
    private volatile long count;

    /** Creates a counter that starts at zero. */
    public HitCounter() {
    }

    /** Counts one hit. */
    public void increment() {
        count++;
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
        count += hits;
    }

    /**
     * Returns the number of hits counted so far.
     *
     * @return the count
     */
    public long get() {
        return count;
    }
}
