package lab.visibility.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import lab.visibility.StoppableWorker;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * A stop request must reach a worker that is busy in its loop.
 *
 * <p>The first actor runs a worker whose step does almost nothing, so that the loop touches no
 * memory another thread writes except the stop flag. The second actor waits until the worker
 * is running and asks it to stop. If the flag is a plain field, the JIT compiler may read it once,
 * before the loop, and never again: the worker would spin forever. To keep the test finite the
 * step gives up after {@value #RUNAWAY_STEPS} steps, and that outcome is the failure.
 *
 * <p>The JIT only does this to compiled code, so the class first runs a few workers to get
 * {@code run()} compiled: then even jcstress's shortest mode ({@code -m sanity}, a handful of
 * samples) exercises the compiled loop. jcstress's {@code Mode.Termination} would be the textbook
 * tool, but it takes no samples at all in {@code -m sanity}.
 *
 * <p>Result r1: 1 when run() returned after the stop request, 0 when the worker ignored it.
 */
@JCStressTest
@Outcome(id = "1", expect = ACCEPTABLE,
        desc = "The worker saw the stop request and its run() returned.")
@Outcome(id = "0", expect = FORBIDDEN,
        desc = "The worker ignored the stop request: run() kept looping long after requestStop() returned. "
                + "The stop flag is not visible to the worker thread.")
@Outcome(id = "2", expect = ACCEPTABLE_INTERESTING,
        desc = "Not run: an earlier worker in this JVM already ignored its stop request.")
@State
public class StopFlagStress {

    /**
     * Steps after which a worker counts as having ignored its stop request: about a second of
     * compiled spinning, far more than a correct worker runs while the second actor gets round to
     * stopping it, even on a loaded machine.
     */
    static final long RUNAWAY_STEPS = 1_000_000_000L;

    /** Set once a worker ran away, so that later samples do not each spin for seconds. */
    private static volatile boolean someWorkerRanAway;

    static {
        warmUp();
    }

    private final RunawayGuard step = new RunawayGuard(RUNAWAY_STEPS);
    private final StoppableWorker worker = new StoppableWorker(step);
    private volatile boolean running;

    @Actor
    public void work(I_Result r) {
        running = true;
        if (someWorkerRanAway) {
            r.r1 = 2;
            return;
        }
        try {
            worker.run();
            r.r1 = 1;
        } catch (RanAway e) {
            someWorkerRanAway = true;
            r.r1 = 0;
        }
    }

    @Actor
    public void stop() {
        while (!running) {
            Thread.onSpinWait();
        }
        // Give the worker a moment to enter its loop, so that the request arrives while it spins.
        long until = System.nanoTime() + 20_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        worker.requestStop();
    }

    /** Runs workers that stop themselves (through the guard) until run() is compiled. */
    private static void warmUp() {
        for (int i = 0; i < 1_000; i++) {
            try {
                new StoppableWorker(new RunawayGuard(100_000)).run();
            } catch (RanAway expected) {
                // the guard ended this warm-up run, as intended
            }
        }
    }

    /** A step that does no work but gives up after a given number of steps. */
    static final class RunawayGuard implements Runnable {
        private final long limit;
        private long steps; // touched by the worker thread only: no other thread reads it

        RunawayGuard(long limit) {
            this.limit = limit;
        }

        @Override
        public void run() {
            if (++steps > limit) {
                throw RanAway.INSTANCE;
            }
        }
    }

    /** Thrown by the guard; preallocated, without a stack trace, because only its type matters. */
    static final class RanAway extends RuntimeException {
        static final RanAway INSTANCE = new RanAway();

        private RanAway() {
            super("the worker ran away", null, false, false);
        }
    }
}
