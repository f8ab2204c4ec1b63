package lab.eventsandlatches.stress;

import lab.eventsandlatches.Event;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * A worker polls {@code isSet()} in a loop, the way a thread checks a stop flag, and another
 * thread calls {@code set()}.
 *
 * <p>The worker must see the set and stop. If {@code isSet()} reads a plain field with no lock
 * and no {@code volatile}, the compiler may read the field once, before the loop, and the loop
 * then never ends.
 */
@JCStressTest(Mode.Termination)
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The polling worker saw set() and stopped.")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "The polling worker never saw set(): isSet() reads a value "
        + "that is never refreshed (a visibility bug), so the loop runs forever.")
@State
public class StopFlagStress {

    private final Event stop = new Event();

    @Actor
    public void worker() {
        while (!stop.isSet()) {
            // poll
        }
    }

    @Signal
    public void stopper() {
        stop.set();
    }
}
