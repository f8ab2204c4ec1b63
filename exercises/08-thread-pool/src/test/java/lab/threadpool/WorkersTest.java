package lab.threadpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Visible tests of the workers: a pool of N threads runs N tasks at once, never more, on the same
 * N threads for its whole life, and leaves no thread behind when it terminates.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WorkersTest extends PoolTestSupport {

    private static final int N = 3;

    @Test
    void constructorRejectsFewerThanOneThread() {
        assertThrows(IllegalArgumentException.class, () -> new FixedThreadPool(0),
                "a pool of 0 threads could never run a task: the constructor must throw IllegalArgumentException");
        assertThrows(IllegalArgumentException.class, () -> new FixedThreadPool(-1),
                "a negative thread count must be rejected with IllegalArgumentException");
    }

    @Test
    void runsOneTask() throws Exception {
        FixedThreadPool pool = newPool(N);
        CountDownLatch ran = new CountDownLatch(1);

        pool.execute(ran::countDown);

        await(ran, "the task given to execute() never ran");
    }

    @Test
    void runsTasksOnThreadsOtherThanTheCaller() throws Exception {
        FixedThreadPool pool = newPool(N);

        Thread runner = getBounded(pool.submit(Thread::currentThread), "a submitted task never ran");

        assertTrue(runner != Thread.currentThread(),
                "the task ran on the caller's thread: a pool runs tasks on its own worker threads");
    }

    @Test
    void runsExactlyNTasksAtOnceAndQueuesTheRest() throws Exception {
        FixedThreadPool pool = newPool(N);
        TaskProbe probe = new TaskProbe();
        CountDownLatch gate = newGate();
        List<Future<Integer>> futures = new ArrayList<>();

        for (int i = 0; i < 3 * N; i++) {
            futures.add(pool.submit(probe.blockingTask(gate, i)));
        }

        assertTrue(probe.awaitStarted(N), "a pool of " + N + " threads given " + 3 * N
                + " blocking tasks must run " + N + " of them at once, but only " + probe.startedCount()
                + " started: are all " + N + " workers taking tasks?");
        assertEquals(N, probe.startedCount(), "a pool of " + N + " threads started " + probe.startedCount()
                + " tasks at once: the other tasks must wait in the queue until a worker is free");
        for (Future<Integer> future : futures) {
            assertTrue(!future.isDone(), "a blocked or queued task's Future must not be done");
        }

        gate.countDown();
        for (int i = 0; i < futures.size(); i++) {
            assertEquals(i, getBounded(futures.get(i), "a queued task never ran after the workers were freed"));
        }
        assertTrue(probe.maxRunning() <= N, "a pool of " + N + " threads ran " + probe.maxRunning()
                + " tasks at the same moment: never more than N at once");
        assertTrue(probe.threads().size() <= N, "a pool of " + N + " threads ran its " + 3 * N
                + " tasks on " + probe.threads().size() + " different threads: a thread per task is not a pool. "
                + "Idle workers must take the next task from the queue.");
    }

    @Test
    void oneWorkerRunsEveryTaskOnTheSameThread() throws Exception {
        FixedThreadPool pool = newPool(1);
        TaskProbe probe = new TaskProbe();
        List<Future<Integer>> futures = new ArrayList<>();

        for (int i = 0; i < 20; i++) {
            futures.add(pool.submit(probe.quickTask(i)));
        }
        for (Future<Integer> future : futures) {
            getBounded(future, "a task of a one-thread pool never ran");
        }

        assertEquals(1, probe.threads().size(), "a pool of 1 thread ran 20 tasks on " + probe.threads().size()
                + " threads: its one worker must run them all, one after another, reusing the thread");
        assertEquals(1, probe.maxRunning(), "a pool of 1 thread ran tasks at the same moment");
    }

    @Test
    void terminatedPoolLeavesNoThreadBehind() throws Exception {
        FixedThreadPool pool = newPool(N);
        TaskProbe probe = new TaskProbe();
        CountDownLatch gate = newGate();
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < 2 * N; i++) {
            futures.add(pool.submit(probe.blockingTask(gate, i)));
        }
        assertTrue(probe.awaitStarted(N), "a pool of " + N + " threads must run " + N + " tasks at once");
        gate.countDown();
        for (Future<Integer> future : futures) {
            getBounded(future, "a task never ran");
        }

        pool.shutdown();
        awaitTerminated(pool, "shutdown() was called and every task had finished");

        Set<Thread> workers = probe.threads();
        assertTrue(workers.size() <= N, "a pool of " + N + " threads used " + workers.size() + " threads");
        for (Thread worker : workers) {
            assertThreadEnds(worker);
        }
    }

    @Test
    void failingTasksDoNotCostThePoolItsWorkers() throws Exception {
        FixedThreadPool pool = newPool(N);
        List<Future<Object>> failures = new ArrayList<>();
        for (int i = 0; i < 2 * N; i++) {
            failures.add(pool.submit(() -> {
                throw new IllegalStateException("a task that fails on purpose");
            }));
        }
        for (Future<Object> failure : failures) {
            assertThrows(ExecutionException.class, () -> getBounded(failure, "a failing task never ran"));
        }

        TaskProbe probe = new TaskProbe();
        CountDownLatch gate = newGate();
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < 2 * N; i++) {
            futures.add(pool.submit(probe.blockingTask(gate, i)));
        }

        assertTrue(probe.awaitStarted(N), "after " + 2 * N + " tasks failed, a pool of " + N
                + " threads must still run " + N + " tasks at once, but only " + probe.startedCount()
                + " started: a task's exception must not kill its worker");
        gate.countDown();
        for (Future<Integer> future : futures) {
            getBounded(future, "a task never ran after earlier tasks failed");
        }
    }
}
