package lab.eventsandlatches;

import java.util.concurrent.TimeUnit;

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
 *
 * <p>Build it yourself from the JDK's basic tools; the ready-made synchronizers of
 * {@code java.util.concurrent} are not allowed here (see the README).
 */
public class Event {

    /**
     * Raises the flag and wakes every thread waiting for it. Does nothing more if it is raised already.
     */
    public void set() {
        throw new UnsupportedOperationException("TODO: raise the flag and wake every waiting thread");
    }

    /**
     * Lowers the flag: threads that call {@code await} from now on wait for the next {@code set()}.
     */
    public void clear() {
        throw new UnsupportedOperationException("TODO: lower the flag");
    }

    /**
     * Returns whether the flag is raised right now.
     *
     * @return {@code true} if the event is set
     */
    public boolean isSet() {
        throw new UnsupportedOperationException("TODO: report whether the flag is raised");
    }

    /**
     * Waits until the flag is raised; returns at once if it is raised already.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public void await() throws InterruptedException {
        throw new UnsupportedOperationException("TODO: wait until the event is set");
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
        throw new UnsupportedOperationException("TODO: wait until the event is set, at most the given time");
    }
}
