package lab.support.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The threads one test starts: started by name, joined and checked before the test ends.
 *
 * <p>Use it in try-with-resources. {@link #close()} joins every thread (bounded by
 * {@link Delays#LONG}), fails the test if one is still alive (a hang or a leaked thread, reported
 * with its stack), and rethrows the first failure any of them threw, so that an assertion on a
 * worker thread fails the test instead of vanishing.
 *
 * <pre>{@code
 * try (TestThreads threads = new TestThreads()) {
 *     Thread taker = threads.start("taker", () -> buffer.take());
 *     threads.awaitBlocked(taker);
 *     buffer.put("x");
 * }
 * }</pre>
 */
public final class TestThreads implements AutoCloseable {

    /** A body of a test thread that may throw anything. */
    @FunctionalInterface
    public interface Body {
        void run() throws Throwable;
    }

    /** The body of one of several threads started together; {@code index} tells them apart. */
    @FunctionalInterface
    public interface IndexedBody {
        void run(int index) throws Throwable;
    }

    private final List<Thread> started = new ArrayList<>();
    private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

    /** Starts a thread with the given name; its failure, if any, is rethrown by {@link #close()}. */
    public Thread start(String name, Body body) {
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable failure) {
                failures.add(failure);
            }
        }, name);
        thread.setDaemon(true);
        started.add(thread);
        thread.start();
        return thread;
    }

    /**
     * Starts {@code count} threads named {@code namePrefix-0 ...} that all begin {@code body} at
     * the same moment (behind a barrier), to make races as likely as possible without sleeping.
     */
    public List<Thread> startTogether(int count, String namePrefix, IndexedBody body) {
        CyclicBarrier gate = new CyclicBarrier(count);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            threads.add(start(namePrefix + "-" + i, () -> {
                awaitGate(gate);
                body.run(index);
            }));
        }
        return threads;
    }

    /** Starts {@code count} threads together, then joins and checks them all. */
    public static void runTogether(int count, String namePrefix, IndexedBody body) {
        try (TestThreads threads = new TestThreads()) {
            threads.startTogether(count, namePrefix, body);
        }
    }

    /**
     * Waits until {@code thread} is parked in a blocking call (WAITING or TIMED_WAITING) or
     * blocked on a monitor; fails if it finishes or does not block within {@link Delays#LONG}.
     */
    public void awaitBlocked(Thread thread) {
        awaitUntil(thread, "block", state -> state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING
                || state == Thread.State.BLOCKED);
    }

    /**
     * Waits until {@code thread} waits for a signal (in {@code Condition.await}, {@code Object.wait},
     * a park of its own...), not merely for a lock: a thread that called an {@code await} method
     * built on a {@code ReentrantLock} is parked (WAITING) while it queues for the lock, before it
     * has looked at any state, and a signal sent then is not one it was waiting for. Fails if the
     * thread finishes or does not wait within {@link Delays#LONG}.
     */
    public void awaitWaiting(Thread thread) {
        awaitUntil(thread, "wait", state -> (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                && !queuedForLock(thread));
    }

    /** Spins (bounded by {@link Delays#LONG}) until the thread's state passes the test. */
    private void awaitUntil(Thread thread, String verb, Predicate<Thread.State> reached) {
        long deadline = System.nanoTime() + Delays.LONG.toNanos();
        while (System.nanoTime() < deadline) {
            Thread.State state = thread.getState();
            if (reached.test(state)) {
                return;
            }
            if (state == Thread.State.TERMINATED) {
                rethrowFirstFailure();
                throw new AssertionError(thread.getName() + " finished, but it should " + verb
                        + " (it returned without waiting)");
            }
            Thread.onSpinWait();
            Thread.yield();
        }
        throw new AssertionError(thread.getName() + " did not " + verb + " within " + Delays.LONG.toMillis()
                + " ms; it is " + thread.getState() + " at\n" + stackOf(thread));
    }

    /**
     * Whether the thread's stack shows it acquiring a lock of {@code java.util.concurrent.locks}
     * ({@code lock()}, {@code lockInterruptibly()}, {@code tryLock(timeout)}, {@code writeLock()} ...).
     * A condition wait re-acquiring its lock after a signal is not counted: it was signalled already.
     */
    static boolean queuedForLock(Thread thread) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            String type = frame.getClassName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.")) {
                return false; // below the JDK's frames: the code that called the blocking method
            }
            if (type.contains("ConditionObject")) {
                return false;
            }
            if (type.startsWith("java.util.concurrent.locks.") && acquiresALock(frame.getMethodName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * lock, lockInterruptibly, tryLock, writeLock, readLockInterruptibly, tryWriteLock ... but not
     * the condition queue's own {@code block} (which a case-blind "contains lock" would match).
     */
    private static boolean acquiresALock(String method) {
        return method.startsWith("lock") || method.startsWith("tryLock") || method.endsWith("Lock")
                || method.endsWith("LockInterruptibly") || method.startsWith("tryWriteLock") || method.startsWith("tryReadLock");
    }

    /** Joins one thread, bounded by {@link Delays#LONG}; fails with its stack if it is still alive. */
    public void join(Thread thread) {
        try {
            thread.join(Delays.LONG.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while joining " + thread.getName(), e);
        }
        if (thread.isAlive()) {
            throw new AssertionError(thread.getName() + " is still running after "
                    + Delays.LONG.toMillis() + " ms (a hang, a deadlock or a missed wake-up?); it is at\n"
                    + stackOf(thread) + deadlockReport());
        }
        rethrowFirstFailure();
    }

    /** Joins every started thread and rethrows the first failure, if any. */
    @Override
    public void close() {
        for (Thread thread : started) {
            join(thread);
        }
        rethrowFirstFailure();
    }

    private void rethrowFirstFailure() {
        Throwable first = failures.peek();
        if (first == null) {
            return;
        }
        if (first instanceof Error error) {
            throw error;
        }
        if (first instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new AssertionError("a test thread threw " + first, first);
    }

    private static void awaitGate(CyclicBarrier gate) throws InterruptedException, BrokenBarrierException {
        try {
            gate.await(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the threads of this test never all started", e);
        }
    }

    private static String stackOf(Thread thread) {
        return Arrays.stream(thread.getStackTrace())
                .map(frame -> "    at " + frame)
                .collect(Collectors.joining("\n"));
    }

    private static String deadlockReport() {
        long[] ids = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
        if (ids == null) {
            return "";
        }
        StringBuilder report = new StringBuilder("\nDeadlock:");
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().getThreadInfo(ids)) {
            if (info != null) {
                report.append("\n  ").append(info.getThreadName()).append(" waits for ")
                        .append(info.getLockName()).append(" held by ").append(info.getLockOwnerName());
            }
        }
        return report.toString();
    }
}
