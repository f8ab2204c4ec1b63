package lab.threadpool;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lab.support.testing.Delays;

/**
 * Watches the tasks of a test: how many run at the same moment, the most that ever did, how many
 * have started, and which threads ran them.
 */
final class TaskProbe {

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger maxRunning = new AtomicInteger();
    private final AtomicInteger startedCount = new AtomicInteger();
    private final Semaphore started = new Semaphore(0);
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    /** Called first thing by a task. */
    void enter() {
        threads.add(Thread.currentThread());
        int now = running.incrementAndGet();
        maxRunning.accumulateAndGet(now, Math::max);
        startedCount.incrementAndGet();
        started.release();
    }

    /** Called last thing by a task. */
    void exit() {
        running.decrementAndGet();
    }

    /** A task that enters, waits until {@code gate} opens, exits and returns {@code value}. */
    Callable<Integer> blockingTask(CountDownLatch gate, int value) {
        return () -> {
            enter();
            try {
                gate.await();
                return value;
            } finally {
                exit();
            }
        };
    }

    /** A task that enters, exits and returns {@code value}. */
    Callable<Integer> quickTask(int value) {
        return () -> {
            enter();
            exit();
            return value;
        };
    }

    /** Waits (bounded) until {@code count} more tasks have entered since the last call. */
    boolean awaitStarted(int count) throws InterruptedException {
        return started.tryAcquire(count, Delays.LONG.toMillis(), TimeUnit.MILLISECONDS);
    }

    int running() {
        return running.get();
    }

    int maxRunning() {
        return maxRunning.get();
    }

    int startedCount() {
        return startedCount.get();
    }

    /** The distinct threads that ran a task. */
    Set<Thread> threads() {
        return Set.copyOf(threads);
    }
}
