package lab.globallock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.HashMap;
import java.util.Map;
import lab.globallock.WordIndex;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Two threads merge counts for the same words into one index at the same moment: one adds 1 to
 * each word, the other adds 2, in several small merges each.
 *
 * <p>Every word must end with 1 + 2 + what it had before. A merge that reads the counts, adds, and
 * writes the sums back (one word at a time or all at the end) loses the other thread's counts
 * whenever its write lands after the other's read.
 *
 * <p>r1: words whose count came out too low (counts lost). r2: words whose count came out too high.
 */
@JCStressTest
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "Every word got both merges' counts.")
@Outcome(id = "[1-9][0-9]*, 0", expect = FORBIDDEN,
        desc = "Some words lost counts: one merge read a count, the other merge changed it, and the first"
                + " wrote back its own sum over the other's.")
@Outcome(expect = FORBIDDEN,
        desc = "Some words got more than both merges added: counts were doubled, or the index is corrupted.")
@State
public class ConcurrentMergeRace {

    static final int WORDS = 64;

    /** Words per merge call: several calls per actor, so that merges start and end while the other runs. */
    static final int PER_MERGE = 8;

    private static final Map<String, Long>[] ONES = merges(1L);
    private static final Map<String, Long>[] TWOS = merges(2L);

    private final WordIndex index = new WordIndex();

    public ConcurrentMergeRace() {
        // Half of the words are in the index already; the other half are new to it.
        for (int i = 0; i < WORDS; i += 2) {
            index.addDocument("m" + i);
        }
    }

    @Actor
    public void first() {
        for (Map<String, Long> merge : ONES) {
            index.mergeCounts(merge);
        }
    }

    @Actor
    public void second() {
        for (Map<String, Long> merge : TWOS) {
            index.mergeCounts(merge);
        }
    }

    @Arbiter
    public void check(II_Result r) {
        for (int i = 0; i < WORDS; i++) {
            long expected = 3 + (i % 2 == 0 ? 1 : 0);
            long count = index.count("m" + i);
            if (count < expected) {
                r.r1++;
            } else if (count > expected) {
                r.r2++;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long>[] merges(long count) {
        Map<String, Long>[] merges = new Map[WORDS / PER_MERGE];
        for (int m = 0; m < merges.length; m++) {
            merges[m] = new HashMap<>();
            for (int i = m * PER_MERGE; i < (m + 1) * PER_MERGE; i++) {
                merges[m].put("m" + i, count);
            }
        }
        return merges;
    }
}
