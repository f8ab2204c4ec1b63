package lab.eventsandlatches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import lab.support.testing.Delays;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class LatchHiddenTest {

    @Test
    void waitersAreReleasedOnlyByTheLastCountDown() {
        int parties = 6;
        for (int round = 0; round < 30; round++) {
            Latch done = new Latch(parties);
            int[] results = new int[parties];
            AtomicInteger released = new AtomicInteger();
            try (TestThreads threads = new TestThreads()) {
                for (int w = 0; w < 3; w++) {
                    threads.start("waiter-" + w, () -> {
                        done.await();
                        for (int i = 0; i < parties; i++) {
                            assertEquals(i + 1, results[i], "a waiter was released before party " + i
                                    + " counted down, or without seeing its write");
                        }
                        released.incrementAndGet();
                    });
                }
                threads.startTogether(parties, "party", index -> {
                    results[index] = index + 1;
                    done.countDown();
                });
            }
            assertEquals(3, released.get());
            assertEquals(0, done.getCount());
        }
    }

    @Test
    void aStartGateLetsEveryRunnerGoRoundAfterRound() throws InterruptedException {
        for (int round = 0; round < 50; round++) {
            Latch gate = new Latch(1);
            try (TestThreads threads = new TestThreads()) {
                Waiters runners = Waiters.startBlocked(threads, 4, () -> {
                    gate.await();
                    return true;
                });
                assertEquals(0, runners.succeeded(), "no runner may pass a closed gate");
                gate.countDown();
                int started = runners.awaitAllReturned();
                assertEquals(4, started, "round " + round + ": opening the gate must release all 4 runners, but "
                        + started + " got through");
            }
        }
    }

    @Test
    void extraCountDownsFromManyThreadsKeepTheCountAtZero() {
        Latch latch = new Latch(100);
        TestThreads.runTogether(4, "counter", index -> {
            for (int i = 0; i < 1_000; i++) {
                latch.countDown();
            }
        });
        assertEquals(0, latch.getCount(), "4,000 countDowns on Latch(100): the count stops at 0, never below");
    }

    @Test
    void aHugeTimeoutWaitsForTheLatchToOpen() throws InterruptedException {
        Latch latch = new Latch(1);
        AtomicBoolean result = new AtomicBoolean();
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter",
                    () -> result.set(latch.await(Long.MAX_VALUE, TimeUnit.NANOSECONDS)));
            threads.awaitWaiting(waiter);
            latch.countDown();
        }
        assertTrue(result.get(), "await(Long.MAX_VALUE ns) must wait for the latch to open, not give up at once");
    }

    @Test
    void anInterruptedWaiterLeavesTheLatchWorking() {
        Latch latch = new Latch(2);
        AtomicBoolean otherReturned = new AtomicBoolean();
        try (TestThreads threads = new TestThreads()) {
            Thread interrupted = threads.start("interrupted", () -> assertThrows(InterruptedException.class,
                    () -> latch.await(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS)));
            Thread other = threads.start("other", () -> {
                latch.await();
                otherReturned.set(true);
            });
            threads.awaitWaiting(interrupted);
            threads.awaitWaiting(other);
            interrupted.interrupt();
            threads.join(interrupted);
            assertEquals(2, latch.getCount(), "an interrupt does not count down");
            latch.countDown();
            threads.awaitWaiting(other);
            assertFalse(otherReturned.get(), "the count is 1: the other waiter must still wait");
            latch.countDown();
        }
        assertTrue(otherReturned.get());
    }

    @Test
    void aLargeCountIsCountedExactly() {
        int threadsCount = 6;
        int perThread = 20_000;
        Latch latch = new Latch(threadsCount * perThread + 1);
        TestThreads.runTogether(threadsCount, "counter", index -> {
            for (int i = 0; i < perThread; i++) {
                latch.countDown();
            }
        });
        assertEquals(1, latch.getCount(), "6 threads x 20,000 countDowns on a latch of 120,001 must leave exactly 1");
    }
}
