/*
 * Alternative: monitors
 * Design: the object's own monitor (synchronized, wait, notify) instead of a ReentrantLock and a
 * Condition; timed waits keep their own deadline from System.nanoTime.
 */
package lab.semaphores;

import java.util.concurrent.TimeUnit;

/**
 * A counting semaphore that refuses to hold more permits than it started with, like Python's
 * {@code threading.BoundedSemaphore}.
 */
public class BoundedSemaphore {

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
    public synchronized void acquire() throws InterruptedException {
        while (available == 0) {
            wait();
        }
        available--;
    }

    /**
     * Takes one permit if one is available right now, without waiting.
     *
     * @return {@code true} if a permit was taken
     */
    public synchronized boolean tryAcquire() {
        if (available == 0) {
            return false;
        }
        available--;
        return true;
    }

    /**
     * Takes one permit, waiting at most {@code timeout} for one to be released.
     *
     * @return {@code true} if a permit was taken, {@code false} if the time ran out first
     * @throws InterruptedException if the thread is interrupted while waiting; no permit is taken
     */
    public synchronized boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (available == 0) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return false;
            }
            // Object.wait takes milliseconds and nanoseconds apart; TimeUnit splits them for us.
            TimeUnit.NANOSECONDS.timedWait(this, remaining);
        }
        available--;
        return true;
    }

    /**
     * Gives one permit back, waking one waiting thread if there is one.
     *
     * @throws IllegalStateException if the semaphore already holds all its permits
     */
    public synchronized void release() {
        if (available == maxPermits) {
            throw new IllegalStateException("semaphore released too many times: it already holds all "
                    + maxPermits + " permits");
        }
        available++;
        // Only acquirers wait on this monitor, and one permit serves one of them.
        notify();
    }

    /**
     * Returns the number of permits available right now (a snapshot).
     *
     * @return the number of permits that could be acquired without waiting
     */
    public synchronized int availablePermits() {
        return available;
    }
}
