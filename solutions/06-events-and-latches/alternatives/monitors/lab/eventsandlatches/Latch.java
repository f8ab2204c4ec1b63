/*
 * Alternative: monitors
 * Design: an AtomicInteger counts down without any lock (the fast path of countDown and of an
 * await on an open latch); only the waiting uses the latch's monitor.
 */
package lab.eventsandlatches;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-shot gate that opens after a given number of {@link #countDown()} calls.
 */
public class Latch {

    private final AtomicInteger count;

    /**
     * Creates a latch that opens after {@code count} calls of {@code countDown()}.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Latch(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        this.count = new AtomicInteger(count);
    }

    /** Lowers the count by one, and opens the latch when it reaches zero. */
    public void countDown() {
        // A compare-and-set loop, not decrementAndGet: the count must never go below zero.
        int current;
        do {
            current = count.get();
            if (current == 0) {
                return;
            }
        } while (!count.compareAndSet(current, current - 1));
        if (current == 1) {
            // The waiters check the count under this monitor, so none can miss this wake-up.
            synchronized (this) {
                notifyAll();
            }
        }
    }

    /**
     * Returns the number of {@code countDown()} calls still needed to open the latch.
     *
     * @return the current count
     */
    public int getCount() {
        return count.get();
    }

    /**
     * Waits until the latch is open.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public void await() throws InterruptedException {
        if (count.get() == 0) {
            return;
        }
        synchronized (this) {
            while (count.get() > 0) {
                wait();
            }
        }
    }

    /**
     * Waits at most {@code timeout} for the latch to open.
     *
     * @return {@code true} if the latch is open, {@code false} if the time ran out first
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        if (count.get() == 0) {
            return true;
        }
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (this) {
            while (count.get() > 0) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, remaining);
            }
            return true;
        }
    }
}
