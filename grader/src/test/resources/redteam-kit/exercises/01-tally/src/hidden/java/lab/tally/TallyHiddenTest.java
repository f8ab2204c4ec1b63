package lab.tally;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TallyHiddenTest {

    /** Never printed by any test: if a report shows it, a submission read this class. */
    private static final String MARKER = "redteam-hidden-marker-5150";

    @Test
    @Timeout(5)
    void countsNegativeAmounts() {
        Tally tally = new Tally();
        tally.add(-5);
        tally.add(2);
        Expect.total(-3, tally, "total after adding -5 and 2");
    }

    @Test
    @Timeout(5)
    void historyIsASnapshot() {
        Tally tally = new Tally();
        tally.add(1);
        List<Integer> before = tally.history();
        tally.add(2);
        Expect.history(List.of(1), before, "a history taken before the second add");
        Expect.history(List.of(1, 2), tally.history(), "the history after both adds");
    }
}
