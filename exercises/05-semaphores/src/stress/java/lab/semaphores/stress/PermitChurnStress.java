package lab.semaphores.stress;

import java.util.concurrent.atomic.AtomicInteger;
import lab.semaphores.BoundedSemaphore;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two threads take and give back the single permit of a semaphore, 10,000 times each, using
 * tryAcquire.
 *
 * <p>The same race as {@link TryAcquireRace}, given many more chances to happen: every time both
 * threads reach for the free permit together, only one may get it. A second counter records how
 * many threads hold the permit at each moment.
 *
 * <p>Results: how many times both threads held the permit at once, and the permits left at the end.
 */
@JCStressTest
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "The permit never had two holders, and it was back at the end.")
@Outcome(expect = FORBIDDEN, desc = "Both threads held the only permit at the same time (or the count is wrong "
        + "at the end): taking the permit is a check-then-act race.")
@State
public class PermitChurnStress {

    private static final int ROUNDS = 10_000;

    private final BoundedSemaphore semaphore = new BoundedSemaphore(1);
    private final AtomicInteger holders = new AtomicInteger();
    private final AtomicInteger overlaps = new AtomicInteger();

    @Actor
    public void first() {
        churn();
    }

    @Actor
    public void second() {
        churn();
    }

    @Arbiter
    public void check(II_Result r) {
        r.r1 = overlaps.get();
        r.r2 = semaphore.availablePermits();
    }

    private void churn() {
        for (int i = 0; i < ROUNDS; i++) {
            if (semaphore.tryAcquire()) {
                if (holders.incrementAndGet() > 1) {
                    overlaps.incrementAndGet();
                }
                holders.decrementAndGet();
                semaphore.release();
            }
        }
    }
}
