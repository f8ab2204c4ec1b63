package lab.raceconditions.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicInteger;
import lab.raceconditions.HitCounter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

/**
 * Lost update on the hit counter: two threads count hits on the same counter at the same time.
 *
 * <p>Each actor counts hits in a loop, at least {@value #ROUNDS} of them, and keeps going until
 * the other actor has counted that many too. The two loops therefore overlap in time even when
 * one thread starts late on a busy machine, and every sample gives the race thousands of chances,
 * even in jcstress's quickest mode. The result is the number of hits lost.
 */
@JCStressTest
@Outcome(id = "0", expect = ACCEPTABLE, desc = "No hit was lost: the counter holds every hit both threads counted.")
@Outcome(id = "[1-9][0-9]*", expect = FORBIDDEN,
        desc = "Hits were lost (the result says how many): both threads read the same count and each "
                + "wrote back its own count + 1, so one increment overwrote the other.")
@Outcome(expect = FORBIDDEN, desc = "The counter holds more hits than the two threads counted.")
@State
public class IncrementRace {

    static final int ROUNDS = 100_000;

    private final HitCounter counter = new HitCounter();
    private final AtomicInteger actorsPastTarget = new AtomicInteger();
    private long countedByFirst;
    private long countedBySecond;

    @Actor
    public void firstHitter() {
        countedByFirst = countHits();
    }

    @Actor
    public void secondHitter() {
        countedBySecond = countHits();
    }

    @Arbiter
    public void lostHits(J_Result result) {
        result.r1 = countedByFirst + countedBySecond - counter.get();
    }

    private long countHits() {
        long hits = 0;
        do {
            counter.increment();
            hits++;
            if (hits == ROUNDS) {
                actorsPastTarget.incrementAndGet();
            }
        } while (actorsPastTarget.get() < 2);
        return hits;
    }
}
