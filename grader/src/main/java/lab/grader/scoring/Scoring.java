package lab.grader.scoring;

import java.util.ArrayList;
import java.util.List;
import lab.grader.kit.CheckKind;
import lab.grader.result.CheckResult;
import lab.grader.result.ExerciseResult;
import lab.grader.result.Status;

/**
 * How points are computed: pure functions of the checks' verdicts, so every point can be traced
 * to the items that earned it.
 */
public final class Scoring {

    /** How the note ends that the gate adds to a check whose points it did not count. */
    private static final String GATED_NOTE_END = " points count only once all visible tests pass)";

    private Scoring() {
    }

    /** {@code max} scaled by the share of items that passed, to one decimal. */
    public static double proportional(int max, long passed, long total) {
        if (total <= 0) {
            return 0;
        }
        return roundToTenth(max * (double) passed / total);
    }

    /**
     * Applies the gate of DESIGN.md section 4: design and speed points count only once every
     * visible test passes, so an untouched stub (or a fast wrong answer) earns nothing there.
     */
    public static List<CheckResult> gate(List<CheckResult> checks) {
        boolean visibleTestsPass = checks.stream()
                .filter(c -> c.checkKind() == CheckKind.TESTS)
                .allMatch(c -> c.max() > 0 && c.score() == c.max());
        List<CheckResult> gated = new ArrayList<>();
        for (CheckResult check : checks) {
            boolean gatedKind = check.checkKind() == CheckKind.DESIGN || check.checkKind() == CheckKind.SPEED;
            if (gatedKind && !visibleTestsPass && check.score() > 0) {
                gated.add(check.withScore(0, check.message() + "\n(" + check.kind() + GATED_NOTE_END));
            } else {
                gated.add(check);
            }
        }
        return gated;
    }

    /** Whether the gate took this check's points away (its message then ends with why). */
    public static boolean gatedAway(CheckResult check) {
        return check.score() == 0 && check.message().endsWith(GATED_NOTE_END);
    }

    /** The exercise's grade from its (already gated) checks. */
    public static ExerciseResult exercise(String slug, List<CheckResult> checks) {
        double score = roundToTenth(checks.stream().mapToDouble(CheckResult::score).sum());
        // Withheld points (speed on a machine where no one can show it) are neither given nor
        // denied: they leave the maximum too, so 70 of the 70 points that could be judged is full marks.
        int max = checks.stream().filter(c -> c.status() != Status.WITHHELD).mapToInt(CheckResult::max).sum();
        return new ExerciseResult(slug, ExerciseResult.GRADED, score, max, "", checks);
    }

    public static double roundToTenth(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
