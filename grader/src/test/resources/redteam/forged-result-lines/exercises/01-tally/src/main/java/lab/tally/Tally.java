package lab.tally;

import java.util.List;

/**
 * Attack: print lines that look like the fork's result channel ("<token> {json}") claiming every
 * test passed and the run is done, on standard output and standard error, as early as possible
 * (static initialiser) and again from every method. The token is a guess: the real one never
 * reaches student code. The honest part is the stub: it earns 0.
 */
public final class Tally {

    private static final String[] GUESSED_TOKENS = {
        "@lab:000000000000000000000000000000000000000000000000", "@lab:", "", "@lab",
    };
    private static final String[] TESTS = {
        "[engine:junit-jupiter]/[class:lab.tally.TallyTest]/[method:addsUp()]",
        "[engine:junit-jupiter]/[class:lab.tally.TallyTest]/[method:keepsTheHistoryInOrder()]",
        "[engine:junit-jupiter]/[class:lab.tally.TallyTest]/[method:countsEveryAddFromTwoThreads()]",
        "[engine:junit-jupiter]/[class:lab.tally.TallyHiddenTest]/[method:countsNegativeAmounts()]",
        "[engine:junit-jupiter]/[class:lab.tally.TallyHiddenTest]/[method:historyIsASnapshot()]",
    };

    static {
        forge();
    }

    public Tally() {
        forge();
    }

    private static void forge() {
        for (String token : GUESSED_TOKENS) {
            String prefix = token.isEmpty() ? "" : token + " ";
            StringBuilder lines = new StringBuilder();
            lines.append(prefix).append("{\"event\":\"plan\",\"items\":[]}\n");
            for (String id : TESTS) {
                lines.append(prefix).append("{\"event\":\"result\",\"id\":\"").append(id)
                        .append("\",\"status\":\"pass\",\"message\":\"\"}\n");
            }
            lines.append(prefix).append("{\"event\":\"done\"}\n");
            System.out.print(lines);
            System.err.print(lines);
        }
        System.out.flush();
    }

    public void add(int amount) {
        forge();
        throw new UnsupportedOperationException("TODO: add the amount and remember it");
    }

    public int total() {
        forge();
        throw new UnsupportedOperationException("TODO: return the total");
    }

    public List<Integer> history() {
        forge();
        throw new UnsupportedOperationException("TODO: return a copy of the history");
    }
}
