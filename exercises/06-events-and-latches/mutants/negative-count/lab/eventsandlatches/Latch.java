/*
 * Mutant: negative-count
 * Bug: countDown() decrements even when the latch is already open, so the count goes below zero.
 * Caught by: tests
 */
package lab.eventsandlatches;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

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
 */
public class Latch {

    private final Lock lock = new ReentrantLock();
    private final Condition opened = lock.newCondition();

    private int count;

    /**
     * Creates a latch that opens after {@code count} calls of {@code countDown()}.
     *
     * @param count the number of {@code countDown()} calls needed; zero makes a latch that is open already
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Latch(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        this.count = count;
    }

    /**
     * Lowers the count by one, and opens the latch (waking every waiter) when it reaches zero.
     * Does nothing if the latch is open already.
     */
    public void countDown() {
        lock.lock();
        try {
            count--;
            if (count == 0) {
                opened.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns the number of {@code countDown()} calls still needed to open the latch.
     *
     * @return the current count, zero once the latch is open
     */
    public int getCount() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the latch is open; returns at once if it is open already.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public void await() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            // The count only ever goes down, so unlike Event a plain re-check is enough here.
            while (count > 0) {
                opened.await();
            }
        } finally {
            lock.unlock();
        }
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
        long remaining = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (count > 0) {
                if (remaining <= 0) {
                    return false;
                }
                remaining = opened.awaitNanos(remaining);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
