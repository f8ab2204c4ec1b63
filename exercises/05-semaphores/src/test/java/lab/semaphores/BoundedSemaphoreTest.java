package lab.semaphores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import lab.support.testing.Delays;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class BoundedSemaphoreTest {

    @Test
    void startsWithAllItsPermits() {
        assertEquals(3, new BoundedSemaphore(3).availablePermits(),
                "a new BoundedSemaphore(3) holds 3 permits");
    }

    @Test
    void zeroPermitsIsAllowed() {
        BoundedSemaphore semaphore = new BoundedSemaphore(0);
        assertEquals(0, semaphore.availablePermits(), "a new BoundedSemaphore(0) holds no permit");
        assertFalse(semaphore.tryAcquire(), "a semaphore with no permit cannot be acquired");
    }

    @Test
    void negativePermitsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedSemaphore(-1),
                "a semaphore cannot start with a negative number of permits");
    }

    @Test
    void tryAcquireTakesPermitsUntilNoneIsLeft() {
        BoundedSemaphore semaphore = new BoundedSemaphore(2);
        assertTrue(semaphore.tryAcquire(), "first tryAcquire on 2 permits should succeed");
        assertTrue(semaphore.tryAcquire(), "second tryAcquire on 2 permits should succeed");
        assertFalse(semaphore.tryAcquire(), "third tryAcquire on 2 permits must fail: none is left");
        assertEquals(0, semaphore.availablePermits(), "a failed tryAcquire must not change the count");
    }

    @Test
    void releaseGivesAPermitBack() throws InterruptedException {
        BoundedSemaphore semaphore = new BoundedSemaphore(2);
        semaphore.acquire();
        semaphore.acquire();
        semaphore.release();
        assertEquals(1, semaphore.availablePermits(), "2 acquires and 1 release leave 1 permit");
        assertTrue(semaphore.tryAcquire(), "the released permit can be acquired again");
    }

    @Test
    void releasingMoreThanWasAcquiredThrows() throws InterruptedException {
        BoundedSemaphore semaphore = new BoundedSemaphore(2);
        IllegalStateException first = assertThrows(IllegalStateException.class, semaphore::release,
                "release on a full BoundedSemaphore must throw, like Python's ValueError: "
                        + "it would hold more permits than it started with");
        assertEquals(2, semaphore.availablePermits(), "a refused release must leave the count unchanged");

        semaphore.acquire();
        semaphore.release();
        assertThrows(IllegalStateException.class, semaphore::release,
                "one acquire allows one release, not two");
        assertEquals(2, semaphore.availablePermits(), "the count never rises above the initial 2");
        assertTrue(first.getMessage() != null && !first.getMessage().isBlank(),
                "the exception should say what went wrong (released too many times)");
    }

    @Test
    void aSemaphoreWithZeroPermitsCannotBeReleased() {
        BoundedSemaphore semaphore = new BoundedSemaphore(0);
        assertThrows(IllegalStateException.class, semaphore::release,
                "BoundedSemaphore(0) may never hold a permit, so release must throw");
        assertEquals(0, semaphore.availablePermits());
    }

    @Test
    void acquireWaitsUntilAPermitIsReleased() throws InterruptedException {
        BoundedSemaphore semaphore = new BoundedSemaphore(1);
        semaphore.acquire();
        AtomicBoolean acquired = new AtomicBoolean();
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter", () -> {
                semaphore.acquire();
                acquired.set(true);
            });
            threads.awaitBlocked(waiter);
            assertFalse(acquired.get(), "acquire must wait while no permit is available");
            semaphore.release();
            threads.join(waiter);
        }
        assertTrue(acquired.get(), "release must wake the thread waiting in acquire");
        assertEquals(0, semaphore.availablePermits(), "the waiter took the released permit");
    }

    @Test
    void aPermitMayBeReleasedByAnotherThread() throws InterruptedException {
        BoundedSemaphore semaphore = new BoundedSemaphore(1);
        try (TestThreads threads = new TestThreads()) {
            threads.join(threads.start("acquirer", semaphore::acquire));
        }
        semaphore.release();
        assertEquals(1, semaphore.availablePermits(),
                "a semaphore has no owner: any thread may release a permit another thread took");
    }

    @Test
    void timedTryAcquireGivesUpWhenTheTimeRunsOut() throws InterruptedException {
        BoundedSemaphore semaphore = new BoundedSemaphore(1);
        semaphore.acquire();
        long timeout = Delays.MEDIUM.toNanos();
        long start = System.nanoTime();
        boolean acquired = semaphore.tryAcquire(timeout, TimeUnit.NANOSECONDS);
        long waited = System.nanoTime() - start;
        assertFalse(acquired, "no permit was released, so tryAcquire(timeout) must return false");
        assertTrue(waited >= timeout * 9 / 10, "tryAcquire(" + Delays.MEDIUM.toMillis()
                + " ms) must wait for the whole timeout before giving up; it returned after "
                + TimeUnit.NANOSECONDS.toMillis(waited) + " ms");
        assertEquals(0, semaphore.availablePermits(), "a timed-out tryAcquire must not change the count");
    }

    @Test
    void timedTryAcquireSucceedsWhenAPermitIsReleasedInTime() throws InterruptedException {
        BoundedSemaphore semaphore = new BoundedSemaphore(1);
        semaphore.acquire();
        AtomicBoolean result = new AtomicBoolean();
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter",
                    () -> result.set(semaphore.tryAcquire(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS)));
            threads.awaitBlocked(waiter);
            semaphore.release();
        }
        assertTrue(result.get(), "a permit released during the wait must be taken: tryAcquire returns true");
        assertEquals(0, semaphore.availablePermits());
    }

    @Test
    void timedTryAcquireWithZeroTimeoutDoesNotWait() throws InterruptedException {
        BoundedSemaphore semaphore = new BoundedSemaphore(1);
        assertTrue(semaphore.tryAcquire(0, TimeUnit.SECONDS), "a free permit is taken even with timeout 0");
        assertFalse(semaphore.tryAcquire(0, TimeUnit.SECONDS), "with timeout 0 and no permit, return false at once");
        assertFalse(semaphore.tryAcquire(-1, TimeUnit.SECONDS), "a negative timeout means: do not wait");
    }

    @Test
    void acquireIsInterruptibleAndTakesNothing() throws InterruptedException {
        BoundedSemaphore semaphore = new BoundedSemaphore(1);
        semaphore.acquire();
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter", () -> assertThrows(InterruptedException.class,
                    semaphore::acquire, "interrupting a thread blocked in acquire must throw InterruptedException"));
            threads.awaitBlocked(waiter);
            waiter.interrupt();
            threads.join(waiter);
        }
        semaphore.release();
        assertEquals(1, semaphore.availablePermits(),
                "an interrupted acquire takes no permit: the next release must leave 1 available");
    }

    @Test
    void timedTryAcquireIsInterruptible() throws InterruptedException {
        BoundedSemaphore semaphore = new BoundedSemaphore(1);
        semaphore.acquire();
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter", () -> assertThrows(InterruptedException.class,
                    () -> semaphore.tryAcquire(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS),
                    "interrupting a thread blocked in tryAcquire(timeout) must throw InterruptedException"));
            threads.awaitBlocked(waiter);
            waiter.interrupt();
            threads.join(waiter);
        }
        semaphore.release();
        assertEquals(1, semaphore.availablePermits(), "an interrupted tryAcquire takes no permit");
    }

    @Test
    void nThreadsHoldPermitsAtOnceAndTheNextOneWaits() throws InterruptedException {
        int permits = 3;
        BoundedSemaphore semaphore = new BoundedSemaphore(permits);
        InFlight inFlight = new InFlight();
        CountDownLatch allHolding = new CountDownLatch(permits);
        CountDownLatch letGo = new CountDownLatch(1);
        try (TestThreads threads = new TestThreads()) {
            for (int i = 0; i < permits; i++) {
                threads.start("holder-" + i, () -> {
                    semaphore.acquire();
                    inFlight.enter();
                    allHolding.countDown();
                    letGo.await();
                    inFlight.leave();
                    semaphore.release();
                });
            }
            // However this ends, the holders are let go, so that no thread outlives the test.
            try {
                assertTrue(allHolding.await(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS),
                        "3 threads should all hold a permit of a semaphore with 3 at the same time");
                assertEquals(0, semaphore.availablePermits(), "3 holders of 3 permits leave none free");

                Thread fourth = threads.start("fourth", () -> {
                    semaphore.acquire();
                    inFlight.enter();
                    inFlight.leave();
                    semaphore.release();
                });
                threads.awaitBlocked(fourth);
                assertEquals(permits, inFlight.now(), "a 4th thread got in while 3 held all 3 permits");
            } finally {
                letGo.countDown();
            }
        }
        assertEquals(permits, inFlight.most(), "never more than 3 threads may hold the 3 permits");
        assertEquals(permits, semaphore.availablePermits(), "every permit came back");
    }

    @Test
    void underLoadNeverMoreThanNHoldPermits() {
        int permits = 3;
        int iterations = 2_000;
        BoundedSemaphore semaphore = new BoundedSemaphore(permits);
        InFlight inFlight = new InFlight();
        TestThreads.runTogether(8, "worker", index -> {
            for (int i = 0; i < iterations; i++) {
                semaphore.acquire();
                inFlight.enter();
                Thread.yield();
                inFlight.leave();
                semaphore.release();
            }
        });
        assertTrue(inFlight.most() <= permits, "8 threads racing for 3 permits: " + inFlight.most()
                + " held one at the same time (a check-then-act race in acquire?)");
        assertEquals(permits, semaphore.availablePermits(), "after every thread released, all 3 permits are back");
    }
}
