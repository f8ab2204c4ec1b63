package lab.semaphores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import lab.semaphores.ConnectionPoolTest.Connection;
import lab.support.testing.Delays;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class ConnectionPoolHiddenTest {

    @Test
    void thePoolKeepsItsOwnCopyOfTheList() throws InterruptedException {
        List<Connection> list = new ArrayList<>(ConnectionPoolTest.connections(2));
        ConnectionPool<Connection> pool = new ConnectionPool<>(list);
        list.add(new Connection(7));
        list.clear();
        assertEquals(2, pool.available(), "changing the caller's list afterwards must not change the pool");
        Set<Connection> lent = new HashSet<>(List.of(pool.borrow(), pool.borrow()));
        assertEquals(Set.of(new Connection(0), new Connection(1)), lent);
        assertTrue(pool.borrow(0, TimeUnit.SECONDS).isEmpty(), "the pool still has only 2 connections");
    }

    @Test
    void aConnectionMayBeReturnedByAnotherThread() throws InterruptedException {
        ConnectionPool<Connection> pool = new ConnectionPool<>(ConnectionPoolTest.connections(1));
        AtomicReference<Connection> borrowed = new AtomicReference<>();
        try (TestThreads threads = new TestThreads()) {
            threads.join(threads.start("borrower", () -> borrowed.set(pool.borrow())));
        }
        pool.release(borrowed.get());
        assertEquals(1, pool.available(), "any thread may return a borrowed connection");
    }

    @Test
    void aPoolOfOneIsAMutex() {
        ConnectionPool<Connection> pool = new ConnectionPool<>(ConnectionPoolTest.connections(1));
        InFlight inFlight = new InFlight();
        TestThreads.runTogether(6, "borrower", index -> {
            for (int i = 0; i < 2_000; i++) {
                Connection connection = pool.borrow();
                inFlight.enter();
                Thread.yield();
                inFlight.leave();
                pool.release(connection);
            }
        });
        assertEquals(1, inFlight.most(), "a pool of 1 lets exactly one borrower in at a time");
        assertEquals(1, pool.available());
    }

    @Test
    void doubleReturnUnderContentionNeverLendsAConnectionTwice() throws InterruptedException {
        for (int round = 0; round < 50; round++) {
            ConnectionPool<Connection> pool = new ConnectionPool<>(ConnectionPoolTest.connections(2));
            Connection borrowed = pool.borrow();
            AtomicInteger refused = new AtomicInteger();
            TestThreads.runTogether(4, "returner", index -> {
                try {
                    pool.release(borrowed);
                } catch (IllegalArgumentException expected) {
                    refused.incrementAndGet();
                }
            });
            assertEquals(3, refused.get(), "4 threads returned the same loan at once: exactly 3 must be refused");
            assertEquals(2, pool.available(), "the pool of 2 must end with exactly 2 idle connections");
            Set<Connection> lent = new HashSet<>(List.of(pool.borrow(), pool.borrow()));
            assertEquals(2, lent.size(), "the 2 borrows after the double return must get 2 different connections");
            assertTrue(pool.borrow(0, TimeUnit.SECONDS).isEmpty(), "a pool of 2 must never lend a 3rd connection");
        }
    }

    @Test
    void connectionsAreConservedWithTimeoutsAndInterrupts() throws InterruptedException {
        int size = 3;
        ConnectionPool<Connection> pool = new ConnectionPool<>(ConnectionPoolTest.connections(size));
        InFlight inFlight = new InFlight();
        Set<Connection> held = ConcurrentHashMap.newKeySet();
        // Interrupts start only once every worker is past the start gate and in its loop.
        CountDownLatch running = new CountDownLatch(8);
        try (TestThreads threads = new TestThreads()) {
            List<Thread> workers = threads.startTogether(8, "borrower", index -> {
                running.countDown();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < 1_000; i++) {
                    Optional<Connection> got;
                    try {
                        got = i % 2 == 0
                                ? Optional.of(pool.borrow())
                                : pool.borrow(random.nextInt(100), TimeUnit.MICROSECONDS);
                    } catch (InterruptedException interrupted) {
                        continue;
                    }
                    if (got.isPresent()) {
                        Connection connection = got.get();
                        inFlight.enter();
                        assertTrue(held.add(connection), connection + " was lent to two borrowers at once");
                        Thread.yield();
                        held.remove(connection);
                        inFlight.leave();
                        pool.release(connection);
                    }
                }
            });
            assertTrue(running.await(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS));
            for (int i = 0; i < 200; i++) {
                workers.get(i % workers.size()).interrupt();
                Thread.yield();
            }
        }
        assertTrue(inFlight.most() <= size, inFlight.most() + " borrowers held the 3 connections at once");
        assertEquals(size, pool.available(),
                "after timeouts and interrupts every one of the 3 connections must be back in the pool");
    }

    @Test
    void aLargePoolReachesItsBoundAndNeverPassesIt() throws InterruptedException {
        int size = 8;
        ConnectionPool<Connection> pool = new ConnectionPool<>(ConnectionPoolTest.connections(size));
        InFlight inFlight = new InFlight();
        Set<Thread> holders = ConcurrentHashMap.newKeySet();
        CountDownLatch allHolding = new CountDownLatch(size);
        CountDownLatch letGo = new CountDownLatch(1);
        AtomicInteger served = new AtomicInteger();
        try (TestThreads threads = new TestThreads()) {
            List<Thread> borrowers = new ArrayList<>();
            for (int i = 0; i < 2 * size; i++) {
                borrowers.add(threads.start("borrower-" + i, () -> {
                    Connection connection = pool.borrow();
                    inFlight.enter();
                    holders.add(Thread.currentThread());
                    allHolding.countDown();
                    letGo.await();
                    inFlight.leave();
                    pool.release(connection);
                    served.incrementAndGet();
                }));
            }
            // However this ends, the holders are let go, so that no thread outlives the test.
            try {
                assertTrue(allHolding.await(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS),
                        "16 borrowers of a pool of 8: 8 should hold a connection at the same time");
                for (Thread borrower : borrowers) {
                    if (!holders.contains(borrower)) {
                        threads.awaitBlocked(borrower);
                    }
                }
                assertEquals(0, pool.available(), "8 borrowers hold all 8 connections");
                assertEquals(size, inFlight.now(), "16 borrowers of a pool of 8: only 8 may hold one while none is returned");
            } finally {
                letGo.countDown();
            }
        }
        assertEquals(2 * size, served.get());
        assertEquals(size, inFlight.most(), "never more than 8 borrowers at once in a pool of 8");
        assertEquals(size, pool.available());
        assertThrows(IllegalArgumentException.class, () -> pool.release(new Connection(0)),
                "every loan was returned; one more return must be refused");
    }
}
