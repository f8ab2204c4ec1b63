package lab.semaphores;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A counting semaphore that refuses to hold more permits than it started with, like Python's
 * {@code threading.BoundedSemaphore}.
 *
 * <p>The semaphore starts with {@code permits} permits. {@link #acquire()} takes one, waiting
 * while there are none; {@link #release()} gives one back. Any thread may release, not only one
 * that acquired: a semaphore counts permits, it does not remember owners. Releasing more often
 * than acquiring is a bug in the caller, so a release that would raise the count above the
 * initial number of permits throws instead of silently creating a permit.
 *
 * <p>Actions of a thread before {@code release()} happen-before the actions of a thread after
 * the {@code acquire()} (or successful {@code tryAcquire}) that took that permit.
 */
public class BoundedSemaphore {

    // One lock guards the count; the condition is where threads wait for a permit.
    private final Lock lock = new ReentrantLock();
    private final Condition permitReleased = lock.newCondition();

    private final int maxPermits;
    private int available;

    /**
     * Creates a semaphore holding {@code permits} permits, which is also the most it may ever hold.
     *
     * @param permits the initial and maximum number of permits; zero is allowed
     * @throws IllegalArgumentException if {@code permits} is negative
     */
    public BoundedSemaphore(int permits) {
        if (permits < 0) {
            throw new IllegalArgumentException("permits must not be negative: " + permits);
        }
        this.maxPermits = permits;
        this.available = permits;
    }

    /**
     * Takes one permit, waiting as long as necessary for one to be released.
     *
     * @throws InterruptedException if the thread is interrupted while waiting; no permit is taken
     */
    public void acquire() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            // while, not if: a woken thread must check again, because another thread may have
            // taken the permit first (or the wake-up was spurious).
            while (available == 0) {
                permitReleased.await();
            }
            available--;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes one permit if one is available right now, without waiting.
     *
     * @return {@code true} if a permit was taken, {@code false} if none was available
     */
    public boolean tryAcquire() {
        lock.lock();
        try {
            // The check and the decrement happen under one lock: two threads can never both
            // see the last permit.
            if (available == 0) {
                return false;
            }
            available--;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes one permit, waiting at most {@code timeout} for one to be released.
     *
     * @param timeout the longest time to wait; zero or negative means do not wait at all
     * @param unit the unit of {@code timeout}
     * @return {@code true} if a permit was taken, {@code false} if the time ran out first
     * @throws InterruptedException if the thread is interrupted while waiting; no permit is taken
     */
    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        long remaining = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (available == 0) {
                if (remaining <= 0) {
                    return false;
                }
                // awaitNanos returns the time still left, so spurious wake-ups do not extend
                // the total wait (and there is no deadline to overflow for huge timeouts).
                remaining = permitReleased.awaitNanos(remaining);
            }
            available--;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Gives one permit back, waking one waiting thread if there is one.
     *
     * @throws IllegalStateException if the semaphore already holds all its permits (released
     *     more often than acquired); the count is left unchanged
     */
    public void release() {
        lock.lock();
        try {
            if (available == maxPermits) {
                throw new IllegalStateException("semaphore released too many times: it already holds all "
                        + maxPermits + " permits");
            }
            available++;
            // One permit can satisfy only one waiter, so waking one is enough: every waiter
            // waits for the same thing.
            permitReleased.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns the number of permits available right now (a snapshot that may be stale at once).
     *
     * @return the number of permits that could be acquired without waiting
     */
    public int availablePermits() {
        lock.lock();
        try {
            return available;
        } finally {
            lock.unlock();
        }
    }
}
