package lab.grader.fork.inside;

import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the JVM's view of blocked threads into sentences a student can act on. */
final class DeadlockReport {

    private static final int DUMP_FRAMES = 12;

    private DeadlockReport() {
    }

    /** The current deadlock cycle in words, or an empty string when there is none. */
    static String describe(ThreadMXBean threads) {
        long[] ids = threads.findDeadlockedThreads();
        return ids == null ? "" : describeCycle(threads.getThreadInfo(ids, true, true));
    }

    /**
     * Walks the cycle from the first thread: "transfer-1 holds Account@1b2c and waits for
     * Account@3d4e, which transfer-2 holds; transfer-2 holds ... : a cycle, so none can go on."
     */
    static String describeCycle(ThreadInfo[] infos) {
        Map<Long, ThreadInfo> byId = new HashMap<>();
        for (ThreadInfo info : infos) {
            if (info != null) {
                byId.put(info.getThreadId(), info);
            }
        }
        if (byId.isEmpty()) {
            return "";
        }
        // The lock a thread holds that matters is the one the thread before it in the cycle waits for.
        Map<Long, String> heldInCycle = new HashMap<>();
        for (ThreadInfo info : byId.values()) {
            heldInCycle.put(info.getLockOwnerId(), readable(info.getLockName()));
        }
        List<String> steps = new ArrayList<>();
        ThreadInfo current = byId.values().iterator().next();
        for (int i = 0; i < byId.size() && current != null; i++) {
            steps.add(current.getThreadName() + " holds " + heldInCycle.getOrDefault(current.getThreadId(), "a lock")
                    + " and waits for " + readable(current.getLockName()) + ", which "
                    + current.getLockOwnerName() + " holds" + where(current));
            current = byId.get(current.getLockOwnerId());
        }
        return "Deadlock: " + String.join("; ", steps)
                + ". Each thread waits for a lock the next one holds, in a cycle, so none can go on.";
    }

    /** A compact dump of every thread: name, state, what it waits for, and its top frames. */
    static String threadDump(ThreadMXBean threads) {
        StringBuilder dump = new StringBuilder();
        for (ThreadInfo info : threads.dumpAllThreads(true, true)) {
            if (info.getThreadName().startsWith("lab-watchdog")) {
                continue;
            }
            dump.append('"').append(info.getThreadName()).append("\" ").append(info.getThreadState());
            if (info.getLockName() != null) {
                dump.append(" on ").append(readable(info.getLockName()));
                if (info.getLockOwnerName() != null) {
                    dump.append(" held by \"").append(info.getLockOwnerName()).append('"');
                }
            }
            dump.append('\n');
            StackTraceElement[] frames = info.getStackTrace();
            for (int i = 0; i < Math.min(DUMP_FRAMES, frames.length); i++) {
                dump.append("    at ").append(frames[i]).append('\n');
            }
        }
        return dump.toString();
    }

    /** "java.util.concurrent.locks.ReentrantLock$NonfairSync@1b2c" becomes "ReentrantLock@1b2c". */
    static String readable(String lockName) {
        if (lockName == null) {
            return "a lock";
        }
        String name = lockName.replaceAll("\\$(Nonfair|Fair)?Sync@", "@");
        int at = name.indexOf('@');
        String type = at < 0 ? name : name.substring(0, at);
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return at < 0 ? simple : simple + name.substring(at);
    }

    private static String where(ThreadInfo info) {
        for (StackTraceElement frame : info.getStackTrace()) {
            if (frame.getClassName().startsWith("lab.") && !frame.getClassName().startsWith("lab.grader.")) {
                return " (at " + frame + ")";
            }
        }
        return "";
    }
}
