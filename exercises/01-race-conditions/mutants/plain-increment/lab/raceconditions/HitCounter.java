/*
 * Mutant: plain-increment
 * Bug: count++ on a plain field without a lock: two threads read the same count and one hit is lost.
 * Caught by: stress
 */
package lab.raceconditions;

/**
 * A counter of hits that many threads may update at the same time without losing a hit.
 */
public class HitCounter {

    private long count;

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
