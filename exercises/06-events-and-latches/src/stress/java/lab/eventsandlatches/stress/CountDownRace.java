package lab.eventsandlatches.stress;

import java.util.concurrent.TimeUnit;
import lab.eventsandlatches.Latch;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IZ_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two threads count down a latch of 200,000 at the same time, 100,000 times each.
 *
 * <p>Every countDown must land: the latch ends at 0 and open. If the decrement is a read and a
 * write that another thread can slip between, two countDowns can both read the same count and
 * one is lost; the latch then never opens.
 *
 * <p>Results: the count afterwards, and whether await with timeout 0 found the latch open.
 */
@JCStressTest
@Outcome(id = "0, true", expect = ACCEPTABLE, desc = "All 200,000 countDowns landed: the latch is open.")
@Outcome(expect = FORBIDDEN, desc = "Some countDowns were lost (two threads read the same count and wrote "
        + "the same value), or the count and the open state disagree: the latch will never open.")
@State
public class CountDownRace {

    private static final int PER_ACTOR = 100_000;

    private final Latch latch = new Latch(2 * PER_ACTOR);

    @Actor
    public void first() {
        countDownMany();
    }

    @Actor
    public void second() {
        countDownMany();
    }

    @Arbiter
    public void check(IZ_Result r) {
        r.r1 = latch.getCount();
        try {
            r.r2 = latch.await(0, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            r.r2 = false;
        }
    }

    private void countDownMany() {
        for (int i = 0; i < PER_ACTOR; i++) {
            latch.countDown();
        }
    }
}
