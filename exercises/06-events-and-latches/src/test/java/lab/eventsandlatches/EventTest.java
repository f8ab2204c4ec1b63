package lab.eventsandlatches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import lab.support.testing.Delays;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class EventTest {

    @Test
    void aNewEventIsNotSet() {
        assertFalse(new Event().isSet(), "an event starts cleared, like Python's threading.Event()");
    }

    @Test
    void setRaisesTheFlagAndClearLowersIt() {
        Event event = new Event();
        event.set();
        assertTrue(event.isSet(), "after set() the event is set");
        event.set();
        assertTrue(event.isSet(), "set() on a set event leaves it set");
        event.clear();
        assertFalse(event.isSet(), "after clear() the event is not set");
        event.clear();
        assertFalse(event.isSet(), "clear() on a cleared event leaves it cleared");
    }

    @Test
    void awaitReturnsAtOnceWhenTheEventIsAlreadySet() throws InterruptedException {
        Event event = new Event();
        event.set();
        assertTrue(event.await(Delays.MEDIUM.toMillis(), TimeUnit.MILLISECONDS),
                "set() came before await(timeout): the event is set, so await must return true at once "
                        + "(check the flag before waiting, or the signal is missed)");
        try (TestThreads threads = new TestThreads()) {
            threads.join(threads.start("late-waiter", event::await));
        }
    }

    @Test
    void awaitWaitsUntilTheEventIsSet() {
        Event event = new Event();
        AtomicBoolean returned = new AtomicBoolean();
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter", () -> {
                event.await();
                returned.set(true);
            });
            threads.awaitWaiting(waiter);
            assertFalse(returned.get(), "await must wait while the event is not set");
            event.set();
            threads.join(waiter);
        }
        assertTrue(returned.get(), "set() must wake the waiting thread");
    }

    @Test
    void setWakesEveryWaiter() throws InterruptedException {
        Event event = new Event();
        try (TestThreads threads = new TestThreads()) {
            Waiters waiters = Waiters.startBlocked(threads, 4, () -> {
                event.await();
                return true;
            });
            event.set();
            int woken = waiters.awaitAllReturned();
            assertEquals(4, woken, "one set() must wake all 4 waiting threads, but " + woken
                    + " returned: the others were never signalled (signal one instead of all?)");
        }
    }

    @Test
    void afterClearNewWaitersWaitForTheNextSet() {
        Event event = new Event();
        event.set();
        event.clear();
        AtomicBoolean returned = new AtomicBoolean();
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter", () -> {
                event.await();
                returned.set(true);
            });
            threads.awaitWaiting(waiter);
            assertFalse(returned.get(), "the event was cleared: a new await must wait for the next set()");
            event.set();
            threads.join(waiter);
        }
        assertTrue(returned.get());
    }

    @Test
    void timedAwaitReturnsFalseWhenTheTimeRunsOut() throws InterruptedException {
        Event event = new Event();
        long timeout = Delays.MEDIUM.toNanos();
        long start = System.nanoTime();
        boolean set = event.await(timeout, TimeUnit.NANOSECONDS);
        long waited = System.nanoTime() - start;
        assertFalse(set, "nobody called set(): await(timeout) must return false");
        assertTrue(waited >= timeout * 9 / 10, "await(" + Delays.MEDIUM.toMillis()
                + " ms) must wait for the whole timeout; it returned after " + TimeUnit.NANOSECONDS.toMillis(waited) + " ms");
    }

    @Test
    void timedAwaitReturnsTrueWhenSetDuringTheWait() {
        Event event = new Event();
        AtomicBoolean result = new AtomicBoolean();
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter",
                    () -> result.set(event.await(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS)));
            threads.awaitWaiting(waiter);
            event.set();
        }
        assertTrue(result.get(), "set() during the wait: await(timeout) must return true");
    }

    @Test
    void timedAwaitWithZeroTimeoutReportsTheFlagWithoutWaiting() throws InterruptedException {
        Event event = new Event();
        assertFalse(event.await(0, TimeUnit.SECONDS), "timeout 0 on a cleared event: false at once");
        assertFalse(event.await(-5, TimeUnit.SECONDS), "a negative timeout means: do not wait");
        event.set();
        assertTrue(event.await(0, TimeUnit.SECONDS), "timeout 0 on a set event: true");
    }

    @Test
    void aWaiterWokenBySetReturnsEvenIfTheEventIsClearedAtOnce() throws InterruptedException {
        // Python's semantics: a thread waiting when set() is called was signalled; a clear() that
        // follows immediately must not send it back to sleep. Repeated, because a flag-only
        // version fails only when the clear() wins the race against the woken threads (it
        // nearly always does).
        for (int round = 0; round < 5; round++) {
            Event event = new Event();
            try (TestThreads threads = new TestThreads()) {
                AtomicInteger untimed = new AtomicInteger();
                Waiters waiters = Waiters.startBlocked(threads, 4, () -> {
                    if (untimed.getAndIncrement() % 2 == 0) {
                        event.await();
                        return true;
                    }
                    return event.await(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS);
                });
                event.set();
                event.clear();
                int released = waiters.awaitAllReturned();
                assertEquals(4, released, "round " + round + ": set() then clear() at once must release the "
                        + "4 threads that were waiting, but " + released + " returned (true): a waiter woken by "
                        + "set() was signalled and must not go back to sleep because the flag is cleared again");
            }
        }
    }

    @Test
    void awaitIsInterruptible() {
        Event event = new Event();
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter", () -> assertThrows(InterruptedException.class, event::await,
                    "interrupting a thread blocked in await must throw InterruptedException"));
            threads.awaitWaiting(waiter);
            waiter.interrupt();
            threads.join(waiter);
        }
        assertFalse(event.isSet(), "an interrupt does not set the event");
    }

    @Test
    void timedAwaitIsInterruptible() {
        Event event = new Event();
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter", () -> assertThrows(InterruptedException.class,
                    () -> event.await(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS),
                    "interrupting a thread blocked in await(timeout) must throw InterruptedException"));
            threads.awaitWaiting(waiter);
            waiter.interrupt();
            threads.join(waiter);
        }
    }
}
