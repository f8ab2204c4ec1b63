package lab.grader.fork.inside;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A daemon thread in the forked JVM that watches the code under test: it names deadlock cycles as
 * soon as they form, stops a thread bomb, and before the time limit runs out sends a thread dump
 * so that the report can say where a hang was.
 *
 * <p>The grader also kills the JVM from outside a little after the limit, so a JVM too busy to run
 * this thread still ends; the report then just lacks the dump.
 *
 * <p>In a speed fork it does not look for deadlocks as they form: each look stops every thread of
 * the JVM at a safepoint, and five stops a second took 3-5% off the matrix reference's measured
 * speedup on 2 cores (four interleaved comparisons, e.g. 1.90x without them, 1.83x with). A
 * deadlock there still ends the run at the time limit, with the cycle named in the dump.
 */
final class Watchdog extends Thread {

    private static final long POLL_MILLIS = 200;
    private static final long DUMP_BEFORE_LIMIT_MILLIS = 1500;

    private final ResultChannel channel;
    private final long deadlineNanos;
    private final int maxThreads;
    private final boolean watchForDeadlocks;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Set<Long> reportedDeadlocked = new HashSet<>();
    private final Set<String> runningTests = ConcurrentHashMap.newKeySet();

    Watchdog(ResultChannel channel, int timeLimitSeconds, int maxThreads, boolean watchForDeadlocks) {
        super("lab-watchdog");
        this.channel = channel;
        this.deadlineNanos = System.nanoTime() + timeLimitSeconds * 1_000_000_000L - DUMP_BEFORE_LIMIT_MILLIS * 1_000_000L;
        this.maxThreads = maxThreads;
        this.watchForDeadlocks = watchForDeadlocks;
        setDaemon(true);
        setPriority(MAX_PRIORITY);
    }

    void testStarted(String item) {
        runningTests.add(item);
    }

    void testFinished(String item) {
        runningTests.remove(item);
    }

    @Override
    public void run() {
        while (true) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                // Nobody but this class may stop the watchdog; carry on.
            }
            if (watchForDeadlocks) {
                reportNewDeadlocks();
            }
            if (threads.getThreadCount() > maxThreads) {
                channel.emit("abort", "reason", "the code under test started more than " + maxThreads
                        + " threads at once (a thread bomb?)");
                Runtime.getRuntime().halt(3);
            }
            if (System.nanoTime() > deadlineNanos) {
                channel.emit("timeout", "running", Set.copyOf(runningTests),
                        "deadlock", DeadlockReport.describe(threads), "dump", DeadlockReport.threadDump(threads));
                Runtime.getRuntime().halt(4);
            }
        }
    }

    private void reportNewDeadlocks() {
        long[] ids = threads.findDeadlockedThreads();
        if (ids == null) {
            return;
        }
        boolean isNew = false;
        for (long id : ids) {
            isNew |= reportedDeadlocked.add(id);
        }
        if (isNew) {
            ThreadInfo[] infos = threads.getThreadInfo(ids, true, true);
            channel.emit("deadlock", "running", Set.copyOf(runningTests),
                    "description", DeadlockReport.describeCycle(infos));
        }
    }
}
