package lab.threadpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import lab.support.testing.Delays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hidden tests of invokeAll and invokeAny: more tasks than threads, nulls, timeouts, shutdown. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InvokeHiddenTest extends PoolTestSupport {

    @Test
    void invokeAllOfManyMoreTasksThanThreads() throws Exception {
        int n = 3;
        FixedThreadPool pool = newPool(n);
        TaskProbe probe = new TaskProbe();
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            tasks.add(probe.quickTask(i));
        }

        List<Future<Integer>> futures = pool.invokeAll(tasks);

        for (int i = 0; i < 500; i++) {
            assertEquals(i, futures.get(i).get(), "invokeAll() returns the Futures in the order of the tasks");
        }
        assertTrue(probe.threads().size() <= n, "a pool of " + n + " threads ran 500 tasks on "
                + probe.threads().size() + " threads");
    }

    @Test
    void timedInvokeAllWithTimeToSpareCancelsNothing() throws Exception {
        FixedThreadPool pool = newPool(2);
        List<Callable<Integer>> tasks = List.of(() -> 1, () -> 2, () -> 3);

        List<Future<Integer>> futures = pool.invokeAll(tasks, Delays.LONG.toMillis(), TimeUnit.MILLISECONDS);

        for (int i = 0; i < 3; i++) {
            assertFalse(futures.get(i).isCancelled(), "a task that finished in time is not cancelled");
            assertEquals(i + 1, futures.get(i).get());
        }
    }

    @Test
    void timedInvokeAllInterruptsTheTaskItCancels() throws Exception {
        FixedThreadPool pool = newPool(1);
        CountDownLatch gate = newGate();
        AtomicBoolean started = new AtomicBoolean();
        CountDownLatch interrupted = new CountDownLatch(1);
        List<Callable<String>> tasks = List.of(() -> {
            started.set(true);
            try {
                gate.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "slow";
        });

        List<Future<String>> futures = pool.invokeAll(tasks, Delays.MEDIUM.toMillis(), TimeUnit.MILLISECONDS);

        assertTrue(futures.get(0).isCancelled(), "the task still running at the timeout must be cancelled");
        if (started.get()) {
            await(interrupted, "timed invokeAll() cancelled a running task without interrupting it");
        }
    }

    @Test
    void invokeAnyFailureCauseIsATasksException() {
        FixedThreadPool pool = newPool(2);
        IllegalStateException first = new IllegalStateException("first failure");
        IllegalArgumentException second = new IllegalArgumentException("second failure");
        List<Callable<String>> tasks = List.of(() -> {
            throw first;
        }, () -> {
            throw second;
        });

        ExecutionException thrown = assertThrows(ExecutionException.class, () -> pool.invokeAny(tasks));
        assertTrue(thrown.getCause() == first || thrown.getCause() == second,
                "the ExecutionException of invokeAny() carries one of the tasks' exceptions as its cause, not "
                        + thrown.getCause());
    }

    @Test
    void invokeAnyWaitsForASlowSuccessAfterQuickFailures() throws Exception {
        FixedThreadPool pool = newPool(1);
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tasks.add(() -> {
                throw new IllegalStateException("a task that fails on purpose");
            });
        }
        tasks.add(() -> "last but successful");

        assertEquals("last but successful", pool.invokeAny(tasks),
                "invokeAny() must keep waiting while a task may still succeed");
    }

    @Test
    void timedInvokeAnyCancelsTheTaskOnTimeout() throws Exception {
        FixedThreadPool pool = newPool(1);
        CountDownLatch gate = newGate();
        AtomicBoolean started = new AtomicBoolean();
        CountDownLatch interrupted = new CountDownLatch(1);
        List<Callable<String>> tasks = List.of(() -> {
            started.set(true);
            try {
                gate.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "too late";
        });

        assertThrows(TimeoutException.class,
                () -> pool.invokeAny(tasks, Delays.MEDIUM.toMillis(), TimeUnit.MILLISECONDS));

        if (started.get()) {
            await(interrupted, "timed invokeAny() timed out but left its task running: it must cancel the tasks");
        }
    }

    /**
     * A timeout of zero or less means "do not wait" (the JDK's timed methods all read it so).
     * {@code Long.MIN_VALUE} catches a deadline computed as {@code timeout - elapsed}, which
     * overflows to a huge wait.
     */
    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void timedInvokeAllWithNoTimeLeftWaitsForNothingAndCancelsWhatIsUnfinished(long timeout) throws Exception {
        FixedThreadPool pool = newPool(1);
        CountDownLatch gate = newGate();
        List<Callable<String>> tasks = List.of(() -> {
            gate.await();
            return "never in time";
        });

        List<Future<String>> futures = assertTimeoutPreemptively(Delays.LONG,
                () -> pool.invokeAll(tasks, timeout, TimeUnit.NANOSECONDS),
                "invokeAll() with a timeout of " + timeout + " ns kept waiting for an unfinished task");

        assertTrue(futures.get(0).isCancelled(), "a task unfinished when the time is up must be cancelled");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void timedInvokeAnyWithNoTimeLeftTimesOut(long timeout) {
        FixedThreadPool pool = newPool(1);
        CountDownLatch gate = newGate();
        List<Callable<String>> tasks = List.of(() -> {
            gate.await();
            return "never in time";
        });

        assertTimeoutPreemptively(Delays.LONG,
                () -> assertThrows(TimeoutException.class, () -> pool.invokeAny(tasks, timeout, TimeUnit.NANOSECONDS)),
                "invokeAny() with a timeout of " + timeout + " ns kept waiting for an unfinished task");
    }

    @Test
    void nullTasksInsideTheCollectionAreRejected() {
        FixedThreadPool pool = newPool(1);
        // The null comes first: invokeAny() may return as soon as one task succeeds, before it
        // ever looks at a later task.
        List<Callable<String>> withNull = Arrays.asList(null, () -> "ok");

        assertThrows(NullPointerException.class, () -> pool.invokeAll(withNull),
                "invokeAll() with a null task must throw NullPointerException");
        assertThrows(NullPointerException.class, () -> pool.invokeAny(withNull),
                "invokeAny() with a null task must throw NullPointerException");
        assertThrows(NullPointerException.class,
                () -> pool.invokeAll(withNull, Delays.LONG.toMillis(), TimeUnit.MILLISECONDS),
                "timed invokeAll() with a null task must throw NullPointerException");
        assertThrows(NullPointerException.class,
                () -> pool.invokeAny(withNull, Delays.LONG.toMillis(), TimeUnit.MILLISECONDS),
                "timed invokeAny() with a null task must throw NullPointerException");
    }

    @Test
    void invokeMethodsOnAShutDownPoolAreRejected() {
        FixedThreadPool pool = newPool(1);
        pool.shutdown();
        List<Callable<String>> tasks = List.of(() -> "never");

        assertThrows(RejectedExecutionException.class, () -> pool.invokeAll(tasks),
                "invokeAll() on a shut-down pool must throw RejectedExecutionException");
        assertThrows(RejectedExecutionException.class, () -> pool.invokeAny(tasks),
                "invokeAny() on a shut-down pool must throw RejectedExecutionException");
    }
}
