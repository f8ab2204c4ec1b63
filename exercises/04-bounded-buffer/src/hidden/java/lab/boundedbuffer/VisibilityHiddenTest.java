package lab.boundedbuffer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import lab.support.testing.Delays;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A thread that polls {@code size()} in a loop must see another thread's offer.
 *
 * <p>This is how a running program fails when {@code size()} reads the count without the lock:
 * once the JIT compiles the loop, nothing obliges it to read the field again, so it reads it
 * once and spins on that value for ever. The test first runs the loop often enough for the JIT
 * to compile it (as a long-running program would), then starts a spinner on an empty buffer,
 * waits until the spinner has been spinning for a while (measured in CPU time, so that it is
 * surely inside the loop), and only then offers an element from the test thread.
 */
@Timeout(120)
class VisibilityHiddenTest {

    /** Far more iterations than a spinner needs to see an offer. */
    private static final long SPIN_LIMIT = 500_000_000L;

    /** How much CPU time the spinner spends in its loop before the offer. */
    private static final long SPIN_CPU_NANOS = Delays.MEDIUM.toNanos();

    /** Spins while the buffer looks empty, at most {@code limit} times; true if it saw an element. */
    private static boolean spinWhileEmpty(BoundedBuffer<Integer> buffer, long limit) {
        long spins = 0;
        while (buffer.size() == 0 && spins < limit) {
            spins++;
        }
        return spins < limit;
    }

    @Test
    void sizeSeesAnOfferMadeByAnotherThread() {
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(threadBean.isThreadCpuTimeSupported(), "needs per-thread CPU time");
        BoundedBuffer<Integer> warmUp = new BoundedBuffer<>(1);
        for (int i = 0; i < 10_000; i++) {
            spinWhileEmpty(warmUp, 500);
        }
        for (int round = 0; round < 3; round++) {
            BoundedBuffer<Integer> buffer = new BoundedBuffer<>(1);
            AtomicBoolean saw = new AtomicBoolean();
            try (TestThreads threads = new TestThreads()) {
                Thread spinner = threads.start("spinner", () -> saw.set(spinWhileEmpty(buffer, SPIN_LIMIT)));
                awaitCpuTime(threadBean, spinner);
                assertTrue(buffer.offer(1));
            }
            assertTrue(saw.get(), "a thread calling size() in a loop never saw the element another thread "
                    + "had offered (it gave up after " + SPIN_LIMIT + " calls): size() must read the count under "
                    + "the lock, or the update may never become visible to it");
        }
    }

    /** Waits (bounded) until the spinner has used SPIN_CPU_NANOS of CPU time, or has finished. */
    private static void awaitCpuTime(ThreadMXBean threadBean, Thread spinner) {
        long deadline = System.nanoTime() + Delays.LONG.toNanos();
        while (spinner.isAlive() && System.nanoTime() < deadline) {
            long cpu = threadBean.getThreadCpuTime(spinner.threadId());
            if (cpu >= SPIN_CPU_NANOS) {
                return;
            }
            Thread.yield();
        }
    }
}
