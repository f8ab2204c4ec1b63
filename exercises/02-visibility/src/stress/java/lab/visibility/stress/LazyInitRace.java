package lab.visibility.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicInteger;
import lab.visibility.Lazy;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Two threads ask fresh {@code Lazy} values for their value at the same moment.
 *
 * <p>Each sample holds {@value #ROUNDS} fresh lazy values; both actors walk through them in the
 * same order, so the two threads keep colliding on the same, still empty, lazy value. This gives
 * the race thousands of chances even in jcstress's shortest mode ({@code -m sanity}).
 *
 * <p>Results, each 0 or 1: r1 is 1 if some supplier ran more than once; r2 is 1 if the two
 * threads got different objects from the same lazy value; r3 is 1 if a thread got an object
 * whose fields were not set yet.
 */
@JCStressTest
@Outcome(id = "0, 0, 0", expect = ACCEPTABLE,
        desc = "Every supplier ran once and both threads got the same, fully built object.")
@Outcome(id = "1, 1, 0", expect = FORBIDDEN,
        desc = "A supplier ran twice and the threads got different objects: both found the value "
                + "missing and both built it (check-then-act race).")
@Outcome(id = "1, 0, 0", expect = FORBIDDEN,
        desc = "A supplier ran twice, though both threads ended up with the same object: "
                + "the supplier must run at most once.")
@Outcome(expect = FORBIDDEN,
        desc = "A thread got an object whose fields were not set yet (the object was published "
                + "before it was fully built), or the threads got different objects.")
@State
public class LazyInitRace {

    static final int ROUNDS = 256;

    /** A value with plain fields, so that only a correct publication makes them visible. */
    static final class Widget {
        int size;
        String name;

        Widget() {
            size = 42;
            name = "widget";
        }

        boolean isBuilt() {
            return size == 42 && "widget".equals(name);
        }
    }

    private final AtomicInteger[] calls = new AtomicInteger[ROUNDS];
    private final Lazy<Widget>[] lazies = newLazies();
    private final Widget[] first = new Widget[ROUNDS];
    private final Widget[] second = new Widget[ROUNDS];
    private boolean firstSawHalfBuilt;
    private boolean secondSawHalfBuilt;

    @SuppressWarnings("unchecked")
    private Lazy<Widget>[] newLazies() {
        Lazy<Widget>[] result = new Lazy[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            AtomicInteger counter = new AtomicInteger();
            calls[i] = counter;
            result[i] = new Lazy<>(() -> {
                counter.incrementAndGet();
                return new Widget();
            });
        }
        return result;
    }

    @Actor
    public void firstReader() {
        for (int i = 0; i < ROUNDS; i++) {
            Widget widget = lazies[i].get();
            if (!widget.isBuilt()) {
                firstSawHalfBuilt = true;
            }
            first[i] = widget;
        }
    }

    @Actor
    public void secondReader() {
        for (int i = 0; i < ROUNDS; i++) {
            Widget widget = lazies[i].get();
            if (!widget.isBuilt()) {
                secondSawHalfBuilt = true;
            }
            second[i] = widget;
        }
    }

    @Arbiter
    public void check(III_Result r) {
        for (int i = 0; i < ROUNDS; i++) {
            if (calls[i].get() != 1) {
                r.r1 = 1;
            }
            if (first[i] != second[i]) {
                r.r2 = 1;
            }
        }
        r.r3 = firstSawHalfBuilt || secondSawHalfBuilt ? 1 : 0;
    }
}
