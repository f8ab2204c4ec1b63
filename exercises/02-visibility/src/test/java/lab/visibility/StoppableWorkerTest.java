package lab.visibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import lab.support.testing.Delays;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StoppableWorkerTest {

    /** How long a busy worker spins (in CPU time) before it is stopped: long enough for the JIT to compile its loop. */
    static final Duration WARM_UP_CPU = Delays.MEDIUM;

    @Test
    void aStopRequestedByTheStepEndsRunAfterThatStep() {
        AtomicReference<StoppableWorker> self = new AtomicReference<>();
        long[] calls = {0};
        StoppableWorker worker = new StoppableWorker(() -> {
            calls[0]++;
            if (calls[0] == 5) {
                self.get().requestStop();
            }
        });
        self.set(worker);

        worker.run();

        assertEquals(5, calls[0], "run() must check the stop request before each step: "
                + "the fifth step asked to stop, so there must be no sixth");
        assertEquals(5, worker.iterations(), "iterations() must count the steps run() completed");
    }

    @Test
    void aStopRequestedBeforeRunMeansTheStepNeverRuns() {
        long[] calls = {0};
        StoppableWorker worker = new StoppableWorker(() -> calls[0]++);

        worker.requestStop();
        worker.run();

        assertEquals(0, calls[0], "a stop requested before run() must keep the step from running at all");
        assertEquals(0, worker.iterations(), "no step completed, so iterations() must be 0");
    }

    @Test
    void aWorkerOnAnotherThreadStopsWhenAsked() {
        AtomicLong calls = new AtomicLong();
        StoppableWorker worker = new StoppableWorker(calls::incrementAndGet);

        try (TestThreads threads = new TestThreads()) {
            Thread runner = threads.start("worker", worker::run);
            awaitAtLeast(calls, 1_000);
            worker.requestStop();
            joinOrFail(runner, "requestStop() from another thread");
        }

        assertEquals(calls.get(), worker.iterations(),
                "once run() has returned, iterations() must be exact: it ran the step " + calls.get() + " times");
    }

    @Test
    void aBusyWorkerThatTouchesNoSharedStateStillSeesTheStop() {
        StoppableWorker worker = new StoppableWorker(() -> {
        });

        try (TestThreads threads = new TestThreads()) {
            Thread runner = threads.start("busy-worker", worker::run);
            awaitCpuTime(runner, WARM_UP_CPU);
            worker.requestStop();
            joinOrFail(runner, "requestStop() while the worker spun in a loop that touches no shared state");
        }
        assertTrue(worker.iterations() > 0, "the worker spun for a while, so iterations() must be above 0");
    }

    /** Waits until {@code counter} reaches {@code target}; fails after {@link Delays#LONG}. */
    static void awaitAtLeast(AtomicLong counter, long target) {
        long deadline = System.nanoTime() + Delays.LONG.toNanos();
        while (counter.get() < target) {
            if (System.nanoTime() > deadline) {
                fail("the worker ran its step only " + counter.get() + " times in " + Delays.LONG.toMillis()
                        + " ms; is run() repeating the step?");
            }
            Thread.onSpinWait();
        }
    }

    /**
     * Waits until {@code thread} has used {@code cpu} of processor time (so that the JIT has
     * compiled the loop it spins in), or until {@link Delays#LONG} has passed.
     */
    static void awaitCpuTime(Thread thread, Duration cpu) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long deadline = System.nanoTime() + Delays.LONG.toNanos();
        while (System.nanoTime() < deadline && thread.isAlive()) {
            long used = bean.isThreadCpuTimeSupported() ? bean.getThreadCpuTime(thread.threadId()) : -1;
            if (used >= cpu.toNanos()) {
                return;
            }
            Thread.yield();
        }
    }

    /** Joins the worker's thread; fails with a lesson if run() did not return after the stop request. */
    static void joinOrFail(Thread runner, String what) {
        try {
            runner.join(Delays.LONG.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while waiting for the worker");
        }
        if (runner.isAlive()) {
            fail("the worker never saw the stop: run() was still looping " + Delays.LONG.toMillis()
                    + " ms after " + what + ". A write by one thread is not guaranteed to become visible "
                    + "to another unless something orders it (happens-before); without that, the JIT may "
                    + "read the flag once, before the loop, and never again.");
        }
    }
}
