package lab.deadlock;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import lab.support.testing.Delays;
import lab.support.testing.TestThreads;

/** Small helpers for running one bank call on its own, named, bounded thread. */
final class InThread {

    private InThread() {
    }

    /**
     * Runs {@code call} on a thread named {@code name} and returns its result; if the call does
     * not return within {@link Delays#LONG}, fails with {@code hangHint} (what a hang there means)
     * followed by where the thread is stuck and any deadlock cycle.
     */
    static <T> T call(String name, String hangHint, Callable<T> call) {
        AtomicReference<T> result = new AtomicReference<>();
        TestThreads threads = new TestThreads();
        Thread thread = threads.start(name, () -> result.set(call.call()));
        join(threads, thread, hangHint); // not try-with-resources: a hung thread is waited for once
        return result.get();
    }

    /** Joins {@code thread} (bounded); if it is still running, fails with {@code hangHint} first. */
    static void join(TestThreads threads, Thread thread, String hangHint) {
        try {
            threads.join(thread);
        } catch (AssertionError failure) {
            if (thread.isAlive()) {
                throw new AssertionError(hangHint + "\n" + failure.getMessage(), failure);
            }
            throw failure;
        }
    }

    /**
     * Joins every thread of {@code workers} (bounded); fails with {@code hangHint} at the first
     * one still running, without waiting again for the others.
     */
    static void joinAll(TestThreads threads, List<Thread> workers, String hangHint) {
        for (Thread worker : workers) {
            join(threads, worker, hangHint);
        }
    }

    /**
     * Waits until {@code thread} has either finished or is blocked waiting; fails if it is still
     * running after {@link Delays#LONG}. Use it where a correct bank may do either.
     */
    static void awaitBlockedOrFinished(Thread thread) {
        long deadline = System.nanoTime() + Delays.LONG.toNanos();
        while (System.nanoTime() < deadline) {
            switch (thread.getState()) {
                case WAITING, TIMED_WAITING, BLOCKED, TERMINATED -> {
                    return;
                }
                default -> {
                    Thread.onSpinWait();
                    Thread.yield();
                }
            }
        }
        throw new AssertionError(thread.getName() + " neither finished nor blocked within "
                + Delays.LONG.toMillis() + " ms (is it spinning?); it is " + thread.getState());
    }
}
