package lab.raceconditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hidden tests of {@link HitCounter}: more threads, bigger numbers, readers during writes. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HitCounterHiddenTest {

    @Test
    void eightThreadsLoseNoIncrement() {
        int threads = 8;
        int hitsPerThread = 50_000;
        HitCounter counter = new HitCounter();

        TestThreads.runTogether(threads, "hitter", index -> {
            for (int i = 0; i < hitsPerThread; i++) {
                counter.increment();
            }
        });

        long expected = (long) threads * hitsPerThread;
        assertEquals(expected, counter.get(), String.format(
                "lost update: %d threads x %,d increments gave %,d instead of %,d",
                threads, hitsPerThread, counter.get(), expected));
    }

    @Test
    void countsBeyondTheRangeOfAnInt() {
        int threads = 4;
        int batchesPerThread = 10_000;
        long batch = 1_000_000;
        HitCounter counter = new HitCounter();

        TestThreads.runTogether(threads, "batcher", index -> {
            for (int i = 0; i < batchesPerThread; i++) {
                counter.add(batch);
            }
        });

        long expected = threads * batchesPerThread * batch;
        assertEquals(expected, counter.get(), String.format(
                "%d threads x %,d batches of %,d hits gave %,d instead of %,d "
                        + "(an int overflows past 2,147,483,647; is every hit kept?)",
                threads, batchesPerThread, batch, counter.get(), expected));
    }

    @Test
    void countersAreIndependent() {
        int hitsPerThread = 100_000;
        HitCounter first = new HitCounter();
        HitCounter second = new HitCounter();

        // Threads 0 and 1 count on the first counter, 2 and 3 add 2 at a time on the second.
        TestThreads.runTogether(4, "hitter", index -> {
            for (int i = 0; i < hitsPerThread; i++) {
                if (index < 2) {
                    first.increment();
                } else {
                    second.add(2);
                }
            }
        });

        assertEquals(2L * hitsPerThread, first.get(),
                "the first counter must count only its own hits (is the count shared between counters?)");
        assertEquals(4L * hitsPerThread, second.get(),
                "the second counter must count only its own hits (is the count shared between counters?)");
    }

    @Test
    void readsDuringUpdatesNeverGoBackwardsOrPastTheTotal() {
        int writers = 3;
        int hitsPerWriter = 100_000;
        long total = (long) writers * hitsPerWriter;
        HitCounter counter = new HitCounter();
        CountDownLatch writing = new CountDownLatch(writers);

        // Thread 0 reads for as long as the others count: a count only ever grows.
        TestThreads.runTogether(writers + 1, "worker", index -> {
            if (index == 0) {
                long previous = 0;
                while (writing.getCount() > 0) {
                    long now = counter.get();
                    assertTrue(now >= previous, String.format(
                            "get() went backwards from %,d to %,d while other threads counted", previous, now));
                    assertTrue(now <= total, String.format(
                            "get() returned %,d, more than the %,d hits ever counted", now, total));
                    previous = now;
                }
            } else {
                for (int i = 0; i < hitsPerWriter; i++) {
                    counter.increment();
                }
                writing.countDown();
            }
        });

        assertEquals(total, counter.get(), "lost update: the final count must include every hit");
    }

    @Test
    void addRejectsEveryNegativeNumber() {
        HitCounter counter = new HitCounter();
        counter.add(3);
        assertThrows(IllegalArgumentException.class, () -> counter.add(Long.MIN_VALUE),
                "add(Long.MIN_VALUE) must throw IllegalArgumentException");
        assertThrows(IllegalArgumentException.class, () -> counter.add(-1_000),
                "add(-1000) must throw IllegalArgumentException");
        assertEquals(3, counter.get(), "rejected adds must leave the count unchanged");
    }
}
