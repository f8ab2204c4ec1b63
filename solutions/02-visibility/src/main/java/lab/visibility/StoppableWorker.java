package lab.visibility;

import java.util.Objects;

/**
 * A worker that repeats one step of work until another thread asks it to stop.
 *
 * <p>One thread runs {@link #run()}; any other thread may call {@link #requestStop()} at any time,
 * and the worker must notice the request and return soon after it, however long it has been
 * running.
 */
public final class StoppableWorker implements Runnable {

    private final Runnable step;

    // volatile: the worker thread re-reads the flag on every pass of its loop and sees the
    // write of requestStop() in another thread. Without it, the JIT may read the flag once,
    // before the loop, and spin forever.
    private volatile boolean stopRequested;

    // Written once, when run() ends; volatile so that any thread that calls iterations() sees it.
    private volatile long iterations;

    /**
     * Creates a worker that repeats {@code step}.
     *
     * @throws NullPointerException if {@code step} is null
     */
    public StoppableWorker(Runnable step) {
        this.step = Objects.requireNonNull(step, "step");
    }

    /**
     * Runs the step again and again until a stop has been requested, then returns.
     *
     * <p>The stop is checked before each step, so a stop requested before {@code run()} starts
     * means the step never runs. If the step throws, {@code run()} stops and rethrows it.
     */
    @Override
    public void run() {
        // Count in a local: the loop then does one volatile read per step and nothing more.
        long done = 0;
        try {
            while (!stopRequested) {
                step.run();
                done++;
            }
        } finally {
            iterations = done;
        }
    }

    /**
     * Asks the worker to stop; it finishes the step it is in and {@link #run()} returns.
     * Safe to call from any thread, any number of times, before or while {@code run()} runs.
     */
    public void requestStop() {
        stopRequested = true;
    }

    /**
     * The number of steps {@link #run()} completed. Safe to call from any thread; while the
     * worker is still running the count may lag behind, but once {@code run()} has returned it
     * is exact.
     */
    public long iterations() {
        return iterations;
    }
}
