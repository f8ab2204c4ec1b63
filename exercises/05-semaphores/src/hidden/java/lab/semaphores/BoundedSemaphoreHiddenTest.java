package lab.semaphores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import lab.support.testing.Delays;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class BoundedSemaphoreHiddenTest {

    @Test
    void aZeroPermitSemaphoreMakesAcquireWaitAndRefusesRelease() {
        BoundedSemaphore semaphore = new BoundedSemaphore(0);
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter", () -> assertThrows(InterruptedException.class, semaphore::acquire));
            threads.awaitBlocked(waiter);
            assertThrows(IllegalStateException.class, semaphore::release,
                    "BoundedSemaphore(0) may never hold a permit, even with a thread waiting");
            waiter.interrupt();
        }
        assertEquals(0, semaphore.availablePermits());
    }

    @Test
    void aHugeTimeoutStillTakesAFreePermit() throws InterruptedException {
        BoundedSemaphore semaphore = new BoundedSemaphore(1);
        assertTrue(semaphore.tryAcquire(Long.MAX_VALUE, TimeUnit.DAYS),
                "tryAcquire(Long.MAX_VALUE, DAYS) with a free permit must return true");
    }

    @Test
    void aHugeTimeoutWaitsForARelease() throws InterruptedException {
        BoundedSemaphore semaphore = new BoundedSemaphore(1);
        semaphore.acquire();
        AtomicBoolean result = new AtomicBoolean();
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter",
                    () -> result.set(semaphore.tryAcquire(Long.MAX_VALUE, TimeUnit.NANOSECONDS)));
            threads.awaitBlocked(waiter);
            semaphore.release();
        }
        assertTrue(result.get(), "tryAcquire(Long.MAX_VALUE ns) must wait, not give up at once "
                + "(does now + timeout overflow?) and take the released permit");
    }

    @Test
    void eachReleaseLetsExactlyOneWaiterIn() throws InterruptedException {
        BoundedSemaphore semaphore = new BoundedSemaphore(3);
        for (int i = 0; i < 3; i++) {
            semaphore.acquire();
        }
        AtomicInteger acquired = new AtomicInteger();
        try (TestThreads threads = new TestThreads()) {
            List<Thread> waiters = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                waiters.add(threads.start("waiter-" + i, () -> {
                    semaphore.acquire();
                    acquired.incrementAndGet();
                }));
            }
            for (Thread waiter : waiters) {
                threads.awaitBlocked(waiter);
            }
            for (int released = 1; released <= 3; released++) {
                semaphore.release();
                awaitCount(acquired, released);
                assertEquals(0, semaphore.availablePermits(), "a waiter takes each released permit");
                assertEquals(released, acquired.get(), released + " release(s) let exactly " + released + " waiter(s) in");
            }
        }
    }

    @Test
    void aWokenWaiterChecksAgainWhenAnotherThreadTookThePermitFirst() throws InterruptedException {
        BoundedSemaphore semaphore = new BoundedSemaphore(1);
        semaphore.acquire();
        int barged = 0;
        for (int round = 0; round < 20 && barged < 3; round++) {
            try (TestThreads threads = new TestThreads()) {
                Thread waiter = threads.start("waiter", semaphore::acquire);
                threads.awaitBlocked(waiter);
                // Release and at once take the permit back: usually this thread wins it before
                // the woken waiter runs again. The waiter must then find no permit and wait on.
                semaphore.release();
                if (semaphore.tryAcquire()) {
                    barged++;
                    // The waiter cannot finish now: the only permit is ours. (A waiter that does
                    // finish, finishes within microseconds; this wait only ever ends early then.)
                    waiter.join(Delays.MEDIUM.toMillis());
                    assertTrue(waiter.isAlive(), "a woken waiter took a permit that another thread had already "
                            + "taken: after waking it must check again (while, not if); permits now: "
                            + semaphore.availablePermits());
                    semaphore.release();
                }
                threads.join(waiter);
            }
        }
    }

    @Test
    void concurrentOverReleaseIsRefusedExactlyOnceTooMany() throws InterruptedException {
        int permits = 4;
        for (int round = 0; round < 50; round++) {
            BoundedSemaphore semaphore = new BoundedSemaphore(permits);
            for (int i = 0; i < permits; i++) {
                semaphore.acquire();
            }
            AtomicInteger refused = new AtomicInteger();
            TestThreads.runTogether(2 * permits, "releaser", index -> {
                try {
                    semaphore.release();
                } catch (IllegalStateException expected) {
                    refused.incrementAndGet();
                }
            });
            assertEquals(permits, refused.get(), "8 threads released 4 taken permits at once: exactly 4 releases "
                    + "must be refused (the bound check and the increment must be one atomic step)");
            assertEquals(permits, semaphore.availablePermits(), "the count must end at the bound, 4");
        }
    }

    @Test
    void permitsAreConservedUnderMixedUseWithTimeoutsAndInterrupts() throws InterruptedException {
        int permits = 2;
        BoundedSemaphore semaphore = new BoundedSemaphore(permits);
        InFlight inFlight = new InFlight();
        // Interrupts start only once every worker is past the start gate and in its loop.
        CountDownLatch running = new CountDownLatch(6);
        try (TestThreads threads = new TestThreads()) {
            List<Thread> workers = threads.startTogether(6, "worker", index -> {
                running.countDown();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < 1_500; i++) {
                    boolean got;
                    try {
                        got = switch (i % 3) {
                            case 0 -> semaphore.tryAcquire();
                            case 1 -> semaphore.tryAcquire(random.nextInt(50), TimeUnit.MICROSECONDS);
                            default -> {
                                semaphore.acquire();
                                yield true;
                            }
                        };
                    } catch (InterruptedException interrupted) {
                        continue;
                    }
                    if (got) {
                        inFlight.enter();
                        Thread.yield();
                        inFlight.leave();
                        semaphore.release();
                    }
                }
            });
            assertTrue(running.await(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS));
            for (int i = 0; i < 200; i++) {
                workers.get(i % workers.size()).interrupt();
                Thread.yield();
            }
        }
        assertTrue(inFlight.most() <= permits, inFlight.most() + " threads held the 2 permits at once");
        assertEquals(permits, semaphore.availablePermits(),
                "after timeouts, interrupts and releases, exactly the 2 permits must remain: none lost, none created");
    }

    @Test
    void underHeavyLoadTheBoundHoldsAndIsReached() {
        int permits = 4;
        BoundedSemaphore semaphore = new BoundedSemaphore(permits);
        InFlight inFlight = new InFlight();
        TestThreads.runTogether(12, "worker", index -> {
            for (int i = 0; i < 3_000; i++) {
                semaphore.acquire();
                inFlight.enter();
                Thread.yield();
                inFlight.leave();
                semaphore.release();
            }
        });
        assertTrue(inFlight.most() <= permits, inFlight.most() + " threads held the 4 permits at once");
        assertEquals(permits, semaphore.availablePermits());
    }

    private static void awaitCount(AtomicInteger counter, int expected) {
        long deadline = System.nanoTime() + Delays.LONG.toNanos();
        while (counter.get() < expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("a release did not let a waiting thread in (a missed wake-up?): "
                        + counter.get() + " of " + expected + " waiters got a permit");
            }
            Thread.yield();
        }
    }
}
