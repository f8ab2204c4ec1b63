package lab.eventsandlatches;

import java.util.concurrent.TimeUnit;

/**
 * A one-shot gate that opens after a given number of {@link #countDown()} calls.
 *
 * <p>Threads calling {@link #await()} wait while the count is above zero. Each
 * {@code countDown()} lowers the count by one; when it reaches zero the gate opens for good:
 * every waiter is released and every later {@code await} returns at once. The count never goes
 * below zero and the gate never closes again. With a count of 1 it is a start gate: many threads
 * wait, one thread opens the gate for all of them.
 *
 * <p>Actions of a thread before {@code countDown()} happen-before the actions of a thread after
 * its {@code await} returns normally or returns {@code true}.
 *
 * <p>Build it yourself from the JDK's basic tools; {@code java.util.concurrent.CountDownLatch}
 * and the other ready-made synchronizers are not allowed here (see the README).
 */
public class Latch {

    /**
     * Creates a latch that opens after {@code count} calls of {@code countDown()}.
     *
     * @param count the number of {@code countDown()} calls needed; zero makes a latch that is open already
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Latch(int count) {
        throw new UnsupportedOperationException("TODO: remember how many countDown calls open the latch");
    }

    /**
     * Lowers the count by one, and opens the latch (waking every waiter) when it reaches zero.
     * Does nothing if the latch is open already.
     */
    public void countDown() {
        throw new UnsupportedOperationException("TODO: count down, and open the latch at zero");
    }

    /**
     * Returns the number of {@code countDown()} calls still needed to open the latch.
     *
     * @return the current count, zero once the latch is open
     */
    public int getCount() {
        throw new UnsupportedOperationException("TODO: report the current count");
    }

    /**
     * Waits until the latch is open; returns at once if it is open already.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public void await() throws InterruptedException {
        throw new UnsupportedOperationException("TODO: wait until the latch is open");
    }

    /**
     * Waits at most {@code timeout} for the latch to open.
     *
     * @param timeout the longest time to wait; zero or negative means do not wait at all
     * @param unit the unit of {@code timeout}
     * @return {@code true} if the latch is open, {@code false} if the time ran out first
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        throw new UnsupportedOperationException("TODO: wait until the latch is open, at most the given time");
    }
}
