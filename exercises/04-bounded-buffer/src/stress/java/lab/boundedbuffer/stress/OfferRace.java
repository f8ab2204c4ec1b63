package lab.boundedbuffer.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import lab.boundedbuffer.BoundedBuffer;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZZI_Result;

/**
 * Two threads offer into an empty buffer of capacity 1 at the same moment: exactly one of them
 * must get the slot. The arbiter then reads the size.
 *
 * <p>Checking for room and inserting must be one step under the lock. If a thread checks first
 * and inserts later, both can see the free slot, both insert, and the buffer holds two elements.
 *
 * <p>Run: {@code ./lab grade --only bounded-buffer} (the stress check).
 */
@JCStressTest
@Outcome(id = "true, false, 1", expect = ACCEPTABLE,
        desc = "The first offer took the only slot; the second found the buffer full.")
@Outcome(id = "false, true, 1", expect = ACCEPTABLE,
        desc = "The second offer took the only slot; the first found the buffer full.")
@Outcome(id = "true, true, .*", expect = FORBIDDEN,
        desc = "Both offers succeeded on a buffer of capacity 1: both saw the free slot before either "
                + "filled it (the check for room and the insert were not one step under the lock).")
@Outcome(expect = FORBIDDEN,
        desc = "Any other result: an offer was refused although the buffer had room, or size() is wrong.")
@State
public class OfferRace {

    private final BoundedBuffer<String> buffer = new BoundedBuffer<>(1);

    @Actor
    public void first(ZZI_Result r) {
        r.r1 = buffer.offer("first");
    }

    @Actor
    public void second(ZZI_Result r) {
        r.r2 = buffer.offer("second");
    }

    @Arbiter
    public void arbiter(ZZI_Result r) {
        r.r3 = buffer.size();
    }
}
