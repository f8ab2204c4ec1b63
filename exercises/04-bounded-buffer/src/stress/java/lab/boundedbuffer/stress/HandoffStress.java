package lab.boundedbuffer.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import lab.boundedbuffer.BoundedBuffer;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * A producer puts 1 then 2 into a buffer of capacity 1 while a consumer takes twice: the second
 * put must wait for the first take, the first take may wait for the first put. The consumer must
 * receive 1 then 2, whatever the timing.
 *
 * <p>Run: {@code ./lab grade --only bounded-buffer} (the stress check).
 */
@JCStressTest
@Outcome(id = "1, 2", expect = ACCEPTABLE,
        desc = "The consumer received both elements, in the order they were put.")
@Outcome(id = "2, 1", expect = FORBIDDEN,
        desc = "The elements came out in the wrong order: the buffer is not first-in-first-out.")
@Outcome(expect = FORBIDDEN,
        desc = "An element was lost, duplicated or invented: a take returned something the producer did "
                + "not put in that order (a slot was overwritten, or read before it was filled).")
@State
public class HandoffStress {

    private final BoundedBuffer<Integer> buffer = new BoundedBuffer<>(1);

    @Actor
    public void producer() {
        try {
            buffer.put(1);
            buffer.put(2);
        } catch (InterruptedException e) {
            throw new IllegalStateException("nobody interrupts this test", e);
        }
    }

    @Actor
    public void consumer(II_Result r) {
        try {
            r.r1 = valueOf(buffer.take());
            r.r2 = valueOf(buffer.take());
        } catch (InterruptedException e) {
            throw new IllegalStateException("nobody interrupts this test", e);
        }
    }

    private static int valueOf(Integer element) {
        return element == null ? -1 : element;
    }
}
