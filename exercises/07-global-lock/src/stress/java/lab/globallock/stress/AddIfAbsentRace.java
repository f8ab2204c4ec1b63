package lab.globallock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import lab.globallock.WordIndex;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Two threads call {@code addIfAbsent} for the same new words at the same moment, one with the
 * count 1, the other with the count 2.
 *
 * <p>For each word exactly one call may succeed, and the word must keep the count of that call.
 * "Is it there? If not, put it" done as two separate steps lets both threads see the word missing:
 * both return {@code true}, and the later write decides the count.
 *
 * <p>r1: words for which both calls returned true. r2: words for which neither did. r3: words whose
 * count is not the count of the call that returned true.
 */
@JCStressTest
@Outcome(id = "0, 0, 0", expect = ACCEPTABLE,
        desc = "For every word exactly one call succeeded, and the word kept that call's count.")
@Outcome(id = "[1-9][0-9]*, 0, .*", expect = FORBIDDEN,
        desc = "Both calls said they added the same word: each checked, found it missing, and put it in"
                + " (check-then-act).")
@Outcome(id = ".*, [1-9][0-9]*, .*", expect = FORBIDDEN,
        desc = "Neither call added a word that was not in the index.")
@Outcome(expect = FORBIDDEN,
        desc = "A word ended with a count other than that of the one call that succeeded.")
@State
public class AddIfAbsentRace {

    static final int WORDS = 64;

    private static final String[] NAMES = new String[WORDS];

    static {
        for (int i = 0; i < WORDS; i++) {
            NAMES[i] = "n" + i;
        }
    }

    private final WordIndex index = new WordIndex();
    private final boolean[] firstWon = new boolean[WORDS];
    private final boolean[] secondWon = new boolean[WORDS];

    @Actor
    public void first() {
        for (int i = 0; i < WORDS; i++) {
            firstWon[i] = index.addIfAbsent(NAMES[i], 1);
        }
    }

    @Actor
    public void second() {
        for (int i = 0; i < WORDS; i++) {
            secondWon[i] = index.addIfAbsent(NAMES[i], 2);
        }
    }

    @Arbiter
    public void check(III_Result r) {
        for (int i = 0; i < WORDS; i++) {
            long count = index.count(NAMES[i]);
            if (firstWon[i] && secondWon[i]) {
                r.r1++;
            } else if (!firstWon[i] && !secondWon[i]) {
                r.r2++;
            } else if (count != (firstWon[i] ? 1 : 2)) {
                r.r3++;
            }
        }
    }
}
