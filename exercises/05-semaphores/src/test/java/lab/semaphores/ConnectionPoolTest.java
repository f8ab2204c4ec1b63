package lab.semaphores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import lab.support.testing.Delays;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ConnectionPoolTest {

    /** A stand-in for a database connection: two connections are equal only if their ids are. */
    record Connection(int id) {
    }

    static List<Connection> connections(int count) {
        List<Connection> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new Connection(i));
        }
        return list;
    }

    @Test
    void rejectsAnEmptyListNullAndDuplicates() {
        assertThrows(IllegalArgumentException.class, () -> new ConnectionPool<>(new ArrayList<Connection>()),
                "a pool with no connection could never lend one");
        assertThrows(IllegalArgumentException.class,
                () -> new ConnectionPool<>(Arrays.asList(new Connection(0), null)),
                "a pool cannot lend null");
        assertThrows(IllegalArgumentException.class,
                () -> new ConnectionPool<>(Arrays.asList(new Connection(0), new Connection(0))),
                "the same connection twice would be lent to two borrowers at once");
    }

    @Test
    void lendsEachConnectionOnce() throws InterruptedException {
        List<Connection> all = connections(3);
        ConnectionPool<Connection> pool = new ConnectionPool<>(all);
        assertEquals(3, pool.available(), "a new pool of 3 has 3 idle connections");
        Set<Connection> lent = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            lent.add(pool.borrow());
        }
        assertEquals(new HashSet<>(all), lent, "3 borrows from a pool of 3 must get the 3 different connections");
        assertEquals(0, pool.available(), "all 3 connections are lent out");
    }

    @Test
    void timedBorrowGivesUpWhenAllAreLent() throws InterruptedException {
        ConnectionPool<Connection> pool = new ConnectionPool<>(connections(2));
        pool.borrow();
        pool.borrow();
        long timeout = Delays.MEDIUM.toNanos();
        long start = System.nanoTime();
        Optional<Connection> third = pool.borrow(timeout, TimeUnit.NANOSECONDS);
        long waited = System.nanoTime() - start;
        assertTrue(third.isEmpty(), "both connections are lent out: a 3rd borrow(timeout) must come back empty, "
                + "but it got " + third);
        assertTrue(waited >= timeout * 9 / 10, "borrow(" + Delays.MEDIUM.toMillis()
                + " ms) must wait for the whole timeout; it gave up after " + TimeUnit.NANOSECONDS.toMillis(waited) + " ms");
        assertTrue(pool.borrow(0, TimeUnit.SECONDS).isEmpty(), "borrow with timeout 0 and nothing idle is empty at once");
    }

    @Test
    void timedBorrowGetsAConnectionReturnedDuringTheWait() throws InterruptedException {
        ConnectionPool<Connection> pool = new ConnectionPool<>(connections(1));
        Connection only = pool.borrow();
        AtomicReference<Optional<Connection>> result = new AtomicReference<>();
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter",
                    () -> result.set(pool.borrow(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS)));
            threads.awaitBlocked(waiter);
            pool.release(only);
        }
        assertEquals(Optional.of(only), result.get(), "the connection returned during the wait must be lent to the waiter");
    }

    @Test
    void borrowWaitsUntilAConnectionIsReturned() throws InterruptedException {
        ConnectionPool<Connection> pool = new ConnectionPool<>(connections(2));
        Connection first = pool.borrow();
        pool.borrow();
        AtomicReference<Connection> got = new AtomicReference<>();
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter", () -> got.set(pool.borrow()));
            threads.awaitBlocked(waiter);
            assertEquals(null, got.get(), "borrow must wait while every connection is lent out");
            pool.release(first);
            threads.join(waiter);
        }
        assertEquals(first, got.get(), "the waiting borrower must get the connection that was returned");
    }

    @Test
    void releaseRejectsAConnectionThePoolNeverLent() {
        ConnectionPool<Connection> pool = new ConnectionPool<>(connections(2));
        assertThrows(IllegalArgumentException.class, () -> pool.release(new Connection(99)),
                "release of a connection that is not the pool's must throw");
        assertEquals(2, pool.available(), "a refused release leaves the pool unchanged");
    }

    @Test
    void releaseRejectsAnIdleConnection() {
        List<Connection> all = connections(2);
        ConnectionPool<Connection> pool = new ConnectionPool<>(all);
        assertThrows(IllegalArgumentException.class, () -> pool.release(all.get(0)),
                "release of a connection that is idle in the pool (never borrowed) must throw: "
                        + "accepting it would put it in the pool twice, and lend it to two borrowers");
        assertEquals(2, pool.available(), "a refused release leaves the pool unchanged");
    }

    @Test
    void aConnectionCannotBeReturnedTwice() throws InterruptedException {
        ConnectionPool<Connection> pool = new ConnectionPool<>(connections(2));
        Connection borrowed = pool.borrow();
        pool.release(borrowed);
        assertThrows(IllegalArgumentException.class, () -> pool.release(borrowed),
                "the second release of the same loan must throw (like BoundedSemaphore's over-release)");
        assertEquals(2, pool.available(), "a pool of 2 never has more than 2 idle connections");
    }

    @Test
    void borrowIsInterruptibleAndTakesNothing() throws InterruptedException {
        ConnectionPool<Connection> pool = new ConnectionPool<>(connections(1));
        Connection only = pool.borrow();
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter", () -> assertThrows(InterruptedException.class, pool::borrow,
                    "interrupting a thread blocked in borrow must throw InterruptedException"));
            threads.awaitBlocked(waiter);
            waiter.interrupt();
            threads.join(waiter);
        }
        pool.release(only);
        assertEquals(Optional.of(only), pool.borrow(0, TimeUnit.SECONDS),
                "an interrupted borrow takes nothing: the returned connection is still there to borrow");
    }

    @Test
    void nBorrowersHoldConnectionsAtOnceAndTheNextOneWaits() throws InterruptedException {
        int size = 3;
        ConnectionPool<Connection> pool = new ConnectionPool<>(connections(size));
        InFlight inFlight = new InFlight();
        Set<Connection> held = ConcurrentHashMap.newKeySet();
        CountDownLatch allHolding = new CountDownLatch(size);
        CountDownLatch letGo = new CountDownLatch(1);
        try (TestThreads threads = new TestThreads()) {
            for (int i = 0; i < size; i++) {
                threads.start("borrower-" + i, () -> {
                    Connection connection = pool.borrow();
                    inFlight.enter();
                    assertTrue(held.add(connection), connection + " was lent to two borrowers at once");
                    allHolding.countDown();
                    letGo.await();
                    held.remove(connection);
                    inFlight.leave();
                    pool.release(connection);
                });
            }
            // However this ends, the holders are let go, so that no thread outlives the test.
            try {
                assertTrue(allHolding.await(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS),
                        "3 borrowers should all hold a connection of a pool of 3 at the same time");
                Thread fourth = threads.start("borrower-3", () -> {
                    Connection connection = pool.borrow();
                    inFlight.enter();
                    inFlight.leave();
                    pool.release(connection);
                });
                threads.awaitBlocked(fourth);
                assertEquals(size, inFlight.now(), "a 4th borrower got a connection while 3 held all 3");
            } finally {
                letGo.countDown();
            }
        }
        assertEquals(size, inFlight.most(), "never more than 3 borrowers at once in a pool of 3");
        assertEquals(size, pool.available(), "every connection came back");
    }

    @Test
    void underLoadEachConnectionHasOneBorrowerAtATime() {
        int size = 3;
        int iterations = 1_000;
        ConnectionPool<Connection> pool = new ConnectionPool<>(connections(size));
        InFlight inFlight = new InFlight();
        Set<Connection> held = ConcurrentHashMap.newKeySet();
        TestThreads.runTogether(8, "borrower", index -> {
            for (int i = 0; i < iterations; i++) {
                Connection connection = pool.borrow();
                inFlight.enter();
                assertTrue(held.add(connection), connection + " was lent to two borrowers at once");
                Thread.yield();
                assertTrue(held.remove(connection));
                inFlight.leave();
                pool.release(connection);
            }
        });
        assertTrue(inFlight.most() <= size, "8 borrowers of a pool of 3: " + inFlight.most()
                + " held a connection at the same time");
        assertEquals(size, pool.available(), "every connection came back");
    }
}
