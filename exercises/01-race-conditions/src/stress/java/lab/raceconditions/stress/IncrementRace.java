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
 * <p>Each actor counts one hit per round, for as long as the {@link Pacer} says. The result is the
 * number of hits lost.
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
    private long countedByFirst;
    private long countedBySecond;

    @Actor
    public void firstHitter() {
        countedByFirst = countHits(0);
    }

    @Actor
    public void secondHitter() {
        countedBySecond = countHits(1);
    }

    @Arbiter
    public void lostHits(J_Result result) {
        result.r1 = countedByFirst + countedBySecond - counter.get();
    }

    private long countHits(int actor) {
        pacer.start(actor);
        long hits = 0;
        do {
            counter.increment();
            hits++;
        } while (pacer.keepGoing(actor, hits));
        return hits;
    }

    /**
     * Decides when the two actors may stop, so that every sample gives the race many chances, even
     * in jcstress's quickest mode and on a busy machine.
     *
     * <p>Each actor goes on until both have done {@value #MIN_ROUNDS} rounds and each has seen the
     * other make progress {@value #MIN_OVERLAPS} times between two of its own checks: evidence that
     * the two threads ran side by side. A deadline ends a sample on a machine so busy that the two
     * threads rarely run together; there the race still shows, because a thread that the
     * scheduler pauses in the middle of a read-modify-write resumes with a stale value while the
     * other one keeps going. The bookkeeping runs only every {@value #CHECK_EVERY} rounds, so that
     * the actors spend nearly all their time inside the methods under test.
     */
    static final class Pacer {

        static final int MIN_ROUNDS = 20_000;
        static final int MIN_OVERLAPS = 100;
        static final int CHECK_EVERY = 64;
        static final long MAX_NANOS = 200_000_000L;

        private final AtomicLongArray published = new AtomicLongArray(2);
        private final AtomicInteger actorsSatisfied = new AtomicInteger();
        // Each element of these arrays is read and written by its own actor only.
        private final long[] otherSeen = new long[2];
        private final long[] overlaps = new long[2];
        private final long[] deadline = new long[2];
        private final boolean[] satisfied = new boolean[2];

        void start(int actor) {
            deadline[actor] = System.nanoTime() + MAX_NANOS;
        }

        /** Returns whether {@code actor}, having done {@code rounds} rounds, should do another. */
        boolean keepGoing(int actor, long rounds) {
            if (rounds % CHECK_EVERY != 0) {
                return true;
            }
            published.lazySet(actor, rounds);
            long other = published.get(1 - actor);
            if (other != otherSeen[actor]) {
                otherSeen[actor] = other;
                overlaps[actor]++;
            }
            if (!satisfied[actor] && rounds >= MIN_ROUNDS && overlaps[actor] >= MIN_OVERLAPS) {
                satisfied[actor] = true;
                actorsSatisfied.incrementAndGet();
            }
            return actorsSatisfied.get() < 2 && System.nanoTime() < deadline[actor];
        }
    }
}
