/*
 * Alternative: atomics
 * Design: the stop flag is a final AtomicBoolean instead of a volatile field, and the step count is
 * a final AtomicLong bumped after every step, so iterations() is live rather than stored at the end.
 */
package lab.visibility;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A worker that repeats one step of work until another thread asks it to stop.
 *
 * <p>One thread runs {@link #run()}; any other thread may call {@link #requestStop()} at any time,
 * and the worker notices the request promptly, however long it has been running.
 */
public final class StoppableWorker implements Runnable {

    private final Runnable step;

    // The fields are final, so every thread sees these two objects as the constructor left them.
    // What they hold is read and written with volatile semantics (get/set, incrementAndGet), so
    // the JIT cannot hoist the read of the flag out of the loop, and every other thread sees the
    // latest count.
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final AtomicLong completedSteps = new AtomicLong();

    /**
     * Creates a worker that repeats {@code step}.
     *
     * @throws NullPointerException if {@code step} is null
     */
    public StoppableWorker(Runnable step) {
        this.step = Objects.requireNonNull(step, "step");
    }

    /**
     * Runs the step again and again until a stop has been requested, then returns. The stop is
     * checked before each step; if the step throws, {@code run()} stops and rethrows it.
     */
    @Override
    public void run() {
        while (!stopRequested.get()) {
            step.run();
            // Counted only once the step has completed: a step that throws is not counted.
            completedSteps.incrementAndGet();
        }
    }

    /** Asks the worker to stop. Safe to call from any thread, any number of times. */
    public void requestStop() {
        stopRequested.set(true);
    }

    /**
     * The number of steps {@link #run()} completed so far. Safe to call from any thread; exact
     * once {@code run()} has returned.
     */
    public long iterations() {
        return completedSteps.get();
    }
}
