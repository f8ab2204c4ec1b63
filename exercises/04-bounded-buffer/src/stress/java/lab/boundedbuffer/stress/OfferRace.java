package lab.boundedbuffer.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import lab.boundedbuffer.BoundedBuffer;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Two threads offer into the same empty buffers of capacity 1 at the same moment: for each
 * buffer, exactly one of them must get the slot. (Each round uses several buffers, one after the
 * other, to give the race more chances to show.) The arbiter then counts the buffers holding the
 * wrong number of elements.
 *
 * <p>Checking for room and inserting must be one step under the lock. If a thread checks first
 * and inserts later, both can see the free slot, both insert, and the buffer holds two elements.
 *
 * <p>Run: {@code ./lab grade --only bounded-buffer} (the stress check).
 */
@JCStressTest
@Outcome(id = "0, 0", expect = ACCEPTABLE,
        desc = "Every buffer holds exactly one element: for each, one offer took the only slot and "
                + "the other found it full.")
@Outcome(id = "[1-9][0-9]*, .*", expect = FORBIDDEN,
        desc = "Some buffers of capacity 1 hold two elements (count in the first number): both offers saw "
                + "the free slot before either filled it (the check for room and the insert were not one "
                + "step under the lock).")
@Outcome(expect = FORBIDDEN,
        desc = "Some buffers are empty (count in the second number): both offers were refused although "
                + "there was room.")
@State
public class OfferRace {

    private static final int BUFFERS = 8;

    private final BoundedBuffer<String>[] buffers = newBuffers();

    /** Both threads wait here for each other, so that their offers really overlap. */
    private final AtomicInteger arrived = new AtomicInteger();

    @SuppressWarnings("unchecked")
    private static BoundedBuffer<String>[] newBuffers() {
        BoundedBuffer<String>[] buffers = new BoundedBuffer[BUFFERS];
        for (int i = 0; i < BUFFERS; i++) {
            buffers[i] = new BoundedBuffer<>(1);
        }
        return buffers;
    }

    private void meetTheOtherThread() {
        arrived.incrementAndGet();
        while (arrived.get() < 2) {
            Thread.onSpinWait();
        }
    }

    @Actor
    public void first() {
        meetTheOtherThread();
        for (BoundedBuffer<String> buffer : buffers) {
            buffer.offer("first");
        }
    }

    @Actor
    public void second() {
        meetTheOtherThread();
        // The other way round: wherever the two threads cross, they offer into the same buffer at
        // nearly the same moment.
        for (int i = buffers.length - 1; i >= 0; i--) {
            buffers[i].offer("second");
        }
    }

    @Arbiter
    public void arbiter(II_Result r) {
        for (BoundedBuffer<String> buffer : buffers) {
            int size = buffer.size();
            if (size > 1) {
                r.r1++;
            } else if (size < 1) {
                r.r2++;
            }
        }
    }
}
