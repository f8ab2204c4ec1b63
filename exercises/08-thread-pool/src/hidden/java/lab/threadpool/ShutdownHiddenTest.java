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
import java.util.concurrent.atomic.AtomicInteger;
import lab.support.testing.Delays;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hidden tests of the life cycle: races between execute() and shutdown(), termination only after
 * the last task, shutdownNow() after shutdown(), tasks that ignore interrupts, many waiters.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ShutdownHiddenTest extends PoolTestSupport {

    @Test
    void executeRacingShutdownNeverLosesATask() throws Exception {
        for (int round = 0; round < 300; round++) {
            FixedThreadPool pool = newPool(2);
            AtomicInteger accepted = new AtomicInteger();
            AtomicInteger ran = new AtomicInteger();

            TestThreads.runTogether(3, "racer", index -> {
                if (index == 0) {
                    pool.shutdown();
                    return;
                }
                for (int i = 0; i < 50; i++) {
                    try {
                        pool.execute(ran::incrementAndGet);
                        accepted.incrementAndGet();
                    } catch (RejectedExecutionException e) {
                        return;
                    }
                }
            });

            awaitTerminated(pool, "shutdown() was called while two threads submitted tasks (round " + round + ")");
            assertEquals(accepted.get(), ran.get(), "round " + round + ": execute() accepted " + accepted.get()
                    + " tasks but " + ran.get() + " ran before the pool terminated. A task must be either rejected "
                    + "or run: checking for shutdown and queueing the task must be one atomic step");
        }
    }

    @Test
    void terminatesOnlyAfterTheLastQueuedTaskFinishes() throws Exception {
        FixedThreadPool pool = newPool(1);
        TaskProbe probe = new TaskProbe();
        List<CountDownLatch> gates = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CountDownLatch gate = newGate();
            gates.add(gate);
            pool.submit(probe.blockingTask(gate, i));
        }
        pool.shutdown();

        for (int i = 0; i < 3; i++) {
            assertTrue(probe.awaitStarted(1), "queued task " + i + " never started after shutdown()");
            assertFalse(pool.isTerminated(), "task " + i + " of 3 is running, so the pool is not terminated: "
                    + "isTerminated() is true only after every accepted task has finished");
            assertFalse(pool.awaitTermination(0, TimeUnit.MILLISECONDS),
                    "awaitTermination(0) returns false at once while a task still runs");
            gates.get(i).countDown();
        }

        awaitTerminated(pool, "every queued task was released after shutdown()");
    }

    @Test
    void everyResultIsVisibleAfterAwaitTermination() throws Exception {
        FixedThreadPool pool = newPool(4);
        int[] squares = new int[1_000];
        for (int i = 0; i < squares.length; i++) {
            int index = i;
            pool.execute(() -> squares[index] = index * index);
        }

        pool.shutdown();
        awaitTerminated(pool, "shutdown() was called after 1,000 quick tasks");

        for (int i = 0; i < squares.length; i++) {
            assertEquals(i * i, squares[i], "after awaitTermination() returned true, every write a task made "
                    + "must be visible to the waiting thread");
        }
    }

    @Test
    void manyThreadsAwaitingTerminationAreAllReleased() throws Exception {
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
            List<Thread> waiters = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                waiters.add(threads.start("awaiter-" + i, () -> assertTrue(
                        pool.awaitTermination(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS),
                        "every thread waiting in awaitTermination() must be released when the pool terminates")));
            }
            for (Thread waiter : waiters) {
                threads.awaitBlocked(waiter);
            }
            gate.countDown();
        }
        assertTrue(pool.isTerminated());
    }

    @Test
    void awaitTerminationWithNoTimeLeftDoesNotWait() throws Exception {
        FixedThreadPool pool = newPool(1);
        pool.execute(() -> { });

        assertFalse(pool.awaitTermination(0, TimeUnit.SECONDS), "awaitTermination(0) on a running pool returns false");
        assertFalse(pool.awaitTermination(-1, TimeUnit.SECONDS),
                "awaitTermination() with a negative timeout on a running pool returns false");

        pool.shutdown();
        awaitTerminated(pool, "shutdown() was called on an idle pool");
        assertTrue(pool.awaitTermination(0, TimeUnit.SECONDS), "awaitTermination(0) on a terminated pool returns true");
    }

    @Test
    void taskMayShutDownItsOwnPool() throws Exception {
        FixedThreadPool pool = newPool(2);
        AtomicInteger ran = new AtomicInteger();
        CountDownLatch gate = newGate();
        pool.execute(() -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ran.incrementAndGet();
        });
        pool.execute(() -> {
            pool.shutdown();
            ran.incrementAndGet();
        });

        gate.countDown();
        awaitTerminated(pool, "a task called shutdown() on its own pool: shutdown() must not wait for the tasks "
                + "(that is awaitTermination()'s job), or a task that calls it waits for itself");
        assertEquals(2, ran.get(), "both tasks ran");
    }

    @Test
    void shutdownNowAfterShutdownReturnsWhatIsStillQueued() throws Exception {
        FixedThreadPool pool = newPool(1);
        TaskProbe probe = new TaskProbe();
        CountDownLatch gate = newGate();
        pool.submit(probe.blockingTask(gate, 0));
        assertTrue(probe.awaitStarted(1), "the first task never started");
        AtomicInteger queuedRan = new AtomicInteger();
        List<Runnable> queued = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Runnable task = queuedRan::incrementAndGet;
            queued.add(task);
            pool.execute(task);
        }

        pool.shutdown();
        List<Runnable> neverStarted = pool.shutdownNow();

        assertEquals(4, neverStarted.size(), "after shutdown(), shutdownNow() still returns the 4 queued tasks, "
                + "and nothing else (the pool's own markers, if any, are not tasks)");
        for (Runnable task : queued) {
            assertTrue(neverStarted.stream().anyMatch(returned -> returned == task),
                    "shutdownNow() must return the very Runnables given to execute()");
        }
        awaitTerminated(pool, "shutdownNow() was called after shutdown()");
        assertEquals(0, queuedRan.get(), "tasks returned by shutdownNow() must never run");
    }

    @Test
    void shutdownNowReturnsSubmittedTasksThatNeverStarted() throws Exception {
        int n = 3;
        FixedThreadPool pool = newPool(n);
        TaskProbe probe = new TaskProbe();
        CountDownLatch gate = newGate();
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < n + 5; i++) {
            futures.add(pool.submit(probe.blockingTask(gate, i)));
        }
        assertTrue(probe.awaitStarted(n), "a pool of " + n + " threads must run " + n + " tasks at once");

        List<Runnable> neverStarted = pool.shutdownNow();

        assertEquals(5, neverStarted.size(), "with " + n + " tasks running and 5 queued, shutdownNow() returns the 5");
        awaitTerminated(pool, "shutdownNow() interrupted every running task");
        assertEquals(n, probe.startedCount(), "the tasks returned by shutdownNow() must never start");
        assertThrows(RejectedExecutionException.class, () -> pool.execute(() -> { }),
                "execute() after shutdownNow() must throw RejectedExecutionException");
    }

    @Test
    void poolWaitsForATaskThatIgnoresTheInterrupt() throws Exception {
        FixedThreadPool pool = newPool(1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        CountDownLatch gate = newGate();
        pool.execute(() -> {
            started.countDown();
            boolean waiting = true;
            while (waiting) {
                try {
                    gate.await();
                    waiting = false;
                } catch (InterruptedException e) {
                    interrupted.countDown(); // and keep waiting: this task ignores the request to stop
                }
            }
        });
        await(started, "the task never started");

        pool.shutdownNow();
        await(interrupted, "shutdownNow() did not interrupt the running task");

        assertFalse(pool.awaitTermination(Delays.SHORT.toMillis(), TimeUnit.MILLISECONDS),
                "the task is still running, so the pool has not terminated: awaitTermination() must time out");
        assertFalse(pool.isTerminated(), "a pool is not terminated while a task still runs, even after shutdownNow()");
        gate.countDown();
        awaitTerminated(pool, "the last running task finished after shutdownNow()");
    }

    @Test
    void shutdownAndShutdownNowAreSafeToCallFromManyThreads() throws Exception {
        for (int round = 0; round < 50; round++) {
            FixedThreadPool pool = newPool(3);
            AtomicInteger ran = new AtomicInteger();
            for (int i = 0; i < 20; i++) {
                pool.execute(ran::incrementAndGet);
            }
            AtomicInteger handedBack = new AtomicInteger();

            TestThreads.runTogether(4, "stopper", index -> {
                if (index % 2 == 0) {
                    pool.shutdown();
                } else {
                    handedBack.addAndGet(pool.shutdownNow().size());
                }
            });

            awaitTerminated(pool, "shutdown() and shutdownNow() were called by 4 threads at once (round " + round + ")");
            assertEquals(20, ran.get() + handedBack.get(), "round " + round + ": of 20 accepted tasks, " + ran.get()
                    + " ran and " + handedBack.get() + " were handed back by shutdownNow(): each must be exactly one");
        }
    }
}
