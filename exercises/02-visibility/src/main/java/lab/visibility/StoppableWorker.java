package lab.visibility;

/**
 * A worker that repeats one step of work until another thread asks it to stop.
 *
 * <p>One thread runs {@link #run()}; any other thread may call {@link #requestStop()} at any time,
 * and the worker must notice the request and return soon after it, however long it has been
 * running.
 */
public final class StoppableWorker implements Runnable {

    /**
     * Creates a worker that repeats {@code step}.
     *
     * @throws NullPointerException if {@code step} is null
     */
    public StoppableWorker(Runnable step) {
        throw new UnsupportedOperationException("TODO: remember the step; nothing runs yet");
    }

    /**
     * Runs the step again and again until a stop has been requested, then returns.
     *
     * <p>The stop is checked before each step, so a stop requested before {@code run()} starts
     * means the step never runs. If the step throws, {@code run()} stops and rethrows it.
     */
    @Override
    public void run() {
        throw new UnsupportedOperationException(
                "TODO: repeat the step until a stop is requested, counting the steps that complete");
    }

    /**
     * Asks the worker to stop; it finishes the step it is in and {@link #run()} returns.
     * Safe to call from any thread, any number of times, before or while {@code run()} runs.
     */
    public void requestStop() {
        throw new UnsupportedOperationException(
                "TODO: record the request so that the thread in run() is guaranteed to see it");
    }

    /**
     * The number of steps {@link #run()} completed. Safe to call from any thread; while the
     * worker is still running the count may lag behind, but once {@code run()} has returned it
     * is exact.
     */
    public long iterations() {
        throw new UnsupportedOperationException("TODO: return how many steps run() completed");
    }
}
