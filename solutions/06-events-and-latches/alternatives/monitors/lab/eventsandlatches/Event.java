/*
 * Alternative: monitors
 * Design: synchronized, wait and notifyAll on the event itself; a waiter remembers the number of
 * set() calls it has seen instead of a generation counter that only counts raises.
 */
package lab.eventsandlatches;

import java.util.concurrent.TimeUnit;

/**
 * A flag that threads can wait on, like Python's {@code threading.Event}.
 */
public class Event {

    private boolean flag;

    // Raised by every set() that found the flag lowered; a waiter whose snapshot of it is
    // out of date was signalled, even if clear() came before it woke up.
    private long raises;

    /** Raises the flag and wakes every thread waiting for it. */
    public synchronized void set() {
        if (!flag) {
            flag = true;
            raises++;
            notifyAll();
        }
    }

    /** Lowers the flag. */
    public synchronized void clear() {
        flag = false;
    }

    /**
     * Returns whether the flag is raised right now.
     *
     * @return {@code true} if the event is set
     */
    public synchronized boolean isSet() {
        return flag;
    }

    /**
     * Waits until the flag is raised.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public synchronized void await() throws InterruptedException {
        long seen = raises;
        while (!flag && raises == seen) {
            wait();
        }
    }

    /**
     * Waits at most {@code timeout} for the flag to be raised.
     *
     * @return {@code true} if the flag was raised, {@code false} if the time ran out first
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public synchronized boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        long seen = raises;
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!flag && raises == seen) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, remaining);
        }
        return true;
    }
}
