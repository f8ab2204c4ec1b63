package lab.semaphores;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed set of connections lent to at most one borrower each, so that never more than
 * {@code connections.size()} threads use a connection at the same time.
 *
 * <p>A borrower takes a connection with {@link #borrow()} (waiting while all are lent out) or
 * {@link #borrow(long, TimeUnit)} (waiting at most a timeout), and gives it back with
 * {@link #release(Object)}. Any thread may give a connection back. Connections are told apart
 * with {@code equals}.
 *
 * @param <C> the type of the connections
 */
public class ConnectionPool<C> {

    // Two jobs, two tools: the semaphore counts free connections and makes borrowers wait;
    // the lock guards the collections that say which connection is where.
    private final BoundedSemaphore free;
    private final Lock lock = new ReentrantLock();
    private final Deque<C> idle = new ArrayDeque<>();
    private final Set<C> lent = new HashSet<>();

    /**
     * Creates a pool that lends the given connections.
     *
     * @param connections the connections to lend; the pool keeps its own copy of the list
     * @throws IllegalArgumentException if the list is empty, holds {@code null} or holds the same
     *     connection twice
     */
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
        this.free = new BoundedSemaphore(idle.size());
    }

    /**
     * Borrows a connection, waiting as long as necessary for one to be returned.
     *
     * @return a connection no other borrower holds
     * @throws InterruptedException if the thread is interrupted while waiting; nothing is borrowed
     */
    public C borrow() throws InterruptedException {
        free.acquire();
        return takeIdle();
    }

    /**
     * Borrows a connection, waiting at most {@code timeout} for one to be returned.
     *
     * @param timeout the longest time to wait; zero or negative means do not wait at all
     * @param unit the unit of {@code timeout}
     * @return a connection no other borrower holds, or empty if the time ran out first
     * @throws InterruptedException if the thread is interrupted while waiting; nothing is borrowed
     */
    public Optional<C> borrow(long timeout, TimeUnit unit) throws InterruptedException {
        if (!free.tryAcquire(timeout, unit)) {
            return Optional.empty();
        }
        return Optional.of(takeIdle());
    }

    /**
     * Returns a borrowed connection to the pool, where the next borrower may get it.
     *
     * @param connection a connection this pool lent out and that was not returned yet
     * @throws IllegalArgumentException if the pool did not lend this connection, or it was
     *     already returned; the pool is left unchanged
     */
    public void release(C connection) {
        lock.lock();
        try {
            // Checking here is what keeps the bound: a connection returned twice would
            // otherwise be lent to two borrowers at once.
            if (!lent.remove(connection)) {
                throw new IllegalArgumentException("this connection is not lent out by this pool: " + connection);
            }
            idle.addLast(connection);
        } finally {
            lock.unlock();
        }
        // Only now that the connection is back may a waiting borrower go and take it.
        free.release();
    }

    /**
     * Returns how many connections are in the pool, not lent out, right now (a snapshot).
     *
     * @return the number of idle connections
     */
    public int available() {
        lock.lock();
        try {
            return idle.size();
        } finally {
            lock.unlock();
        }
    }

    // Called with a permit in hand, so an idle connection is certainly there for us.
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
