/*
 * Mutant: shutdown-drops-queued
 * Bug: a worker stops as soon as the pool is shut down instead of when the queue is empty, so the tasks still queued at shutdown() never run.
 * Caught by: tests
 */
package lab.threadpool;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A thread pool with a fixed number of worker threads that take tasks from one shared queue.
 *
 * <p>Workers are started lazily: each of the first {@code threads} tasks starts a worker that runs
 * it, and from then on every task waits in a FIFO queue until a worker is idle. A worker is never
 * replaced, so the pool never has more than {@code threads} threads.
 *
 * <p>{@code submit}, {@code invokeAll} and {@code invokeAny} come from
 * {@link AbstractExecutorService}, which builds them on {@link #execute(Runnable)} with
 * {@link java.util.concurrent.FutureTask}.
 */
public class FixedThreadPool extends AbstractExecutorService {

    /** The life cycle of the pool. It only ever moves forward. */
    private enum State {
        /** Accepts tasks. */
        RUNNING,
        /** Rejects new tasks but runs every task already queued. */
        SHUTDOWN,
        /** Rejects new tasks, has handed back the queued ones and interrupted the running ones. */
        STOP,
        /** Shut down and every worker has exited. */
        TERMINATED
    }

    /**
     * The poison pill: shutdown() queues one per worker behind the tasks already queued. A worker
     * that takes it exits, so every task queued before shutdown still runs.
     */
    private static final Runnable POISON_PILL = () -> { };

    private final int threads;
    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

    // The lock makes "check the state, then queue the task" one step, so that shutdown() can never
    // slip in between: a task is either rejected or queued in front of the poison pills.
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition terminated = lock.newCondition();
    private final Set<Thread> workers = new HashSet<>(); // guarded by lock; the live workers
    private int workersStarted; // guarded by lock
    private volatile State state = State.RUNNING; // written under lock, read by workers without it

    /**
     * Creates a pool of {@code threads} worker threads.
     *
     * @param threads the number of workers, at least 1
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public FixedThreadPool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a pool needs at least one thread, not " + threads);
        }
        this.threads = threads;
    }

    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task, "task");
        lock.lock();
        try {
            if (state != State.RUNNING) {
                throw new RejectedExecutionException("the pool is shut down and takes no new tasks");
            }
            if (workersStarted < threads) {
                startWorker(task);
            } else {
                queue.add(task);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void shutdown() {
        lock.lock();
        try {
            if (state != State.RUNNING) {
                return;
            }
            state = State.SHUTDOWN;
            // One pill per worker, behind every queued task: FIFO order makes the workers finish
            // the queue before they stop. Running tasks are not interrupted.
            for (int i = 0; i < workers.size(); i++) {
                queue.add(POISON_PILL);
            }
            terminateIfDone();
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
            List<Runnable> neverStarted = new ArrayList<>();
            queue.drainTo(neverStarted);
            neverStarted.removeIf(task -> task == POISON_PILL);
            // A worker waiting for a task wakes up and sees STOP; a running task gets the
            // interrupt as a request to stop early.
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
        return state != State.RUNNING;
    }

    @Override
    public boolean isTerminated() {
        return state == State.TERMINATED;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lock();
        try {
            while (state != State.TERMINATED) {
                if (nanos <= 0L) {
                    return false;
                }
                nanos = terminated.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Starts one more worker that runs {@code firstTask} before it takes tasks from the queue. */
    private void startWorker(Runnable firstTask) {
        workersStarted++;
        Thread worker = new Thread(() -> runWorker(firstTask), "fixed-pool-worker-" + workersStarted);
        workers.add(worker);
        worker.start();
    }

    /** The worker loop: run a task, take the next one, until there is none to take. */
    private void runWorker(Runnable firstTask) {
        try {
            Runnable task = firstTask;
            while (task != null) {
                runTask(task);
                task = nextTask();
            }
        } finally {
            workerExited(Thread.currentThread());
        }
    }

    /** Runs one task; whatever it throws, the worker survives to run the next one. */
    private void runTask(Runnable task) {
        // An interrupt meant for the previous task (Future.cancel(true)) must not reach this one;
        // but once shutdownNow() has been called, every task should see the interrupt.
        Thread.interrupted();
        if (state == State.STOP) {
            Thread.currentThread().interrupt();
        }
        try {
            task.run();
        } catch (RuntimeException | Error failure) {
            // Only a task given to execute() gets here (a Future catches its task's exceptions).
            // Nobody waits for its result, so report it the way an uncaught exception is reported.
            Thread self = Thread.currentThread();
            self.getUncaughtExceptionHandler().uncaughtException(self, failure);
        }
    }

    /** Waits for the next task; returns null when this worker should exit. */
    private Runnable nextTask() {
        while (state == State.RUNNING) {
            try {
                Runnable task = queue.take();
                return task == POISON_PILL ? null : task;
            } catch (InterruptedException e) {
                // Either shutdownNow() (the loop sees STOP) or a stale cancel(true) interrupt: go on.
            }
        }
        return null;
    }

    private void workerExited(Thread worker) {
        lock.lock();
        try {
            workers.remove(worker);
            terminateIfDone();
        } finally {
            lock.unlock();
        }
    }

    /** Moves to TERMINATED once the pool is shut down and its last worker has exited. */
    private void terminateIfDone() {
        if ((state == State.SHUTDOWN || state == State.STOP) && workers.isEmpty()) {
            state = State.TERMINATED;
            terminated.signalAll();
        }
    }
}
