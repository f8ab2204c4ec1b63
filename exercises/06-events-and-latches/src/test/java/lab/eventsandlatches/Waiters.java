package lab.eventsandlatches;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lab.support.testing.Delays;
import lab.support.testing.TestThreads;

/**
 * A group of threads that each wait once (on an event or a latch), started and watched by a test.
 *
 * <p>A thread that never wakes up is interrupted once the test has seen enough, so that a missed
 * wake-up fails the test with a message instead of hanging it.
 */
final class Waiters {

    /** What one waiter does: wait, then say whether the wait succeeded. */
    @FunctionalInterface
    interface Wait {
        boolean run() throws InterruptedException;
    }

    private final List<Thread> threads = new ArrayList<>();
    private final CountDownLatch returned;
    private final AtomicInteger succeeded = new AtomicInteger();

    private Waiters(int count) {
        returned = new CountDownLatch(count);
    }

    /** Starts {@code count} waiters and returns once every one of them is blocked in its wait. */
    static Waiters startBlocked(TestThreads testThreads, int count, Wait wait) {
        Waiters waiters = new Waiters(count);
        for (int i = 0; i < count; i++) {
            waiters.threads.add(testThreads.start("waiter-" + i, () -> {
                try {
                    if (wait.run()) {
                        waiters.succeeded.incrementAndGet();
                    }
                    waiters.returned.countDown();
                } catch (InterruptedException stillWaiting) {
                    // Interrupted by awaitAllReturned after the test had already failed.
                }
            }));
        }
        for (Thread thread : waiters.threads) {
            testThreads.awaitWaiting(thread);
        }
        return waiters;
    }

    /**
     * Waits (bounded by {@link Delays#LONG}) for every waiter to return; interrupts those that did
     * not, and returns how many waits succeeded.
     */
    int awaitAllReturned() throws InterruptedException {
        if (!returned.await(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS)) {
            threads.forEach(Thread::interrupt);
        }
        return succeeded.get();
    }

    /** How many waiters have returned so far with success. */
    int succeeded() {
        return succeeded.get();
    }
}
