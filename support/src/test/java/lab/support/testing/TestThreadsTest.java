package lab.support.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A thread queued for a lock is blocked, but it is not yet waiting for a signal. */
@Timeout(60)
class TestThreadsTest {

    @Test
    void aThreadQueuedForAReentrantLockIsNotWaiting() throws InterruptedException {
        ReentrantLock lock = new ReentrantLock();
        lock.lock();
        try (TestThreads threads = new TestThreads()) {
            Thread queued = threads.start("queued", () -> {
                lock.lockInterruptibly();
                lock.unlock();
            });
            threads.awaitBlocked(queued);
            assertTrue(TestThreads.queuedForLock(queued), "lockInterruptibly() is queueing for a lock");
            lock.unlock();
        }
    }

    @Test
    void aThreadQueuedForAWriteLockIsNotWaiting() {
        ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        lock.readLock().lock();
        try (TestThreads threads = new TestThreads()) {
            Thread queued = threads.start("queued", () -> {
                lock.writeLock().lock();
                lock.writeLock().unlock();
            });
            threads.awaitBlocked(queued);
            assertTrue(TestThreads.queuedForLock(queued), "writeLock().lock() is queueing for a lock");
            lock.readLock().unlock();
        }
    }

    @Test
    void aThreadInConditionAwaitIsWaiting() {
        ReentrantLock lock = new ReentrantLock();
        Condition signalled = lock.newCondition();
        boolean[] go = new boolean[1];
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter", () -> {
                lock.lock();
                try {
                    while (!go[0]) {
                        signalled.await();
                    }
                } finally {
                    lock.unlock();
                }
            });
            threads.awaitWaiting(waiter);
            assertFalse(TestThreads.queuedForLock(waiter), "a thread in Condition.await is waiting for a signal");
            lock.lock();
            try {
                go[0] = true;
                signalled.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    @Test
    void aThreadInObjectWaitIsWaiting() {
        Object monitor = new Object();
        boolean[] go = new boolean[1];
        try (TestThreads threads = new TestThreads()) {
            Thread waiter = threads.start("waiter", () -> {
                synchronized (monitor) {
                    while (!go[0]) {
                        monitor.wait();
                    }
                }
            });
            threads.awaitWaiting(waiter);
            synchronized (monitor) {
                go[0] = true;
                monitor.notifyAll();
            }
        }
    }
}
