/*
 * Mutant: jdk-semaphore
 * Bug: the pool counts its free connections with java.util.concurrent.Semaphore instead of the BoundedSemaphore the exercise builds.
 * Caught by: design
 */
package lab.semaphores;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed set of connections lent to at most one borrower each, so that never more than
 * {@code connections.size()} threads use a connection at the same time.
 *
 * @param <C> the type of the connections
 */
public class ConnectionPool<C> {

    private final Semaphore free;
    private final Lock lock = new ReentrantLock();
    private final Deque<C> idle = new ArrayDeque<>();
    private final Set<C> lent = new HashSet<>();

    public ConnectionPool(List<C> connections) {
        if (connections.isEmpty()) {
            throw new IllegalArgumentException("a pool needs at least one connection");
        }
        for (C connection : connections) {
            if (connection == null) {
                throw new IllegalArgumentException("a pool cannot lend null");
            }
            if (idle.contains(connection)) {
                throw new IllegalArgumentException("the same connection appears twice: " + connection);
            }
            idle.addLast(connection);
        }
        this.free = new Semaphore(idle.size());
    }

    public C borrow() throws InterruptedException {
        free.acquire();
        return takeIdle();
    }

    public Optional<C> borrow(long timeout, TimeUnit unit) throws InterruptedException {
        if (!free.tryAcquire(timeout, unit)) {
            return Optional.empty();
        }
        return Optional.of(takeIdle());
    }

    public void release(C connection) {
        lock.lock();
        try {
            if (!lent.remove(connection)) {
                throw new IllegalArgumentException("this connection is not lent out by this pool: " + connection);
            }
            idle.addLast(connection);
        } finally {
            lock.unlock();
        }
        free.release();
    }

    public int available() {
        lock.lock();
        try {
            return idle.size();
        } finally {
            lock.unlock();
        }
    }

    private C takeIdle() {
        lock.lock();
        try {
            C connection = idle.removeFirst();
            lent.add(connection);
            return connection;
        } finally {
            lock.unlock();
        }
    }
}
