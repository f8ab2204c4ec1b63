package lab.semaphores;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

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

    /**
     * Creates a pool that lends the given connections.
     *
     * @param connections the connections to lend; the pool keeps its own copy of the list
     * @throws IllegalArgumentException if the list is empty, holds {@code null} or holds the same
     *     connection twice
     */
    public ConnectionPool(List<C> connections) {
        throw new UnsupportedOperationException("TODO: keep the connections, all of them idle at first");
    }

    /**
     * Borrows a connection, waiting as long as necessary for one to be returned.
     *
     * @return a connection no other borrower holds
     * @throws InterruptedException if the thread is interrupted while waiting; nothing is borrowed
     */
    public C borrow() throws InterruptedException {
        throw new UnsupportedOperationException("TODO: lend an idle connection, waiting while none is idle");
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
        throw new UnsupportedOperationException("TODO: lend an idle connection, waiting at most the given time");
    }

    /**
     * Returns a borrowed connection to the pool, where the next borrower may get it.
     *
     * @param connection a connection this pool lent out and that was not returned yet
     * @throws IllegalArgumentException if the pool did not lend this connection, or it was
     *     already returned; the pool is left unchanged
     */
    public void release(C connection) {
        throw new UnsupportedOperationException("TODO: take a lent connection back, rejecting any other");
    }

    /**
     * Returns how many connections are in the pool, not lent out, right now (a snapshot).
     *
     * @return the number of idle connections
     */
    public int available() {
        throw new UnsupportedOperationException("TODO: report how many connections are idle");
    }
}
