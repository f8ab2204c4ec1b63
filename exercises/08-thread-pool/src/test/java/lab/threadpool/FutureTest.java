package lab.threadpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import lab.support.testing.Delays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Visible tests of submit() and the Futures it returns: results, exceptions as ExecutionException,
 * timed get, and cancellation.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FutureTest extends PoolTestSupport {

    @Test
    void submittedCallableDeliversItsResult() throws Exception {
        FixedThreadPool pool = newPool(2);

        Future<String> future = pool.submit(() -> "forty-two");

        assertEquals("forty-two", getBounded(future, "the submitted Callable never ran"),
                "a Future's get() returns what the Callable returned");
        assertTrue(future.isDone(), "a Future whose task has finished is done");
        assertFalse(future.isCancelled(), "a Future that completed normally is not cancelled");
    }

    @Test
    void submittedRunnableDeliversNullOrTheGivenResult() throws Exception {
        FixedThreadPool pool = newPool(2);
        AtomicBoolean ran = new AtomicBoolean();

        Future<?> plain = pool.submit(() -> ran.set(true));
        Future<String> withResult = pool.submit(() -> { }, "done");

        assertNull(getBounded(plain, "the submitted Runnable never ran"), "submit(Runnable)'s Future yields null");
        assertTrue(ran.get(), "the submitted Runnable ran before its Future completed");
        assertEquals("done", getBounded(withResult, "the submitted Runnable never ran"),
                "submit(Runnable, result)'s Future yields the given result");
    }

    @Test
    void nullTasksAreRejectedWithNullPointerException() {
        FixedThreadPool pool = newPool(2);

        assertThrows(NullPointerException.class, () -> pool.execute(null), "execute(null) must throw NullPointerException");
        assertThrows(NullPointerException.class, () -> pool.submit((Runnable) null),
                "submit((Runnable) null) must throw NullPointerException");
        assertThrows(NullPointerException.class, () -> pool.submit((Callable<Object>) null),
                "submit((Callable) null) must throw NullPointerException");
        assertThrows(NullPointerException.class, () -> pool.submit(null, "x"),
                "submit(null, result) must throw NullPointerException");
    }

    @Test
    void taskExceptionReachesTheFutureAsExecutionException() throws Exception {
        FixedThreadPool pool = newPool(2);
        IllegalStateException failure = new IllegalStateException("a task that fails on purpose");

        Future<Object> future = pool.submit(() -> {
            throw failure;
        });

        ExecutionException thrown = assertThrows(ExecutionException.class,
                () -> getBounded(future, "the failing task never ran"),
                "get() on the Future of a task that threw must throw ExecutionException");
        assertSame(failure, thrown.getCause(),
                "the ExecutionException's cause must be the very exception the task threw");
        assertTrue(future.isDone(), "a Future whose task threw is done");
    }

    @Test
    void checkedExceptionReachesTheFutureToo() throws Exception {
        FixedThreadPool pool = newPool(1);
        Exception failure = new Exception("a checked exception thrown on purpose");

        Future<Object> future = pool.submit(() -> {
            throw failure;
        });

        ExecutionException thrown = assertThrows(ExecutionException.class,
                () -> getBounded(future, "the failing task never ran"));
        assertSame(failure, thrown.getCause(), "a Callable's checked exception reaches the Future as the cause");
    }

    @Test
    void timedGetThrowsTimeoutExceptionWhileTheTaskRuns() throws Exception {
        FixedThreadPool pool = newPool(1);
        CountDownLatch gate = newGate();
        Future<Integer> future = pool.submit(new TaskProbe().blockingTask(gate, 7));

        assertThrows(TimeoutException.class, () -> future.get(Delays.SHORT.toMillis(), TimeUnit.MILLISECONDS),
                "get(timeout) on a task that is still blocked must throw TimeoutException");
        assertFalse(future.isDone(), "a Future whose task is still running is not done");

        gate.countDown();
        assertEquals(7, getBounded(future, "the task did not finish after it was released"));
    }

    @Test
    void cancelWithInterruptStopsARunningTask() throws Exception {
        FixedThreadPool pool = newPool(1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        CountDownLatch gate = newGate();
        Future<?> future = pool.submit(() -> {
            started.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        });
        await(started, "the task never started");

        assertTrue(future.cancel(true), "cancel(true) on a running task returns true");

        await(interrupted, "cancel(true) must interrupt the thread running the task");
        assertTrue(future.isCancelled(), "a cancelled Future is cancelled");
        assertTrue(future.isDone(), "a cancelled Future is done");
        assertThrows(CancellationException.class, future::get, "get() on a cancelled Future throws CancellationException");
    }

    @Test
    void cancelledQueuedTaskNeverRuns() throws Exception {
        FixedThreadPool pool = newPool(1);
        TaskProbe probe = new TaskProbe();
        CountDownLatch gate = newGate();
        Future<Integer> blocker = pool.submit(probe.blockingTask(gate, 0));
        assertTrue(probe.awaitStarted(1), "the first task never started");
        AtomicBoolean ran = new AtomicBoolean();
        Future<?> queued = pool.submit(() -> ran.set(true));

        assertTrue(queued.cancel(false), "cancel(false) on a queued task returns true");
        gate.countDown();
        getBounded(blocker, "the first task did not finish");
        pool.shutdown();
        awaitTerminated(pool, "shutdown() was called and every task was done or cancelled");

        assertFalse(ran.get(), "a task cancelled before it started must never run");
        assertTrue(queued.isCancelled(), "a cancelled Future is cancelled");
    }

    @Test
    void cancelAfterCompletionReturnsFalse() throws Exception {
        FixedThreadPool pool = newPool(1);
        Future<Integer> future = pool.submit(() -> 1);
        getBounded(future, "the task never ran");

        assertFalse(future.cancel(true), "a finished task cannot be cancelled: cancel() returns false");
        assertFalse(future.isCancelled(), "a Future that completed normally is not cancelled");
        assertEquals(1, future.get());
    }

    @Test
    void getWaitsForTheResult() throws Exception {
        FixedThreadPool pool = newPool(1);
        CountDownLatch gate = newGate();
        Future<Integer> future = pool.submit(new TaskProbe().blockingTask(gate, 5));
        assertFalse(future.isDone(), "the task is blocked, so its Future is not done");

        gate.countDown();

        assertEquals(5, getBounded(future, "get() did not return after the task was released"),
                "get() waits until the task has finished, then returns its result");
    }
}
