package lab.boundedbuffer.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicInteger;
import lab.boundedbuffer.BoundedBuffer;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Two threads race to offer into one buffer of capacity 1, over and over. A thread whose offer
 * succeeds checks that the buffer holds exactly one element, then polls its own element back
 * out, and both go again. Each result counts the times a thread found something else.
 *
 * <p>Checking for room and inserting must be one step under the lock. If a thread checks first
 * and inserts later, both threads can see the free slot, both insert, and the buffer of capacity
 * 1 holds two elements (or one overwrote the other). Each round repeats the race many times, so
 * that even a short run gives it plenty of chances to show.
 *
 * <p>Run: {@code ./lab grade --only bounded-buffer} (the stress check).
 */
@JCStressTest
@Outcome(id = "0, 0", expect = ACCEPTABLE,
        desc = "Every successful offer found the buffer empty: it never held two elements, and each "
                + "thread polled back the element it had put.")
@Outcome(expect = FORBIDDEN,
        desc = "A thread's offer succeeded, yet the buffer of capacity 1 then held two elements, or the "
                + "element polled back was not its own: both offers saw the free slot before either "
                + "filled it (the check for room and the insert were not one step under the lock). "
                + "The numbers count how often each thread saw it.")
@State
public class OfferRace {

    private static final int ROUNDS = 256;

    private final BoundedBuffer<String> buffer = new BoundedBuffer<>(1);

    /** Both threads wait here for each other, so that their offers really overlap. */
    private final AtomicInteger arrived = new AtomicInteger();

    @Actor
    public void first(II_Result r) {
        r.r1 = race("first");
    }

    @Actor
    public void second(II_Result r) {
        r.r2 = race("second");
    }

    /** Offers {@code mine} ROUNDS times; returns how often a successful offer saw a wrong state. */
    private int race(String mine) {
        meetTheOtherThread();
        int wrong = 0;
        for (int i = 0; i < ROUNDS; i++) {
            if (buffer.offer(mine)) {
                int size = buffer.size();
                String back = buffer.poll();
                if (size != 1 || back != mine) {
                    wrong++;
                }
            }
        }
        return wrong;
    }

    private void meetTheOtherThread() {
        arrived.incrementAndGet();
        while (arrived.get() < 2) {
            Thread.onSpinWait();
        }
    }
}
