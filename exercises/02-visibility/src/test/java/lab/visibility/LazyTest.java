package lab.visibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lab.support.testing.Delays;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LazyTest {

    /** A value with plain (non-final) fields: only a safe publication guarantees another thread sees them set. */
    static final class Widget {
        int id;
        String name;

        Widget(int id) {
            this.id = id;
            this.name = "widget-" + id;
        }

        boolean isBuilt() {
            return id > 0 && ("widget-" + id).equals(name);
        }
    }

    @Test
    void theSupplierIsNotCalledBeforeTheFirstGet() {
        AtomicInteger calls = new AtomicInteger();
        new Lazy<>(() -> new Widget(calls.incrementAndGet()));

        assertEquals(0, calls.get(), "a lazy value must not call its supplier until someone asks for the value");
    }

    @Test
    void getReturnsTheSuppliersObjectAndLaterGetsReuseIt() {
        AtomicInteger calls = new AtomicInteger();
        Lazy<Widget> lazy = new Lazy<>(() -> new Widget(calls.incrementAndGet()));

        Widget first = lazy.get();
        Widget second = lazy.get();
        Widget third = lazy.get();

        assertEquals(1, first.id, "get() must return the object the supplier built");
        assertSame(first, second, "every get() must return the same object");
        assertSame(first, third, "every get() must return the same object");
        assertEquals(1, calls.get(), "the supplier must run only once, on the first get()");
    }

    @Test
    void aSupplierThatThrowsIsTriedAgainOnTheNextGet() {
        AtomicInteger calls = new AtomicInteger();
        Lazy<Widget> lazy = new Lazy<>(() -> {
            int call = calls.incrementAndGet();
            if (call == 1) {
                throw new IllegalStateException("not ready yet");
            }
            return new Widget(call);
        });

        IllegalStateException failure = assertThrows(IllegalStateException.class, lazy::get,
                "get() must pass on the supplier's exception");
        assertEquals("not ready yet", failure.getMessage());
        Widget widget = lazy.get();

        assertEquals(2, widget.id, "after a failed attempt, the next get() must call the supplier again");
        assertSame(widget, lazy.get(), "once the supplier succeeded, its object must be kept");
        assertEquals(2, calls.get(), "the supplier must run twice: one failure, one success");
    }

    @Test
    void threadsThatArriveWhileTheSupplierRunsWaitForItsResult() {
        for (int round = 0; round < 5; round++) {
            Collision collision = collide(2);
            collision.assertSupplierRanOnce(round);
        }
    }

    @Test
    void manyThreadsGetTheSameFullyBuiltObject() {
        int threads = 8;
        for (int round = 0; round < 50; round++) {
            AtomicInteger calls = new AtomicInteger();
            Lazy<Widget> lazy = new Lazy<>(() -> new Widget(calls.incrementAndGet()));
            Widget[] got = new Widget[threads];
            TestThreads.runTogether(threads, "getter", i -> got[i] = lazy.get());

            assertEquals(1, calls.get(), "round " + round + ": " + threads + " threads called get() at once and "
                    + "the supplier ran " + calls.get() + " times; it must run at most once");
            for (int i = 0; i < threads; i++) {
                assertSame(got[0], got[i], "round " + round + ": every thread must get the same object");
                assertTrue(got[i].isBuilt(), "round " + round + ": a thread got an object whose fields were not set");
            }
        }
    }

    /** What {@link #collide} saw: how often the supplier ran and what each thread got. */
    record Collision(int calls, Widget[] got) {

        void assertSupplierRanOnce(int round) {
            assertEquals(1, calls, "round " + round + ": while one thread was inside the supplier, another called "
                    + "get() and the supplier ran " + calls + " times. The others must wait for the first "
                    + "result instead of building their own: after waiting, check again whether the value exists.");
            for (Widget widget : got) {
                assertSame(got[0], widget, "round " + round + ": every thread must get the same object");
                assertTrue(widget.isBuilt(), "round " + round + ": a thread got an object whose fields were not set");
            }
        }
    }

    /**
     * Makes {@code threads} threads call {@code get()} on a fresh lazy value, and keeps the first
     * supplier call running until every other thread is either waiting inside {@code get()} or
     * has called the supplier too. This makes the collision certain instead of lucky.
     */
    static Collision collide(int threads) {
        AtomicInteger calls = new AtomicInteger();
        Set<Thread> callers = ConcurrentHashMap.newKeySet();
        Lazy<Widget> lazy = new Lazy<>(() -> {
            int call = calls.incrementAndGet();
            if (call == 1) {
                holdUntilOthersWaitOrCall(callers, threads, calls);
            }
            return new Widget(call);
        });
        Widget[] got = new Widget[threads];
        TestThreads.runTogether(threads, "getter", i -> {
            callers.add(Thread.currentThread());
            got[i] = lazy.get();
        });
        return new Collision(calls.get(), got);
    }

    private static void holdUntilOthersWaitOrCall(Set<Thread> callers, int threads, AtomicInteger calls) {
        long arrivalDeadline = System.nanoTime() + Delays.LONG.toNanos();
        while (callers.size() < threads && System.nanoTime() < arrivalDeadline) {
            Thread.onSpinWait();
        }
        // A correct get() that spins instead of blocking never shows as waiting: give up after a while.
        long waitDeadline = System.nanoTime() + Delays.MEDIUM.toNanos();
        while (calls.get() == 1 && !othersAreWaiting(callers) && System.nanoTime() < waitDeadline) {
            Thread.yield();
        }
    }

    private static boolean othersAreWaiting(Set<Thread> callers) {
        for (Thread caller : callers) {
            if (caller == Thread.currentThread()) {
                continue;
            }
            Thread.State state = caller.getState();
            if (state != Thread.State.BLOCKED && state != Thread.State.WAITING
                    && state != Thread.State.TIMED_WAITING) {
                return false;
            }
        }
        return true;
    }
}
