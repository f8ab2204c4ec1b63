package lab.threadpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import lab.support.testing.Delays;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Visible tests of the pool's life cycle: shutdown() finishes the queue, shutdownNow() hands it
 * back and interrupts, awaitTermination() waits with a timeout, and a shut-down pool rejects work.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ShutdownTest extends PoolTestSupport {

    @Test
    void newPoolIsNeitherShutDownNorTerminated() {
        FixedThreadPool pool = newPool(2);

        assertFalse(pool.isShutdown(), "a new pool is not shut down");
        assertFalse(pool.isTerminated(), "a new pool is not terminated: it never terminates before a shutdown");
    }

    @Test
    void awaitTerminationReturnsFalseWhenTheTimeoutExpires() throws Exception {
        FixedThreadPool pool = newPool(2);
        pool.execute(() -> { });

        assertFalse(pool.awaitTermination(Delays.SHORT.toMillis(), TimeUnit.MILLISECONDS),
                "awaitTermination() on a pool that was never shut down must wait out its timeout and return false");
    }

    @Test
    void idlePoolTerminatesAfterShutdown() throws Exception {
        FixedThreadPool pool = newPool(2);
        pool.execute(() -> { });

        pool.shutdown();

        assertTrue(pool.isShutdown(), "after shutdown(), isShutdown() is true");
        awaitTerminated(pool, "shutdown() was called on an idle pool");
        assertTrue(pool.isTerminated(), "after awaitTermination() returned true, isTerminated() is true");
    }

    @Test
    void unusedPoolTerminatesAfterShutdown() throws Exception {
        FixedThreadPool pool = newPool(2);

        pool.shutdown();

        awaitTerminated(pool, "shutdown() was called on a pool that never ran a task");
    }

    @Test
    void shutdownRunsTheTasksAlreadyQueued() throws Exception {
        FixedThreadPool pool = newPool(1);
        TaskProbe probe = new TaskProbe();
        CountDownLatch gate = newGate();
        Future<Integer> running = pool.submit(probe.blockingTask(gate, 0));
        assertTrue(probe.awaitStarted(1), "the first task never started");
        AtomicInteger queuedRan = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            pool.execute(queuedRan::incrementAndGet);
        }

        pool.shutdown();
        assertFalse(pool.isTerminated(), "a task is still running, so the pool is not terminated yet");
        gate.countDown();

        awaitTerminated(pool, "shutdown() was called and the running task was released");
        assertEquals(0, getBounded(running, "the running task did not finish"));
        assertEquals(5, queuedRan.get(), "shutdown() must let the tasks already queued run, but only "
                + queuedRan.get() + " of 5 ran: the workers stopped before the queue was empty");
    }

    @Test
    void shutdownDoesNotInterruptRunningTasks() throws Exception {
        FixedThreadPool pool = newPool(1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch gate = newGate();
        AtomicBoolean interrupted = new AtomicBoolean();
        Future<?> task = pool.submit(() -> {
            started.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        await(started, "the task never started");

        pool.shutdown();
        gate.countDown();

        getBounded(task, "the running task did not finish");
        assertFalse(interrupted.get(), "shutdown() interrupted a running task: only shutdownNow() interrupts; "
                + "shutdown() lets running and queued tasks finish");
        awaitTerminated(pool, "shutdown() was called and the task finished");
    }

    @Test
    void shutdownTwiceIsHarmless() throws Exception {
        FixedThreadPool pool = newPool(2);
        pool.execute(() -> { });

        pool.shutdown();
        pool.shutdown();

        awaitTerminated(pool, "shutdown() was called twice");
    }

    @Test
    void shutDownPoolRejectsNewTasks() {
        FixedThreadPool pool = newPool(2);
        pool.shutdown();

        assertThrows(RejectedExecutionException.class, () -> pool.execute(() -> { }),
                "execute() after shutdown() must throw RejectedExecutionException");
        assertThrows(RejectedExecutionException.class, () -> pool.submit(() -> 1),
                "submit() after shutdown() must throw RejectedExecutionException");
    }

    @Test
    void shutdownNowReturnsTheTasksThatNeverStarted() throws Exception {
        FixedThreadPool pool = newPool(1);
        TaskProbe probe = new TaskProbe();
        CountDownLatch gate = newGate();
        pool.submit(probe.blockingTask(gate, 0));
        assertTrue(probe.awaitStarted(1), "the first task never started");
        AtomicInteger queuedRan = new AtomicInteger();
        List<Runnable> queued = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Runnable task = queuedRan::incrementAndGet;
            queued.add(task);
            pool.execute(task);
        }

        List<Runnable> neverStarted = pool.shutdownNow();

        assertEquals(3, neverStarted.size(), "shutdownNow() must return the 3 tasks still in the queue, but it returned "
                + neverStarted.size() + ": a task taken out of the queue and not returned is lost");
        for (Runnable task : queued) {
            assertTrue(neverStarted.stream().anyMatch(returned -> returned == task),
                    "shutdownNow() must return the queued Runnables themselves (the objects given to execute())");
        }
        assertTrue(pool.isShutdown(), "after shutdownNow(), isShutdown() is true");
        awaitTerminated(pool, "shutdownNow() was called");
        assertEquals(0, queuedRan.get(), "a task returned by shutdownNow() must never run");
    }

    @Test
    void shutdownNowInterruptsRunningTasks() throws Exception {
        FixedThreadPool pool = newPool(2);
        CountDownLatch gate = newGate();
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch interrupted = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            pool.execute(() -> {
                started.countDown();
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            });
        }
        await(started, "the 2 tasks never both started on a pool of 2 threads");

        assertTrue(pool.shutdownNow().isEmpty(), "no task was queued, so shutdownNow() returns an empty list");

        await(interrupted, "shutdownNow() must interrupt every running task; a task blocked in await() "
                + "was never interrupted");
        awaitTerminated(pool, "shutdownNow() was called and the running tasks were interrupted");
    }

    @Test
    void shutdownNowOnATerminatedPoolReturnsAnEmptyList() throws Exception {
        FixedThreadPool pool = newPool(2);
        pool.execute(() -> { });
        pool.shutdown();
        awaitTerminated(pool, "shutdown() was called on an idle pool");

        assertTrue(pool.shutdownNow().isEmpty(), "a terminated pool has no queued tasks to return");
        assertTrue(pool.isTerminated(), "a terminated pool stays terminated");
    }

    @Test
    void awaitTerminationThrowsWhenInterrupted() throws Exception {
        FixedThreadPool pool = newPool(1);
        CountDownLatch gate = newGate();
        pool.execute(() -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        pool.shutdown();

        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("awaiter", () -> assertThrows(InterruptedException.class,
                    () -> pool.awaitTermination(Delays.LONG.toMillis() * 10, TimeUnit.MILLISECONDS),
                    "awaitTermination() must throw InterruptedException when its thread is interrupted"));
            threads.awaitBlocked(waiter);
            waiter.interrupt();
        }
        gate.countDown();
        awaitTerminated(pool, "shutdown() was called and the task was released");
    }

    @Test
    void closeRunsTheQueueAndWaitsForTermination() throws Exception {
        FixedThreadPool pool = newPool(1);
        AtomicInteger ran = new AtomicInteger();
        for (int i = 0; i < 10; i++) {
            pool.execute(ran::incrementAndGet);
        }

        pool.close();

        assertTrue(pool.isTerminated(), "close() returns only once the pool has terminated");
        assertEquals(10, ran.get(), "close() shuts down like shutdown(): every queued task still runs");
    }
}
