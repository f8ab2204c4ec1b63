/*
 * Mutant: public-count
 * Bug: the count is a public field, so code outside the class can change it without taking the lock.
 * Caught by: design
 */
package lab.raceconditions;

/**
 * A counter of hits that many threads may update at the same time without losing a hit.
 *
 * <p>A web server counts page views this way: every request thread calls {@link #increment()}
 * and a monitoring thread reads {@link #get()}. Every method is safe to call from any number
 * of threads at once.
 */
public class HitCounter {

    // Guarded by this object's monitor: every read and every write of count happens inside a
    // synchronized method, so no two threads interleave their read-add-write steps.
    public long count;

    /** Creates a counter that starts at zero. */
    public HitCounter() {
    }

    /** Counts one hit. */
    public synchronized void increment() {
        // count++ is three steps (read, add one, write back). The lock makes the three steps
        // one indivisible step as far as every other synchronized method can tell.
        count++;
    }

    /**
     * Counts {@code hits} hits at once.
     *
     * @param hits how many hits to add; zero is allowed and changes nothing
     * @throws IllegalArgumentException if {@code hits} is negative (a hit counter never goes down)
     */
    public synchronized void add(long hits) {
        if (hits < 0) {
            throw new IllegalArgumentException("hits must not be negative: " + hits);
        }
        count += hits;
    }

    /**
     * Returns the number of hits counted so far.
     *
     * @return the count: every increment and add that finished before this call is included
     */
    public synchronized long get() {
        // Reading under the same lock also makes the latest write visible to this thread.
        return count;
    }
}
