package lab.semaphores.stress;

import lab.semaphores.BoundedSemaphore;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZZI_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two threads release at the same moment a semaphore of one permit that was acquired once.
 *
 * <p>One release gives the permit back; the other would exceed the bound and must be refused. If
 * the bound check and the increment are not one atomic action, both releases can pass the check
 * (two permits where only one may exist), or one increment can be lost.
 *
 * <p>Results: whether the first release was accepted, whether the second was, permits afterwards.
 */
@JCStressTest
@Outcome(id = "true, false, 1", expect = ACCEPTABLE, desc = "The first release was accepted and the second refused: the bound held.")
@Outcome(id = "false, true, 1", expect = ACCEPTABLE, desc = "The second release was accepted and the first refused: the bound held.")
@Outcome(expect = FORBIDDEN, desc = "Both releases were accepted, or none, or the count is wrong: "
        + "the bound check and the increment raced.")
@State
public class OverReleaseRace {

    private final BoundedSemaphore semaphore = new BoundedSemaphore(1);

    public OverReleaseRace() {
        if (!semaphore.tryAcquire()) {
            throw new IllegalStateException("a new BoundedSemaphore(1) must give its permit to tryAcquire");
        }
    }

    @Actor
    public void first(ZZI_Result r) {
        r.r1 = accepted();
    }

    @Actor
    public void second(ZZI_Result r) {
        r.r2 = accepted();
    }

    @Arbiter
    public void permitsLeft(ZZI_Result r) {
        r.r3 = semaphore.availablePermits();
    }

    private boolean accepted() {
        try {
            semaphore.release();
            return true;
        } catch (IllegalStateException refused) {
            return false;
        }
    }
}
