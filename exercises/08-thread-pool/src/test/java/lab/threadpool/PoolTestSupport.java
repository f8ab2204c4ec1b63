package lab.threadpool;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lab.support.testing.Delays;
import org.junit.jupiter.api.AfterEach;

/**
 * What every pool test needs: pools and gates that are cleaned up after the test, and bounded
 * waits that fail with a message instead of hanging.
 *
 * <p>After each test, every gate is opened (so no task stays blocked on it), and every pool is
 * shut down with {@code shutdownNow()} and must terminate within {@link Delays#LONG}: a test
 * never leaves worker threads behind.
 */
abstract class PoolTestSupport {

    private final List<FixedThreadPool> pools = new ArrayList<>();
    private final List<CountDownLatch> gates = new ArrayList<>();

    /** A new pool of {@code threads} workers, shut down after the test. */
    FixedThreadPool newPool(int threads) {
        FixedThreadPool pool = new FixedThreadPool(threads);
        pools.add(pool);
        return pool;
    }

    /** A closed gate (a latch of one) that tasks wait on; opened after the test in any case. */
    CountDownLatch newGate() {
        CountDownLatch gate = new CountDownLatch(1);
        gates.add(gate);
        return gate;
    }

    @AfterEach
    void openGatesAndStopPools() throws InterruptedException {
        gates.forEach(CountDownLatch::countDown);
        for (FixedThreadPool pool : pools) {
            pool.shutdownNow();
        }
        for (FixedThreadPool pool : pools) {
            assertTrue(pool.awaitTermination(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS),
                    "after the test, shutdownNow() was called and every task was released, but the pool "
                            + "did not terminate within " + Delays.LONG.toMillis() + " ms: its workers did not exit");
        }
    }

    /** Waits (bounded) for a latch; fails with {@code what} if it does not open in time. */
    static void await(CountDownLatch latch, String what) throws InterruptedException {
        if (!latch.await(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("waited " + Delays.LONG.toMillis() + " ms, but " + what);
        }
    }

    /** Gets a future's value (bounded); a timeout fails the test with {@code what}. */
    static <T> T getBounded(Future<T> future, String what) throws InterruptedException, ExecutionException {
        try {
            return future.get(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + Delays.LONG.toMillis() + " ms for a task, but " + what, e);
        }
    }

    /** Waits until the pool terminates; fails with {@code what} if it does not within {@link Delays#LONG}. */
    static void awaitTerminated(FixedThreadPool pool, String what) throws InterruptedException {
        assertTrue(pool.awaitTermination(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS),
                "the pool did not terminate within " + Delays.LONG.toMillis() + " ms: " + what);
    }

    /** Joins a worker thread (bounded) and fails if it is still alive: a leaked thread. */
    static void assertThreadEnds(Thread worker) throws InterruptedException {
        worker.join(Delays.LONG.toMillis());
        if (worker.isAlive()) {
            fail("thread leak: worker " + worker.getName() + " is still alive " + Delays.LONG.toMillis()
                    + " ms after the pool terminated; a terminated pool must leave no threads behind");
        }
    }
}
