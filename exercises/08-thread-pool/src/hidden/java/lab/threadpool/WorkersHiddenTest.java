package lab.threadpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hidden tests of the workers: more pool sizes, tasks that throw from execute(), interrupts left
 * behind by cancel(true), FIFO order, and many submitters at once.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WorkersHiddenTest extends PoolTestSupport {

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 5, 8})
    void runsExactlyNTasksAtOnceOnNThreads(int n) throws Exception {
        FixedThreadPool pool = newPool(n);
        TaskProbe probe = new TaskProbe();
        CountDownLatch gate = newGate();
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < 3 * n; i++) {
            futures.add(pool.submit(probe.blockingTask(gate, i)));
        }

        assertTrue(probe.awaitStarted(n), "a pool of " + n + " threads must run " + n + " blocking tasks at once, but only "
                + probe.startedCount() + " started");
        assertEquals(n, probe.startedCount(), "a pool of " + n + " threads started " + probe.startedCount() + " tasks at once");
        gate.countDown();
        for (Future<Integer> future : futures) {
            getBounded(future, "a queued task never ran");
        }

        assertTrue(probe.maxRunning() <= n, "a pool of " + n + " threads ran " + probe.maxRunning() + " tasks at once");
        assertTrue(probe.threads().size() <= n, "a pool of " + n + " threads ran tasks on " + probe.threads().size()
                + " different threads: workers must be reused, not created per task");
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 3})
    void tasksThatThrowFromExecuteDoNotCostThePoolItsWorkers(int n) throws Exception {
        FixedThreadPool pool = newPool(n);
        int failing = 10 * n;
        CountDownLatch allFailed = new CountDownLatch(failing);
        CountDownLatch allReported = new CountDownLatch(failing);
        for (int i = 0; i < failing; i++) {
            pool.execute(() -> {
                // Report to a handler of our own, to keep the test output quiet.
                Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> allReported.countDown());
                allFailed.countDown();
                throw new IllegalStateException("a task that fails on purpose");
            });
        }
        await(allFailed, (failing - allFailed.getCount()) + " of " + failing + " throwing tasks ran: after a task "
                + "given to execute() threw, its worker stopped taking tasks. An exception must not kill the worker "
                + "(or the pool must replace it)");

        TaskProbe probe = new TaskProbe();
        CountDownLatch gate = newGate();
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < 2 * n; i++) {
            futures.add(pool.submit(probe.blockingTask(gate, i)));
        }
        assertTrue(probe.awaitStarted(n), "after " + failing + " tasks threw, a pool of " + n + " threads must still run "
                + n + " tasks at once, but only " + probe.startedCount() + " started: the pool lost workers to exceptions");
        gate.countDown();
        for (Future<Integer> future : futures) {
            getBounded(future, "a task never ran after earlier tasks threw");
        }
        assertTrue(probe.maxRunning() <= n, "a pool of " + n + " threads ran " + probe.maxRunning() + " tasks at once");
        await(allReported, "a task given to execute() threw, but the exception never reached the worker thread's "
                + "uncaught exception handler: nobody would ever hear of the failure");
    }

    @Test
    void exceptionFromExecuteReachesTheUncaughtExceptionHandler() throws Exception {
        FixedThreadPool pool = newPool(1);
        IllegalStateException failure = new IllegalStateException("a task that fails on purpose");
        AtomicReference<Throwable> reported = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);

        pool.execute(() -> {
            Thread.currentThread().setUncaughtExceptionHandler((thread, thrown) -> {
                reported.set(thrown);
                done.countDown();
            });
            throw failure;
        });

        await(done, "the exception of a task given to execute() never reached the uncaught exception handler");
        assertSame(failure, reported.get(), "the handler must receive the very exception the task threw");
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 3})
    void cancelledTasksLeaveNoInterruptBehind(int n) throws Exception {
        FixedThreadPool pool = newPool(n);
        CountDownLatch started = new CountDownLatch(n);
        CountDownLatch gate = newGate();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            running.add(pool.submit(() -> {
                started.countDown();
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    // The polite thing to do: keep the interrupt status for whoever comes next.
                    Thread.currentThread().interrupt();
                }
            }));
        }
        await(started, "the " + n + " first tasks never all started");
        for (Future<?> future : running) {
            assertTrue(future.cancel(true), "cancel(true) on a running task returns true");
        }

        TaskProbe probe = new TaskProbe();
        CountDownLatch secondGate = newGate();
        List<Future<Boolean>> next = new ArrayList<>();
        for (int i = 0; i < 3 * n; i++) {
            next.add(pool.submit(() -> {
                boolean interrupted = Thread.currentThread().isInterrupted();
                probe.enter();
                try {
                    if (!interrupted) {
                        secondGate.await();
                    }
                    return interrupted;
                } finally {
                    probe.exit();
                }
            }));
        }
        assertTrue(probe.awaitStarted(n), "after cancel(true) interrupted " + n + " running tasks, a pool of " + n
                + " threads must still run " + n + " tasks at once, but only " + probe.startedCount()
                + " started: an interrupt aimed at a task must not kill its worker");
        secondGate.countDown();
        for (Future<Boolean> future : next) {
            assertFalse(getBounded(future, "a task never ran after earlier tasks were cancelled"),
                    "a task started with its thread already interrupted: the interrupt of cancel(true) was meant "
                            + "for the cancelled task; the worker must clear it before it runs the next one");
        }
    }

    @Test
    void oneThreadPoolRunsTasksInSubmissionOrder() throws Exception {
        FixedThreadPool pool = newPool(1);
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> futures = new ArrayList<>();

        for (int i = 0; i < 200; i++) {
            int index = i;
            futures.add(pool.submit(() -> order.add(index)));
        }
        for (Future<?> future : futures) {
            getBounded(future, "a task never ran");
        }

        for (int i = 0; i < 200; i++) {
            assertEquals(i, order.get(i), "a pool's queue is first in, first out: with one worker the tasks run "
                    + "in the order they were submitted");
        }
    }

    @Test
    void manySubmittersEveryTaskRunsExactlyOnce() throws Exception {
        int n = 3;
        int submitters = 4;
        int perSubmitter = 2_500;
        FixedThreadPool pool = newPool(n);
        TaskProbe probe = new TaskProbe();
        AtomicIntegerArray runs = new AtomicIntegerArray(submitters * perSubmitter);
        List<List<Future<?>>> futures = new ArrayList<>();
        for (int s = 0; s < submitters; s++) {
            futures.add(Collections.synchronizedList(new ArrayList<>()));
        }

        TestThreads.runTogether(submitters, "submitter", s -> {
            for (int i = 0; i < perSubmitter; i++) {
                int task = s * perSubmitter + i;
                futures.get(s).add(pool.submit(() -> {
                    probe.enter();
                    runs.incrementAndGet(task);
                    probe.exit();
                }));
            }
        });
        for (List<Future<?>> list : futures) {
            for (Future<?> future : list) {
                getBounded(future, "a task submitted by one of several threads at once never ran");
            }
        }

        for (int i = 0; i < runs.length(); i++) {
            assertEquals(1, runs.get(i), "task " + i + " ran " + runs.get(i) + " times: with " + submitters
                    + " threads submitting at once, every task must run exactly once");
        }
        assertTrue(probe.maxRunning() <= n, "a pool of " + n + " threads ran " + probe.maxRunning() + " tasks at once");
        assertTrue(probe.threads().size() <= n, "a pool of " + n + " threads ran " + runs.length() + " tasks on "
                + probe.threads().size() + " threads");
    }

    @Test
    void workersEndAfterShutdownNow() throws Exception {
        int n = 4;
        FixedThreadPool pool = newPool(n);
        TaskProbe probe = new TaskProbe();
        CountDownLatch gate = newGate();
        for (int i = 0; i < 3 * n; i++) {
            pool.submit(probe.blockingTask(gate, i));
        }
        assertTrue(probe.awaitStarted(n), "a pool of " + n + " threads must run " + n + " tasks at once");

        pool.shutdownNow();
        awaitTerminated(pool, "shutdownNow() was called while tasks blocked interruptibly");

        assertEquals(n, probe.threads().size(), "the " + n + " tasks that started ran on " + n + " threads");
        for (Thread worker : probe.threads()) {
            assertThreadEnds(worker);
        }
    }
}
