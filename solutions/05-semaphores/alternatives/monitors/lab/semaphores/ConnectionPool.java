/*
 * Alternative: monitors
 * Design: no semaphore at all: the pool waits on its own monitor until its idle list is not
 * empty, so the count of free connections is the list itself.
 */
package lab.semaphores;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A fixed set of connections lent to at most one borrower each.
 *
 * @param <C> the type of the connections
 */
public class ConnectionPool<C> {

    private final LinkedList<C> idle = new LinkedList<>();
    private final Set<C> lent = new HashSet<>();

    /**
     * Creates a pool that lends the given connections.
     *
     * @param connections the connections to lend
     * @throws IllegalArgumentException if the list is empty, holds {@code null} or a duplicate
     */
    public ConnectionPool(List<C> connections) {
        List<C> copy = new ArrayList<>(connections);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a pool needs at least one connection");
        }
        if (copy.contains(null)) {
            throw new IllegalArgumentException("a pool cannot lend null");
        }
        if (new HashSet<>(copy).size() != copy.size()) {
            throw new IllegalArgumentException("the same connection appears twice in " + copy);
        }
        idle.addAll(copy);
    }

    /**
     * Borrows a connection, waiting as long as necessary for one to be returned.
     *
     * @return a connection no other borrower holds
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public synchronized C borrow() throws InterruptedException {
        while (idle.isEmpty()) {
            wait();
        }
        return lendFirstIdle();
    }

    /**
     * Borrows a connection, waiting at most {@code timeout} for one to be returned.
     *
     * @return a connection, or empty if the time ran out first
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public synchronized Optional<C> borrow(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (idle.isEmpty()) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return Optional.empty();
            }
            TimeUnit.NANOSECONDS.timedWait(this, remaining);
        }
        return Optional.of(lendFirstIdle());
    }

    /**
     * Returns a borrowed connection to the pool.
     *
     * @throws IllegalArgumentException if the pool did not lend this connection, or it was already returned
     */
    public synchronized void release(C connection) {
        if (!lent.remove(connection)) {
            throw new IllegalArgumentException("this connection is not lent out by this pool: " + connection);
        }
        idle.addLast(connection);
        notify();
    }

    /**
     * Returns how many connections are in the pool, not lent out, right now.
     *
     * @return the number of idle connections
     */
    public synchronized int available() {
        return idle.size();
    }

    // Caller holds the monitor and has seen the idle list non-empty.
    private C lendFirstIdle() {
        C connection = idle.removeFirst();
        lent.add(connection);
        return connection;
    }
}
