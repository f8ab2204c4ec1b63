/*
 * Mutant: signal-one
 * Bug: set() wakes only one waiting thread (signal instead of signalAll); the other waiters sleep on.
 * Caught by: tests
 */
package lab.eventsandlatches;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A flag that threads can wait on, like Python's {@code threading.Event}.
 *
 * <p>The flag starts cleared. {@link #set()} raises it and wakes every waiting thread;
 * {@link #clear()} lowers it again, so that later calls to {@link #await()} wait for the next
 * {@code set()}. A thread that is waiting when {@code set()} is called returns from its wait even
 * if another thread clears the flag again before the woken thread runs: it was signalled, and a
 * signal is never lost (as in Python, where {@code wait} then returns {@code True}).
 *
 * <p>Actions of a thread before {@code set()} happen-before the actions of a thread after it
 * sees the flag raised, through {@code isSet()} returning {@code true} or an {@code await} that
 * returns normally or returns {@code true}.
 */
public class Event {

    private final Lock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();

    private boolean flag;

    // Counts the times the flag went from cleared to set. A waiter remembers the value it saw
    // and stops waiting once it changes, even if the flag itself is already cleared again.
    private long generation;

    /**
     * Raises the flag and wakes every thread waiting for it. Does nothing more if it is raised already.
     */
    public void set() {
        lock.lock();
        try {
            if (!flag) {
                flag = true;
                generation++;
                // Wake a waiter.
                changed.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Lowers the flag: threads that call {@code await} from now on wait for the next {@code set()}.
     */
    public void clear() {
        lock.lock();
        try {
            flag = false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns whether the flag is raised right now.
     *
     * @return {@code true} if the event is set
     */
    public boolean isSet() {
        // Under the lock, so that a thread polling this method sees set() promptly and sees
        // everything the setting thread wrote before set().
        lock.lock();
        try {
            return flag;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the flag is raised; returns at once if it is raised already.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public void await() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            long seen = generation;
            // Check before waiting (a set() that came first is not missed) and again after
            // every wake-up (wake-ups can be spurious).
            while (!flag && generation == seen) {
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits at most {@code timeout} for the flag to be raised.
     *
     * @param timeout the longest time to wait; zero or negative means do not wait at all
     * @param unit the unit of {@code timeout}
     * @return {@code true} if the flag was raised (already at the call, or by a {@code set()}
     *     during the wait), {@code false} if the time ran out first
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        long remaining = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            long seen = generation;
            while (!flag && generation == seen) {
                if (remaining <= 0) {
                    return false;
                }
                remaining = changed.awaitNanos(remaining);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
