package lab.raceconditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.TimeUnit;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Visible tests of {@link HitCounter}: single-threaded behaviour first, then many threads at once. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class HitCounterTest {

    private static final int THREADS = 4;
    private static final int HITS_PER_THREAD = 100_000;

    @Test
    void newCounterStartsAtZero() {
        assertEquals(0, new HitCounter().get(), "a new counter has counted no hits");
    }

    @Test
    void incrementCountsOneHit() {
        HitCounter counter = new HitCounter();
        counter.increment();
        counter.increment();
        counter.increment();
        assertEquals(3, counter.get(), "three increments on one thread count three hits");
    }

    @Test
    void addCountsManyHitsAtOnce() {
        HitCounter counter = new HitCounter();
        counter.add(40);
        counter.increment();
        counter.add(1);
        assertEquals(42, counter.get(), "add(40), increment(), add(1) count 42 hits");
    }

    @Test
    void addZeroChangesNothing() {
        HitCounter counter = new HitCounter();
        counter.add(5);
        counter.add(0);
        assertEquals(5, counter.get(), "add(0) counts no hits");
    }

    @Test
    void addRejectsNegativeHits() {
        HitCounter counter = new HitCounter();
        counter.add(7);
        assertThrows(IllegalArgumentException.class, () -> counter.add(-1),
                "a hit counter never goes down: add(-1) must throw IllegalArgumentException");
        assertEquals(7, counter.get(), "a rejected add must leave the count unchanged");
    }

    @Test
    void concurrentIncrementsAreNeverLost() {
        HitCounter counter = new HitCounter();

        TestThreads.runTogether(THREADS, "hitter", index -> {
            for (int i = 0; i < HITS_PER_THREAD; i++) {
                counter.increment();
            }
        });

        long expected = (long) THREADS * HITS_PER_THREAD;
        assertEquals(expected, counter.get(), String.format(
                "lost update: %d threads x %,d increments gave %,d instead of %,d. count++ is three steps "
                        + "(read, add one, write back): two threads that read the same value both write value + 1, "
                        + "and one hit is lost. Make the whole read-modify-write one atomic step.",
                THREADS, HITS_PER_THREAD, counter.get(), expected));
    }

    @Test
    void concurrentAddsAndIncrementsAreNeverLost() {
        HitCounter counter = new HitCounter();

        // Even threads increment, odd threads add 3 at a time: both paths update the same count.
        TestThreads.runTogether(THREADS, "mixed", index -> {
            for (int i = 0; i < HITS_PER_THREAD; i++) {
                if (index % 2 == 0) {
                    counter.increment();
                } else {
                    counter.add(3);
                }
            }
        });

        long expected = (long) (THREADS / 2) * HITS_PER_THREAD * (1 + 3);
        assertEquals(expected, counter.get(), String.format(
                "lost update: 2 threads incrementing and 2 threads adding 3 (%,d times each) gave %,d "
                        + "instead of %,d. increment() and add() change the same count, so they must not "
                        + "interleave with each other either.",
                HITS_PER_THREAD, counter.get(), expected));
    }
}
