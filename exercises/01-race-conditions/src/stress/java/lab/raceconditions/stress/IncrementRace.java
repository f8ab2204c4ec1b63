package lab.raceconditions.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
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
 * <p>Each actor counts hits in a loop, one per round, for as long as the {@link Pacer} says: long
 * enough that the two threads have certainly run side by side, so that every sample gives the race
 * many chances, even in jcstress's quickest mode. The result is the number of hits lost.
 */
@JCStressTest
@Outcome(id = "0", expect = ACCEPTABLE, desc = "No hit was lost: the counter holds every hit both threads counted.")
@Outcome(id = "[1-9][0-9]*", expect = FORBIDDEN,
        desc = "Hits were lost (the result says how many): both threads read the same count and each "
                + "wrote back its own count + 1, so one increment overwrote the other.")
@Outcome(expect = FORBIDDEN, desc = "The counter holds more hits than the two threads counted.")
@State
public class IncrementRace {

    private final HitCounter counter = new HitCounter();
    private final Pacer pacer = new Pacer();

    @Actor
    public void firstHitter() {
        countHits(0);
    }

    @Actor
    public void secondHitter() {
        countHits(1);
    }

    @Arbiter
    public void lostHits(J_Result result) {
        result.r1 = pacer.rounds(0) + pacer.rounds(1) - counter.get();
    }

    private void countHits(int actor) {
        pacer.start(actor);
        do {
            counter.increment();
        } while (pacer.anotherRound(actor));
    }

    /**
     * Decides when the two actors may stop. Each one goes on until both have done
     * {@value #MIN_ROUNDS} rounds and each has seen the other make progress {@value #MIN_OVERLAPS}
     * times between two of its own rounds: proof that the two threads really ran at the same
     * moment, even on a busy machine where one of them may sit in the scheduler's queue for a
     * while. A deadline keeps a sample short if the two threads rarely get to run together.
     */
    static final class Pacer {

        static final int MIN_ROUNDS = 10_000;
        static final int MIN_OVERLAPS = 200;
        static final long MAX_NANOS = 200_000_000L;

        private final AtomicLongArray rounds = new AtomicLongArray(2);
        private final AtomicInteger actorsSatisfied = new AtomicInteger();
        // Each element of these arrays is read and written by its own actor only.
        private final long[] otherSeen = new long[2];
        private final long[] overlaps = new long[2];
        private final long[] deadline = new long[2];
        private final boolean[] satisfied = new boolean[2];

        void start(int me) {
            deadline[me] = System.nanoTime() + MAX_NANOS;
        }

        /** Records one more round of actor {@code me}; returns whether it should do another. */
        boolean anotherRound(int me) {
            long done = rounds.get(me) + 1;
            rounds.lazySet(me, done);
            long other = rounds.get(1 - me);
            if (other != otherSeen[me]) {
                otherSeen[me] = other;
                overlaps[me]++;
            }
            if (!satisfied[me] && done >= MIN_ROUNDS && overlaps[me] >= MIN_OVERLAPS) {
                satisfied[me] = true;
                actorsSatisfied.incrementAndGet();
            }
            return actorsSatisfied.get() < 2 && System.nanoTime() < deadline[me];
        }

        long rounds(int me) {
            return rounds.get(me);
        }
    }
}
