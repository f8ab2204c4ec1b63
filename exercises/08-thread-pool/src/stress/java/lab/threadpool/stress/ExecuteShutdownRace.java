package lab.threadpool.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lab.threadpool.FixedThreadPool;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * One thread keeps handing a pool tasks until the pool rejects one, while another thread shuts
 * that pool down; then both move on to the next of a few pools and do it again.
 *
 * <p>Every task must have a clear fate: a task that {@code execute()} accepted runs before the
 * pool terminates; a task it rejected never runs. A pool that checks "am I shut down?" and queues
 * the task as two separate steps lets {@code shutdown()} slip in between: the task is accepted
 * after the workers were told to stop, and it is lost.
 *
 * <p>r1: in how many pools the shutdown landed in the middle of the stream of tasks (the others
 * were shut down before their first task). r2: accepted tasks that never ran, minus rejected tasks
 * that ran, over all pools (0 when every task met its fate). r3: 1 if every pool terminated.
 */
@JCStressTest
@Outcome(id = "[0-9]+, 0, 1", expect = ACCEPTABLE, desc = "Every accepted task ran, every rejected task did not, and every pool terminated.")
@Outcome(id = ".*, [1-9][0-9]*, 1", expect = FORBIDDEN, desc = "A task was accepted, but its pool terminated without running it: a lost task.")
@Outcome(id = ".*, -[0-9]+, 1", expect = FORBIDDEN, desc = "More tasks ran than were accepted: a rejected task ran anyway.")
@Outcome(id = ".*, .*, 0", expect = FORBIDDEN, desc = "A pool was shut down but did not terminate: a worker never exited.")
@State
public class ExecuteShutdownRace {

    /** Several pools per sample: each is one more chance for the shutdown to slip in. */
    private static final int POOLS = 4;

    /** A bound on each stream of tasks, in case the stopper thread is very late. */
    private static final int MAX_TASKS = 20_000;

    /** A bound on the stopper's wait for a stream to begin, in case the actors do not overlap. */
    private static final int MAX_SPINS = 100_000;

    private final FixedThreadPool[] pools = new FixedThreadPool[POOLS];
    private final AtomicInteger ran = new AtomicInteger();
    private final int[] accepted = new int[POOLS];
    private final boolean[] rejected = new boolean[POOLS];
    private volatile int streaming = -1;

    public ExecuteShutdownRace() {
        for (int p = 0; p < POOLS; p++) {
            pools[p] = new FixedThreadPool(1);
        }
    }

    @Actor
    public void submitter() {
        for (int p = 0; p < POOLS; p++) {
            // Keep submitting until the pool says no, so that the shutdown lands among the tasks.
            while (!rejected[p] && accepted[p] < MAX_TASKS) {
                try {
                    pools[p].execute(ran::incrementAndGet);
                    accepted[p]++;
                    streaming = p;
                } catch (RejectedExecutionException e) {
                    rejected[p] = true;
                }
            }
        }
    }

    @Actor
    public void stopper() {
        for (int p = 0; p < POOLS; p++) {
            // Let this pool's stream of tasks begin (bounded, in case the actors do not overlap).
            for (int spins = 0; streaming < p && spins < MAX_SPINS; spins++) {
                Thread.onSpinWait();
            }
            pools[p].shutdown();
        }
    }

    @Arbiter
    public void arbiter(III_Result r) {
        int midStream = 0;
        int acceptedTasks = 0;
        for (int p = 0; p < POOLS; p++) {
            acceptedTasks += accepted[p];
            if (accepted[p] > 0 && rejected[p]) {
                midStream++;
            }
        }
        boolean allTerminated = true;
        try {
            for (FixedThreadPool pool : pools) {
                allTerminated &= pool.awaitTermination(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            allTerminated = false;
        }
        r.r1 = midStream;
        r.r2 = acceptedTasks - ran.get();
        r.r3 = allTerminated ? 1 : 0;
    }
}
