package lab.matrixmultiply;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import lab.support.testing.Delays;

/**
 * Finds threads that a call started and left running: a thread leak.
 *
 * <p>Take a {@link #snapshot()} before the call and pass it to {@link #assertAllEnded} after it.
 * A pool that was shut down lets its threads finish in their own time, so this waits (bounded by
 * {@link Delays#LONG}) for each new thread to end before calling it leaked. The JDK's own shared
 * pools (the common fork/join pool, the carriers of virtual threads) are not the caller's to shut
 * down and are ignored.
 */
final class WorkerThreads {

    private WorkerThreads() {
    }

    static Set<Thread> snapshot() {
        return Set.copyOf(Thread.getAllStackTraces().keySet());
    }

    static void assertAllEnded(Set<Thread> before, String call) throws InterruptedException {
        long deadline = System.nanoTime() + Delays.LONG.toNanos();
        for (Thread thread : startedSince(before)) {
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            thread.join(left);
        }
        List<String> alive = startedSince(before).stream()
                .map(thread -> thread.getName() + " (" + thread.getState() + ")")
                .toList();
        if (!alive.isEmpty()) {
            fail("thread leak: " + call + " returned but the threads it started are still alive "
                    + Delays.LONG.toMillis() + " ms later: " + alive
                    + ". An ExecutorService's threads live until it is shut down: call shutdown()"
                    + " (in a finally block, so that it also happens when something fails).");
        }
    }

    private static List<Thread> startedSince(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread))
                .filter(Thread::isAlive)
                .filter(thread -> !isJdkSharedPool(thread))
                .toList();
    }

    private static boolean isJdkSharedPool(Thread thread) {
        if (thread instanceof ForkJoinWorkerThread worker && worker.getPool() == ForkJoinPool.commonPool()) {
            return true;
        }
        return thread.getClass().getName().equals("jdk.internal.misc.CarrierThread");
    }
}
