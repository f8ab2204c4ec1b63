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
 * Two threads call tryAcquire at the same moment on a semaphore with one permit.
 *
 * <p>Exactly one of them may win. If the check "is a permit free?" and the step "take it" are not
 * one atomic action, both threads can see the last permit and both take it.
 *
 * <p>Results: first actor's tryAcquire, second actor's tryAcquire, permits left afterwards.
 */
@JCStressTest
@Outcome(id = "true, false, 0", expect = ACCEPTABLE, desc = "The first thread took the only permit; the second found none.")
@Outcome(id = "false, true, 0", expect = ACCEPTABLE, desc = "The second thread took the only permit; the first found none.")
@Outcome(expect = FORBIDDEN, desc = "Both threads took the last permit (or the count went wrong): "
        + "the check and the decrement are a check-then-act race.")
@State
public class TryAcquireRace {

    private final BoundedSemaphore semaphore = new BoundedSemaphore(1);

    @Actor
    public void first(ZZI_Result r) {
        r.r1 = semaphore.tryAcquire();
    }

    @Actor
    public void second(ZZI_Result r) {
        r.r2 = semaphore.tryAcquire();
    }

    @Arbiter
    public void permitsLeft(ZZI_Result r) {
        r.r3 = semaphore.availablePermits();
    }
}
