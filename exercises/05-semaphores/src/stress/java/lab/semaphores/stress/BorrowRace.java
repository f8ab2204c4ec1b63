package lab.semaphores.stress;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import lab.semaphores.ConnectionPool;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZZI_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two threads borrow at the same moment, without waiting, from a pool of one connection.
 *
 * <p>The single connection may go to one of them only.
 *
 * <p>Results: whether the first got a connection, whether the second did, idle connections after.
 */
@JCStressTest
@Outcome(id = "true, false, 0", expect = ACCEPTABLE, desc = "The first thread borrowed the only connection; the second got none.")
@Outcome(id = "false, true, 0", expect = ACCEPTABLE, desc = "The second thread borrowed the only connection; the first got none.")
@Outcome(expect = FORBIDDEN, desc = "Both threads got a connection from a pool of one (or the idle count is wrong): "
        + "the pool lent more than it has.")
@State
public class BorrowRace {

    private final ConnectionPool<String> pool = new ConnectionPool<>(Arrays.asList("the-connection"));

    @Actor
    public void first(ZZI_Result r) {
        r.r1 = borrowed();
    }

    @Actor
    public void second(ZZI_Result r) {
        r.r2 = borrowed();
    }

    @Arbiter
    public void idleLeft(ZZI_Result r) {
        r.r3 = pool.available();
    }

    private boolean borrowed() {
        try {
            return pool.borrow(0, TimeUnit.NANOSECONDS).isPresent();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
