package lab.deadlock;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import lab.support.testing.Delays;
import lab.support.testing.TestThreads;

/**
 * An action for {@link Bank#atomically} that stops inside, so that a test can look at the bank
 * while a thread is in the middle of an atomic step on two accounts.
 *
 * <pre>{@code
 * PausedAction paused = PausedAction.start(threads, bank, 0, 1);   // thread "atomically-0-1"
 * // ... here the thread is inside bank.atomically(0, 1, ...) ...
 * paused.release();                                                 // lets it finish
 * }</pre>
 */
final class PausedAction implements Supplier<Object> {

    private static final Duration RELEASE_BOUND = Delays.LONG.multipliedBy(3);

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private final Runnable afterRelease;

    private PausedAction(Runnable afterRelease) {
        this.afterRelease = afterRelease;
    }

    /**
     * Starts a thread named {@code atomically-A-B} that enters {@code bank.atomically(a, b, ...)}
     * and stays inside until {@link #release()}; returns once the thread is inside.
     */
    static PausedAction start(TestThreads threads, Bank bank, int a, int b) {
        return start(threads, bank, a, b, () -> { });
    }

    /** Like {@link #start(TestThreads, Bank, int, int)}, then runs {@code afterRelease} still inside. */
    static PausedAction start(TestThreads threads, Bank bank, int a, int b, Runnable afterRelease) {
        PausedAction action = new PausedAction(afterRelease);
        Thread thread = threads.start("atomically-" + a + "-" + b, () -> bank.atomically(a, b, action));
        action.awaitEntered(threads, thread, a, b);
        return action;
    }

    @Override
    public Object get() {
        entered.countDown();
        // A safety net only, longer than any bounded wait of a test, so that a test's own
        // failure message (not this one) reports what went wrong.
        await(released, RELEASE_BOUND, "the test never released the paused atomically(...) action");
        afterRelease.run();
        return null;
    }

    /** Lets the paused action finish (idempotent, so it can sit in a finally block). */
    void release() {
        released.countDown();
    }

    private void awaitEntered(TestThreads threads, Thread thread, int a, int b) {
        long deadline = System.nanoTime() + Delays.LONG.toNanos();
        try {
            while (!entered.await(Delays.SHORT.toMillis(), TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) {
                    threads.join(thread); // rethrows what the thread threw
                    throw new AssertionError("atomically(" + a + ", " + b + ", action) returned"
                            + " without running its action");
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("atomically(" + a + ", " + b + ", action) never ran"
                            + " its action within " + Delays.LONG.toMillis() + " ms");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }

    private static void await(CountDownLatch latch, Duration bound, String failure) {
        try {
            if (!latch.await(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(failure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
