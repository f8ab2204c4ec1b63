package lab.eventsandlatches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import lab.support.testing.Delays;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class LatchTest {

    @Test
    void startsWithItsCount() {
        assertEquals(3, new Latch(3).getCount(), "a new Latch(3) needs 3 countDown calls");
    }

    @Test
    void aNegativeCountIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Latch(-1), "a latch cannot start below zero");
    }

    @Test
    void aLatchOfZeroIsOpenFromTheStart() throws InterruptedException {
        Latch latch = new Latch(0);
        assertTrue(latch.await(0, TimeUnit.SECONDS), "Latch(0) is open: await(0) must return true");
        latch.await();
    }

    @Test
    void countDownLowersTheCountToZeroAndNoFurther() {
        Latch latch = new Latch(2);
        latch.countDown();
        assertEquals(1, latch.getCount(), "2 - 1 = 1");
        latch.countDown();
        assertEquals(0, latch.getCount(), "the second countDown opens Latch(2)");
        latch.countDown();
        latch.countDown();
        assertEquals(0, latch.getCount(), "countDown on an open latch does nothing: the count never goes below zero");
    }

    @Test
    void awaitWaitsUntilTheCountReachesZero() {
        Latch latch = new Latch(2);
        AtomicBoolean returned = new AtomicBoolean();
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter", () -> {
                latch.await();
                returned.set(true);
            });
            threads.awaitWaiting(waiter);
            latch.countDown();
            threads.awaitWaiting(waiter);
            assertFalse(returned.get(), "the count is 1, not 0: await must still wait");
            latch.countDown();
            threads.join(waiter);
        }
        assertTrue(returned.get(), "the count reached 0: the waiter must be released");
    }

    @Test
    void aStartGateReleasesEveryWaiter() throws InterruptedException {
        Latch startGate = new Latch(1);
        try (TestThreads threads = new TestThreads()) {
            Waiters runners = Waiters.startBlocked(threads, 5, () -> {
                startGate.await();
                return true;
            });
            assertEquals(0, runners.succeeded(), "no runner may pass a closed gate");
            startGate.countDown();
            int started = runners.awaitAllReturned();
            assertEquals(5, started, "opening the gate must release all 5 waiting runners, but " + started
                    + " got through: the others were never signalled");
        }
    }

    @Test
    void anOpenLatchStaysOpen() throws InterruptedException {
        Latch latch = new Latch(1);
        latch.countDown();
        latch.countDown();
        assertTrue(latch.await(0, TimeUnit.SECONDS), "an open latch never closes again");
        latch.await();
    }

    @Test
    void timedAwaitReturnsFalseWhenTheTimeRunsOut() throws InterruptedException {
        Latch latch = new Latch(1);
        long timeout = Delays.MEDIUM.toNanos();
        long start = System.nanoTime();
        boolean open = latch.await(timeout, TimeUnit.NANOSECONDS);
        long waited = System.nanoTime() - start;
        assertFalse(open, "nobody counted down: await(timeout) must return false");
        assertTrue(waited >= timeout * 9 / 10, "await(" + Delays.MEDIUM.toMillis()
                + " ms) must wait for the whole timeout; it returned after " + TimeUnit.NANOSECONDS.toMillis(waited) + " ms");
        assertEquals(1, latch.getCount(), "a timed-out await changes nothing");
    }

    @Test
    void timedAwaitReturnsTrueWhenOpenedDuringTheWait() {
        Latch latch = new Latch(1);
        AtomicBoolean result = new AtomicBoolean();
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter",
                    () -> result.set(latch.await(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS)));
            threads.awaitWaiting(waiter);
            latch.countDown();
        }
        assertTrue(result.get(), "the latch opened during the wait: await(timeout) must return true");
    }

    @Test
    void timedAwaitWithZeroTimeoutDoesNotWait() throws InterruptedException {
        Latch latch = new Latch(1);
        assertFalse(latch.await(0, TimeUnit.SECONDS), "timeout 0 on a closed latch: false at once");
        assertFalse(latch.await(-1, TimeUnit.SECONDS), "a negative timeout means: do not wait");
    }

    @Test
    void awaitIsInterruptible() {
        Latch latch = new Latch(1);
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter", () -> assertThrows(InterruptedException.class, latch::await,
                    "interrupting a thread blocked in await must throw InterruptedException"));
            threads.awaitWaiting(waiter);
            waiter.interrupt();
            threads.join(waiter);
        }
        assertEquals(1, latch.getCount(), "an interrupt does not count down");
    }

    @Test
    void concurrentCountDownsAreNotLost() {
        int threadsCount = 4;
        int perThread = 50_000;
        Latch latch = new Latch(threadsCount * perThread);
        TestThreads.runTogether(threadsCount, "counter", index -> {
            for (int i = 0; i < perThread; i++) {
                latch.countDown();
            }
        });
        assertEquals(0, latch.getCount(), "4 threads x 50,000 countDowns on Latch(200,000) must reach 0; "
                + latch.getCount() + " left means countDowns were lost (a lost update)");
    }
}
