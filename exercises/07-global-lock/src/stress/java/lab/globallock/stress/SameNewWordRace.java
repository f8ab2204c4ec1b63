package lab.globallock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import lab.globallock.WordIndex;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Two threads add the same new words to one index at the same moment, each word as a document of
 * its own.
 *
 * <p>Each sample walks both threads through {@value #WORDS} words in the same order, so they keep
 * arriving together at a word the index does not hold yet: the moment a "not there yet? then put
 * it in" or a "read the count, write back count + 1" loses one of the two occurrences.
 *
 * <p>r1: how many words ended with a count of 1 (an occurrence was lost). r2: how many ended with
 * any count other than 1 or 2.
 */
@JCStressTest
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "Every word was counted twice, once for each thread.")
@Outcome(id = "[1-9][0-9]*, 0", expect = FORBIDDEN,
        desc = "Some words were counted once: both threads found the word missing (or read the same count)"
                + " and the second write replaced the first. An occurrence was lost.")
@Outcome(expect = FORBIDDEN,
        desc = "Some words ended with a count that is neither 1 nor 2: an occurrence was doubled, or the index is corrupted.")
@State
public class SameNewWordRace {

    static final int WORDS = 64;

    private static final String[] NAMES = new String[WORDS];

    static {
        for (int i = 0; i < WORDS; i++) {
            NAMES[i] = "w" + i;
        }
    }

    private final WordIndex index = new WordIndex();

    @Actor
    public void first() {
        for (String word : NAMES) {
            index.addDocument(word);
        }
    }

    @Actor
    public void second() {
        for (String word : NAMES) {
            index.addDocument(word);
        }
    }

    @Arbiter
    public void check(II_Result r) {
        for (String word : NAMES) {
            long count = index.count(word);
            if (count == 1) {
                r.r1++;
            } else if (count != 2) {
                r.r2++;
            }
        }
    }
}
