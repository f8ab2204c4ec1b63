package lab.threadpool;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A thread pool with a fixed number of worker threads that take tasks from one shared queue.
 *
 * <p>The pool has at most {@code threads} worker threads over its whole life: it may start them
 * all in the constructor or one per task until there are {@code threads} of them (say which in
 * your class comment), but it never starts a thread per task and never more than
 * {@code threads}. A worker that finishes a task takes the next one from the queue; tasks wait
 * in the queue in the order they were submitted until a worker is idle.
 *
 * <p>Every method has the semantics that {@link ExecutorService} documents; the Javadoc below
 * repeats the parts the tests check. {@link #close()} is inherited from {@code ExecutorService}
 * (shut down, then wait for termination) and needs no code of yours.
 *
 * <p>Using {@code Executors}, {@code ThreadPoolExecutor}, {@code ForkJoinPool} or any other
 * ready-made pool inside this class is not allowed: the pool is what you build.
 * {@link java.util.concurrent.FutureTask} and
 * {@link java.util.concurrent.AbstractExecutorService} are allowed (see the README).
 */
public class FixedThreadPool implements ExecutorService {

    /**
     * Creates a pool of {@code threads} worker threads.
     *
     * @param threads the number of workers, at least 1
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public FixedThreadPool(int threads) {
        throw new UnsupportedOperationException("TODO: check the thread count and set up the pool's workers and task queue");
    }

    /**
     * Runs {@code task} on one of the pool's workers, some time in the future.
     *
     * <p>If the task throws, the exception is passed to the worker thread's uncaught exception
     * handler, and the pool does not lose a worker: it still runs {@code threads} tasks at once.
     *
     * @param task the task to run
     * @throws NullPointerException if {@code task} is null
     * @throws RejectedExecutionException if the pool has been shut down
     */
    @Override
    public void execute(Runnable task) {
        throw new UnsupportedOperationException("TODO: hand the task to an idle worker, or queue it until one is idle; reject it once the pool is shut down");
    }

    /**
     * Submits a task that returns a value; its {@link Future} gets the value, or the exception the
     * task threw wrapped in an {@link ExecutionException}.
     *
     * @throws NullPointerException if {@code task} is null
     * @throws RejectedExecutionException if the pool has been shut down
     */
    @Override
    public <T> Future<T> submit(Callable<T> task) {
        throw new UnsupportedOperationException("TODO: run the task on the pool and return a Future of its result");
    }

    /**
     * Submits a task; its {@link Future}'s {@code get()} returns {@code result} once it has run.
     *
     * @throws NullPointerException if {@code task} is null
     * @throws RejectedExecutionException if the pool has been shut down
     */
    @Override
    public <T> Future<T> submit(Runnable task, T result) {
        throw new UnsupportedOperationException("TODO: run the task on the pool and return a Future that yields the given result");
    }

    /**
     * Submits a task; its {@link Future}'s {@code get()} returns {@code null} once it has run.
     *
     * @throws NullPointerException if {@code task} is null
     * @throws RejectedExecutionException if the pool has been shut down
     */
    @Override
    public Future<?> submit(Runnable task) {
        throw new UnsupportedOperationException("TODO: run the task on the pool and return a Future that yields null");
    }

    /**
     * Stops accepting tasks. Tasks already submitted, running or queued, still run; running tasks
     * are not interrupted. Does not wait (use {@link #awaitTermination}). Calling it again does
     * nothing.
     */
    @Override
    public void shutdown() {
        throw new UnsupportedOperationException("TODO: stop accepting tasks and let the workers finish the queue, then exit");
    }

    /**
     * Stops accepting tasks, takes every queued task out of the queue and interrupts the running
     * tasks. Does not wait for them to finish.
     *
     * @return the tasks that were queued and never started (empty if there are none, for example
     *         on a pool that has already terminated)
     */
    @Override
    public List<Runnable> shutdownNow() {
        throw new UnsupportedOperationException("TODO: stop accepting tasks, hand back the queued ones and interrupt the running ones");
    }

    /** Returns true once {@link #shutdown()} or {@link #shutdownNow()} has been called. */
    @Override
    public boolean isShutdown() {
        throw new UnsupportedOperationException("TODO: tell whether the pool has been shut down");
    }

    /**
     * Returns true once the pool has been shut down and every accepted task has finished (or was
     * handed back by {@link #shutdownNow()}). Never true before a shutdown.
     */
    @Override
    public boolean isTerminated() {
        throw new UnsupportedOperationException("TODO: tell whether the pool is shut down and all its tasks are done");
    }

    /**
     * Blocks until the pool has terminated, the timeout expires, or this thread is interrupted.
     *
     * @return true if the pool terminated, false if the timeout expired first
     * @throws InterruptedException if interrupted while waiting
     */
    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        throw new UnsupportedOperationException("TODO: wait, at most this long, until the pool has terminated");
    }

    /**
     * Runs all the tasks and returns their {@link Future}s, in the order of {@code tasks}, once
     * every one is done.
     *
     * @throws NullPointerException if {@code tasks} or any task in it is null
     * @throws InterruptedException if interrupted while waiting (unfinished tasks are cancelled)
     */
    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        throw new UnsupportedOperationException("TODO: run every task and return their Futures once all are done");
    }

    /**
     * Like {@link #invokeAll(Collection)}, but returns when the timeout expires even if some tasks
     * are unfinished; those are cancelled.
     */
    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException {
        throw new UnsupportedOperationException("TODO: run every task; at the deadline cancel those not done and return all the Futures");
    }

    /**
     * Runs the tasks and returns the result of one that completed successfully; the others are
     * cancelled.
     *
     * @throws NullPointerException if {@code tasks} or any task in it is null
     * @throws IllegalArgumentException if {@code tasks} is empty
     * @throws ExecutionException if every task failed
     * @throws InterruptedException if interrupted while waiting
     */
    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        throw new UnsupportedOperationException("TODO: run the tasks and return the first successful result, cancelling the rest");
    }

    /**
     * Like {@link #invokeAny(Collection)}, but gives up when the timeout expires.
     *
     * @throws TimeoutException if no task completed successfully before the timeout (the tasks
     *         are then cancelled)
     */
    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        throw new UnsupportedOperationException("TODO: like invokeAny, but throw TimeoutException if no task succeeds in time");
    }
}
