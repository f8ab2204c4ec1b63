package lab.eventsandlatches.stress;

import lab.eventsandlatches.Event;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * One thread writes a value and then sets the event; another checks the event and, if it is set,
 * reads the value.
 *
 * <p>Seeing the event set must mean seeing everything written before {@code set()}.
 *
 * <p>Results: 1 if the reader saw the event set (0 if not), then the value it read (-1 if it
 * did not read).
 */
@JCStressTest
@Outcome(id = "0, -1", expect = ACCEPTABLE, desc = "The reader checked before set(): it did not read the value.")
@Outcome(id = "1, 42", expect = ACCEPTABLE, desc = "The reader saw the event set and the value written before set().")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "The reader saw the event set but not the value written before "
        + "set(): isSet() does not give a happens-before edge (the flag is read without the lock or volatile).")
@State
public class SetPublishesRace {

    private final Event ready = new Event();
    private int value;

    @Actor
    public void writer() {
        value = 42;
        ready.set();
    }

    @Actor
    public void reader(II_Result r) {
        if (ready.isSet()) {
            r.r1 = 1;
            r.r2 = value;
        } else {
            r.r1 = 0;
            r.r2 = -1;
        }
    }
}
