package lab.semaphores;

import java.util.concurrent.TimeUnit;

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
 *
 * <p>Build it yourself from the JDK's basic tools; {@code java.util.concurrent.Semaphore} and the
 * other ready-made synchronizers are not allowed here (see the README).
 */
public class BoundedSemaphore {

    /**
     * Creates a semaphore holding {@code permits} permits, which is also the most it may ever hold.
     *
     * @param permits the initial and maximum number of permits; zero is allowed
     * @throws IllegalArgumentException if {@code permits} is negative
     */
    public BoundedSemaphore(int permits) {
        throw new UnsupportedOperationException("TODO: remember the initial (and maximum) number of permits");
    }

    /**
     * Takes one permit, waiting as long as necessary for one to be released.
     *
     * @throws InterruptedException if the thread is interrupted while waiting; no permit is taken
     */
    public void acquire() throws InterruptedException {
        throw new UnsupportedOperationException("TODO: take a permit, waiting until one is available");
    }

    /**
     * Takes one permit if one is available right now, without waiting.
     *
     * @return {@code true} if a permit was taken, {@code false} if none was available
     */
    public boolean tryAcquire() {
        throw new UnsupportedOperationException("TODO: take a permit only if one is available now");
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
        throw new UnsupportedOperationException("TODO: take a permit, waiting at most the given time");
    }

    /**
     * Gives one permit back, waking one waiting thread if there is one.
     *
     * @throws IllegalStateException if the semaphore already holds all its permits (released
     *     more often than acquired); the count is left unchanged
     */
    public void release() {
        throw new UnsupportedOperationException("TODO: give a permit back, refusing to exceed the initial count");
    }

    /**
     * Returns the number of permits available right now (a snapshot that may be stale at once).
     *
     * @return the number of permits that could be acquired without waiting
     */
    public int availablePermits() {
        throw new UnsupportedOperationException("TODO: report how many permits are free");
    }
}
