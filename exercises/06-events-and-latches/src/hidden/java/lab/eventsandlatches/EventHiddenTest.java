package lab.eventsandlatches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import lab.support.testing.Delays;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class EventHiddenTest {

    @Test
    void setWakesSixteenWaiters() throws InterruptedException {
        Event event = new Event();
        try (TestThreads threads = new TestThreads()) {
            AtomicInteger started = new AtomicInteger();
            Waiters waiters = Waiters.startBlocked(threads, 16, () -> {
                if (started.getAndIncrement() % 2 == 0) {
                    event.await();
                    return true;
                }
                return event.await(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS);
            });
            event.set();
            int woken = waiters.awaitAllReturned();
            assertEquals(16, woken, "one set() must wake all 16 waiters (timed ones returning true), but " + woken + " did");
        }
    }

    @Test
    void aPulseReleasesEveryWaiterRoundAfterRound() throws InterruptedException {
        for (int round = 0; round < 20; round++) {
            Event event = new Event();
            try (TestThreads threads = new TestThreads()) {
                Waiters waiters = Waiters.startBlocked(threads, 6,
                        () -> event.await(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS));
                event.set();
                event.clear();
                int released = waiters.awaitAllReturned();
                assertEquals(6, released, "round " + round + ": set() then clear() must release all 6 waiting "
                        + "threads with true, but " + released + " did");
            }
        }
    }

    @Test
    void twoEventsCarryMessagesBackAndForth() {
        Event ping = new Event();
        Event pong = new Event();
        int rounds = 2_000;
        try (TestThreads threads = new TestThreads()) {
            threads.start("ponger", () -> {
                for (int i = 0; i < rounds; i++) {
                    ping.await();
                    ping.clear();
                    pong.set();
                }
            });
            threads.start("pinger", () -> {
                for (int i = 0; i < rounds; i++) {
                    ping.set();
                    pong.await();
                    pong.clear();
                }
            });
        }
    }

    @Test
    void writesBeforeSetAreVisibleAfterAwait() {
        for (int round = 0; round < 200; round++) {
            Event ready = new Event();
            int[] box = new int[1];
            try (TestThreads threads = new TestThreads()) {
                threads.start("reader", () -> {
                    ready.await();
                    assertEquals(42, box[0], "a write made before set() must be visible after await() returns");
                });
                threads.start("writer", () -> {
                    box[0] = 42;
                    ready.set();
                });
            }
        }
    }

    @Test
    void aPollingWorkerSeesSetAndStops() {
        Event stop = new Event();
        AtomicBoolean running = new AtomicBoolean();
        try (TestThreads threads = new TestThreads()) {
            threads.start("worker", () -> {
                running.set(true);
                long spins = 0;
                while (!stop.isSet()) {
                    spins++;
                }
                assertTrue(spins >= 0);
            });
            while (!running.get()) {
                Thread.onSpinWait();
            }
            stop.set();
        }
    }

    @Test
    void aHugeTimeoutWaitsForTheSet() throws InterruptedException {
        Event event = new Event();
        AtomicBoolean result = new AtomicBoolean();
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter",
                    () -> result.set(event.await(Long.MAX_VALUE, TimeUnit.NANOSECONDS)));
            threads.awaitWaiting(waiter);
            event.set();
        }
        assertTrue(result.get(), "await(Long.MAX_VALUE ns) must wait for set(), not give up at once "
                + "(does now + timeout overflow?)");
        assertTrue(event.await(Long.MAX_VALUE, TimeUnit.DAYS), "a set event with a huge timeout: true");
    }

    @Test
    void anInterruptedWaiterDoesNotStopTheOthers() {
        Event event = new Event();
        AtomicInteger returned = new AtomicInteger();
        try (TestThreads threads = new TestThreads()) {
            Thread interrupted = threads.start("interrupted", () -> assertThrows(InterruptedException.class, event::await));
            List<Thread> others = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                others.add(threads.start("waiter-" + i, () -> {
                    event.await();
                    returned.incrementAndGet();
                }));
            }
            threads.awaitWaiting(interrupted);
            for (Thread other : others) {
                threads.awaitWaiting(other);
            }
            interrupted.interrupt();
            threads.join(interrupted);
            event.set();
        }
        assertEquals(3, returned.get(), "after one waiter was interrupted, set() must still wake the other 3");
    }

    @Test
    void setAndClearFromManyThreadsLeaveAConsistentFlag() throws InterruptedException {
        Event event = new Event();
        TestThreads.runTogether(4, "toggler", index -> {
            for (int i = 0; i < 5_000; i++) {
                if ((i + index) % 2 == 0) {
                    event.set();
                } else {
                    event.clear();
                }
            }
        });
        event.set();
        assertTrue(event.isSet());
        assertTrue(event.await(0, TimeUnit.SECONDS));
        event.clear();
        assertTrue(!event.isSet() && !event.await(0, TimeUnit.SECONDS), "a cleared event reports false");
    }
}
