/*
 * Alternative: eager-workers
 * Design: all workers start in the constructor and wait on a hand-written FIFO (an ArrayDeque
 * guarded by the pool's lock and a Condition) instead of a BlockingQueue; workers exit by reading
 * the state, with no poison pills; and the class implements ExecutorService itself, writing
 * submit, invokeAll and invokeAny on FutureTask instead of inheriting AbstractExecutorService.
 */
package lab.threadpool;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A thread pool with a fixed number of worker threads that take tasks from one shared queue.
 *
 * <p>Workers are started eagerly: the constructor starts all {@code threads} of them, and they
 * wait for tasks from then on. No thread is ever started again, so the pool never has more than
 * {@code threads} threads.
 *
 * <p>One lock guards everything that changes: the queue of tasks, the life-cycle state and the
 * number of workers still running. Idle workers wait on the {@code workOrStop} condition; threads
 * in {@link #awaitTermination} wait on {@code allExited}.
 */
public class FixedThreadPool implements ExecutorService {

    /** The life cycle of the pool. It only ever moves forward. */
    private enum State {
        /** Accepts tasks. */
        RUNNING,
        /** Rejects new tasks; the workers finish the queue, then exit. */
        SHUTDOWN,
        /** Rejects new tasks; the queue was handed back, running tasks were interrupted. */
        STOP,
        /** Shut down, and every worker has exited. */
        TERMINATED
    }

    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when a task is queued (one worker) or the state leaves RUNNING (every worker). */
    private final Condition workOrStop = lock.newCondition();
    /** Signalled once, when the pool terminates. */
    private final Condition allExited = lock.newCondition();

    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>(); // guarded by lock
    private State state = State.RUNNING; // guarded by lock
    private int liveWorkers; // guarded by lock

    /** Every worker the pool will ever have; fixed in the constructor. */
    private final List<Thread> workers;

    /**
     * Creates a pool and starts its {@code threads} worker threads.
     *
     * @param threads the number of workers, at least 1
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public FixedThreadPool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a pool needs at least one thread, not " + threads);
        }
        List<Thread> created = new ArrayList<>(threads);
        for (int i = 1; i <= threads; i++) {
            created.add(new Thread(this::work, "eager-pool-worker-" + i));
        }
        workers = List.copyOf(created);
        liveWorkers = threads;
        // Started last: Thread.start() happens-before everything the new thread does, so each
        // worker sees every field above as the constructor set it.
        for (Thread worker : workers) {
            worker.start();
        }
    }

    // ------------------------------------------------------------------ accepting work

    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task, "task");
        lock.lock();
        try {
            // Checking the state and queueing the task happen under the lock that shutdown()
            // takes to change the state: a task is either rejected, or queued before the workers
            // can decide that the queue is empty for good.
            if (state != State.RUNNING) {
                throw new RejectedExecutionException("the pool is shut down and takes no new tasks");
            }
            tasks.addLast(task);
            workOrStop.signal();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> Future<T> submit(Callable<T> task) {
        FutureTask<T> future = new FutureTask<>(Objects.requireNonNull(task, "task"));
        execute(future);
        return future;
    }

    @Override
    public <T> Future<T> submit(Runnable task, T result) {
        FutureTask<T> future = new FutureTask<>(Objects.requireNonNull(task, "task"), result);
        execute(future);
        return future;
    }

    @Override
    public Future<?> submit(Runnable task) {
        return submit(task, null);
    }

    // ------------------------------------------------------------------ the life cycle

    @Override
    public void shutdown() {
        lock.lock();
        try {
            if (state == State.RUNNING) {
                state = State.SHUTDOWN;
                // Idle workers wake, find the queue empty and exit; busy ones exit once they
                // have emptied it. Nobody is interrupted.
                workOrStop.signalAll();
                terminateIfDone();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<Runnable> shutdownNow() {
        lock.lock();
        try {
            if (state == State.RUNNING || state == State.SHUTDOWN) {
                state = State.STOP;
            }
            List<Runnable> neverStarted = new ArrayList<>(tasks);
            tasks.clear();
            workOrStop.signalAll();
            // Idle workers do not need the interrupt (the signal wakes them), but running tasks
            // get it as the request to stop early. A worker takes the interrupt-flag reset and its
            // next task under this lock, so the interrupt cannot be lost in between.
            for (Thread worker : workers) {
                worker.interrupt();
            }
            terminateIfDone();
            return neverStarted;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isShutdown() {
        lock.lock();
        try {
            return state != State.RUNNING;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isTerminated() {
        lock.lock();
        try {
            return state == State.TERMINATED;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long left = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (state != State.TERMINATED) {
                if (left <= 0) {
                    return false;
                }
                left = allExited.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------ the workers

    /** The body of every worker: take a task, run it, until there is no more work for good. */
    private void work() {
        try {
            for (Runnable task = nextTask(); task != null; task = nextTask()) {
                runTask(task);
            }
        } finally {
            lock.lock();
            try {
                liveWorkers--;
                terminateIfDone();
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Waits for the next task; returns null when this worker should exit: after shutdownNow(),
     * or after shutdown() once the queue is empty.
     */
    private Runnable nextTask() {
        lock.lock();
        try {
            while (tasks.isEmpty() && state == State.RUNNING) {
                // Uninterruptibly: an interrupt here is a leftover of cancel(true) and means
                // nothing to an idle worker; shutdownNow() wakes it with a signal.
                workOrStop.awaitUninterruptibly();
            }
            if (state == State.STOP || tasks.isEmpty()) {
                return null;
            }
            // Drop any interrupt meant for the previous task. Doing it under the lock matters:
            // shutdownNow() interrupts under the same lock, so its interrupt comes after this
            // reset and reaches the task, never before it and lost.
            Thread.interrupted();
            return tasks.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    /** Runs one task; whatever it throws, the worker lives on to run the next one. */
    private static void runTask(Runnable task) {
        try {
            task.run();
        } catch (Throwable failure) {
            // Only a task given straight to execute() gets here (a FutureTask keeps its task's
            // exception for get()). Report it as an uncaught exception would be reported; like
            // the JVM, ignore anything the handler itself throws.
            Thread self = Thread.currentThread();
            try {
                self.getUncaughtExceptionHandler().uncaughtException(self, failure);
            } catch (Throwable ignored) {
                // the handler failed: nothing more to do
            }
        }
    }

    /** Moves to TERMINATED once the pool is shut down and no worker is left. Lock held. */
    private void terminateIfDone() {
        if ((state == State.SHUTDOWN || state == State.STOP) && liveWorkers == 0) {
            state = State.TERMINATED;
            allExited.signalAll();
        }
    }

    // ------------------------------------------------------------------ batches

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        List<FutureTask<T>> futures = futuresOf(tasks);
        try {
            for (FutureTask<T> future : futures) {
                execute(future);
            }
            for (FutureTask<T> future : futures) {
                awaitDone(future);
            }
            return new ArrayList<>(futures);
        } catch (InterruptedException | RuntimeException | Error e) {
            cancelAll(futures);
            throw e;
        }
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException {
        long budget = budgetOf(timeout, unit);
        long start = System.nanoTime();
        List<FutureTask<T>> futures = futuresOf(tasks);
        try {
            for (FutureTask<T> future : futures) {
                execute(future);
            }
            for (FutureTask<T> future : futures) {
                long left = budget - (System.nanoTime() - start);
                if (left <= 0) {
                    break;
                }
                try {
                    future.get(left, TimeUnit.NANOSECONDS);
                } catch (ExecutionException | CancellationException finishedAnyway) {
                    // done: the Future keeps the outcome for the caller
                } catch (TimeoutException timedOut) {
                    break;
                }
            }
            // Whatever is not done at the deadline is cancelled (done ones ignore cancel).
            cancelAll(futures);
            return new ArrayList<>(futures);
        } catch (InterruptedException | RuntimeException | Error e) {
            cancelAll(futures);
            throw e;
        }
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        try {
            return firstSuccess(tasks, false, 0);
        } catch (TimeoutException impossible) {
            throw new AssertionError("an untimed invokeAny timed out", impossible);
        }
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        return firstSuccess(tasks, true, budgetOf(timeout, unit));
    }

    /**
     * The time a timed call may wait, in nanoseconds: never negative, so that "budget - elapsed"
     * cannot overflow (a timeout of {@code Long.MIN_VALUE} would otherwise become a huge wait).
     * {@code toNanos} already caps a huge timeout at {@code Long.MAX_VALUE}.
     */
    private static long budgetOf(long timeout, TimeUnit unit) {
        return Math.max(0, unit.toNanos(timeout));
    }

    /**
     * Runs every task and returns the first successful result; cancels the others on the way out,
     * whatever the way out is.
     */
    private <T> T firstSuccess(Collection<? extends Callable<T>> tasks, boolean timed, long budget)
            throws InterruptedException, ExecutionException, TimeoutException {
        Objects.requireNonNull(tasks, "tasks");
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("invokeAny needs at least one task");
        }
        long start = System.nanoTime();
        // Each Future reports itself here when it completes, in the order they complete.
        BlockingQueue<Future<T>> completed = new LinkedBlockingQueue<>();
        List<FutureTask<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            Objects.requireNonNull(task, "a task in the collection is null");
            futures.add(new FutureTask<>(task) {
                @Override
                protected void done() {
                    completed.add(this);
                }
            });
        }
        try {
            for (FutureTask<T> future : futures) {
                execute(future);
            }
            ExecutionException lastFailure = null;
            for (int pending = futures.size(); pending > 0; pending--) {
                Future<T> next;
                if (timed) {
                    next = completed.poll(budget - (System.nanoTime() - start), TimeUnit.NANOSECONDS);
                    if (next == null) {
                        throw new TimeoutException("no task succeeded in time");
                    }
                } else {
                    next = completed.take();
                }
                try {
                    return next.get();
                } catch (ExecutionException failure) {
                    lastFailure = failure;
                } catch (CancellationException cancelled) {
                    lastFailure = new ExecutionException("a task was cancelled", cancelled);
                }
            }
            throw lastFailure;
        } finally {
            cancelAll(futures);
        }
    }

    /** FutureTasks for every task, after checking that none is null (before any of them runs). */
    private static <T> List<FutureTask<T>> futuresOf(Collection<? extends Callable<T>> tasks) {
        Objects.requireNonNull(tasks, "tasks");
        List<FutureTask<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            futures.add(new FutureTask<>(Objects.requireNonNull(task, "a task in the collection is null")));
        }
        return futures;
    }

    /** Waits until {@code future} is done, however it ended. */
    private static void awaitDone(Future<?> future) throws InterruptedException {
        try {
            future.get();
        } catch (ExecutionException | CancellationException finishedAnyway) {
            // done: the Future keeps the outcome for the caller
        }
    }

    private static void cancelAll(List<? extends Future<?>> futures) {
        for (Future<?> future : futures) {
            future.cancel(true);
        }
    }
}
