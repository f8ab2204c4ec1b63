package lab.threadpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import lab.support.testing.Delays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Visible tests of invokeAll and invokeAny, the "run a batch and wait" methods. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class InvokeTest extends PoolTestSupport {

    @Test
    void invokeAllReturnsEveryFutureDoneInTaskOrder() throws Exception {
        FixedThreadPool pool = newPool(3);
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int value = i;
            tasks.add(() -> value * value);
        }

        List<Future<Integer>> futures = pool.invokeAll(tasks);

        assertEquals(10, futures.size(), "invokeAll() returns one Future per task");
        for (int i = 0; i < 10; i++) {
            assertTrue(futures.get(i).isDone(), "invokeAll() returns only when every task is done");
            assertEquals(i * i, futures.get(i).get(), "the Futures are in the order of the tasks");
        }
    }

    @Test
    void invokeAllKeepsAFailureInItsFuture() throws Exception {
        FixedThreadPool pool = newPool(2);
        List<Callable<String>> tasks = List.of(() -> "ok", () -> {
            throw new IllegalStateException("a task that fails on purpose");
        });

        List<Future<String>> futures = pool.invokeAll(tasks);

        assertEquals("ok", futures.get(0).get());
        ExecutionException thrown = assertThrows(ExecutionException.class, () -> futures.get(1).get(),
                "a task that threw leaves its exception in its Future; invokeAll() itself does not throw");
        assertTrue(thrown.getCause() instanceof IllegalStateException, "the cause is the task's exception");
    }

    @Test
    void timedInvokeAllCancelsTheTasksNotDoneInTime() throws Exception {
        FixedThreadPool pool = newPool(2);
        CountDownLatch gate = newGate();
        List<Callable<String>> tasks = List.of(() -> "quick", () -> {
            gate.await();
            return "slow";
        });

        List<Future<String>> futures = pool.invokeAll(tasks, Delays.MEDIUM.toMillis(), TimeUnit.MILLISECONDS);

        assertEquals(2, futures.size(), "timed invokeAll() returns one Future per task");
        assertTrue(futures.get(0).isDone(), "timed invokeAll() returns only Futures that are done");
        if (!futures.get(0).isCancelled()) {
            assertEquals("quick", futures.get(0).get(), "the quick task finished in time with its result");
        }
        assertTrue(futures.get(1).isCancelled(),
                "timed invokeAll() must cancel every task still unfinished when the timeout expires");
        assertTrue(futures.get(1).isDone(), "a cancelled Future is done");
    }

    @Test
    void invokeAnyReturnsASuccessfulResult() throws Exception {
        FixedThreadPool pool = newPool(2);
        List<Callable<String>> tasks = List.of(() -> {
            throw new IllegalStateException("a task that fails on purpose");
        }, () -> "winner");

        assertEquals("winner", pool.invokeAny(tasks),
                "invokeAny() returns the result of a task that succeeded, ignoring the ones that failed");
    }

    @Test
    void invokeAnyThrowsExecutionExceptionWhenEveryTaskFails() {
        FixedThreadPool pool = newPool(2);
        List<Callable<String>> tasks = List.of(() -> {
            throw new IllegalStateException("first failure");
        }, () -> {
            throw new IllegalArgumentException("second failure");
        });

        assertThrows(ExecutionException.class, () -> pool.invokeAny(tasks),
                "when every task fails, invokeAny() throws ExecutionException");
    }

    @Test
    void invokeAnyCancelsTheOtherTasks() throws Exception {
        FixedThreadPool pool = newPool(2);
        CountDownLatch gate = newGate();
        AtomicBoolean slowStarted = new AtomicBoolean();
        CountDownLatch slowInterrupted = new CountDownLatch(1);
        Callable<String> slow = () -> {
            slowStarted.set(true);
            try {
                gate.await();
            } catch (InterruptedException e) {
                slowInterrupted.countDown();
            }
            return "slow";
        };
        List<Callable<String>> tasks = List.of(() -> "quick", slow);

        assertEquals("quick", pool.invokeAny(tasks));

        // If the slow task ever started, cancelling it must have interrupted it.
        if (slowStarted.get()) {
            await(slowInterrupted, "invokeAny() returned, but the task still running was not cancelled "
                    + "with an interrupt: invokeAny() must cancel the tasks it does not need");
        }
    }

    @Test
    void timedInvokeAnyThrowsTimeoutExceptionWhenNoTaskFinishesInTime() {
        FixedThreadPool pool = newPool(1);
        CountDownLatch gate = newGate();
        List<Callable<String>> tasks = List.of(() -> {
            gate.await();
            return "too late";
        });

        assertThrows(TimeoutException.class,
                () -> pool.invokeAny(tasks, Delays.MEDIUM.toMillis(), TimeUnit.MILLISECONDS),
                "timed invokeAny() throws TimeoutException when no task succeeds before the timeout");
    }

    @Test
    void invokeMethodsRejectBadArguments() throws Exception {
        FixedThreadPool pool = newPool(1);

        assertThrows(NullPointerException.class, () -> pool.invokeAll(null), "invokeAll(null) must throw NullPointerException");
        assertThrows(NullPointerException.class, () -> pool.invokeAny(null), "invokeAny(null) must throw NullPointerException");
        assertThrows(IllegalArgumentException.class, () -> pool.invokeAny(new ArrayList<Callable<Object>>()),
                "invokeAny() with no tasks has no result to return: it must throw IllegalArgumentException");
        assertTrue(pool.invokeAll(new ArrayList<Callable<Object>>()).isEmpty(),
                "invokeAll() of no tasks returns an empty list");
        assertFalse(pool.isShutdown(), "bad arguments must not shut the pool down");
    }
}
