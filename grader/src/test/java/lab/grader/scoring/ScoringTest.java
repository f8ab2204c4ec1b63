package lab.grader.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lab.grader.kit.CheckKind;
import lab.grader.result.CheckResult;
import lab.grader.result.ExerciseResult;
import lab.grader.result.ItemResult;
import lab.grader.result.Status;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static final double EXACT = 1e-9;

    private static CheckResult check(CheckKind kind, double score, int max) {
        return CheckResult.of(kind, score == max ? Status.PASS : Status.FAIL, score, max, kind.id() + " verdict",
                List.of(new ItemResult("an item", score == max ? Status.PASS : Status.FAIL, "")));
    }

    @Test
    void proportionalScalesMaxByTheShareThatPassed() {
        assertEquals(48.0, Scoring.proportional(60, 4, 5), EXACT);
        assertEquals(60.0, Scoring.proportional(60, 5, 5), EXACT);
        assertEquals(0.0, Scoring.proportional(60, 0, 5), EXACT);
    }

    @Test
    void proportionalRoundsToOneDecimal() {
        assertEquals(13.3, Scoring.proportional(40, 1, 3), EXACT);
        assertEquals(26.7, Scoring.proportional(40, 2, 3), EXACT);
        assertEquals(6.7, Scoring.proportional(10, 2, 3), EXACT);
        assertEquals(14.3, Scoring.proportional(100, 1, 7), EXACT);
        // Halves round up: 1 * 1/4 = 0.25 -> 0.3; 3 * 1/4 = 0.75 -> 0.8.
        assertEquals(0.3, Scoring.proportional(1, 1, 4), EXACT);
        assertEquals(0.8, Scoring.proportional(3, 1, 4), EXACT);
    }

    @Test
    void proportionalOfNoItemsIsZero() {
        assertEquals(0.0, Scoring.proportional(60, 0, 0), EXACT);
        assertEquals(0.0, Scoring.proportional(60, 3, -1), EXACT);
    }

    @Test
    void roundToTenth() {
        assertEquals(33.3, Scoring.roundToTenth(33.333), EXACT);
        assertEquals(66.7, Scoring.roundToTenth(66.666), EXACT);
        assertEquals(100.0, Scoring.roundToTenth(99.96), EXACT);
        assertEquals(0.0, Scoring.roundToTenth(0.04), EXACT);
    }

    @Test
    void gateKeepsDesignAndSpeedWhenEveryVisibleTestPasses() {
        List<CheckResult> checks = List.of(check(CheckKind.TESTS, 40, 40), check(CheckKind.HIDDEN, 10, 30),
                check(CheckKind.DESIGN, 20, 20), check(CheckKind.SPEED, 7, 10));
        List<CheckResult> gated = Scoring.gate(checks);
        assertEquals(checks, gated);
    }

    @Test
    void gateZeroesDesignAndSpeedUnlessEveryVisibleTestPasses() {
        CheckResult tests = check(CheckKind.TESTS, 39.9, 40);
        CheckResult hidden = check(CheckKind.HIDDEN, 30, 30);
        CheckResult stress = check(CheckKind.STRESS, 20, 20);
        CheckResult design = check(CheckKind.DESIGN, 20, 20);
        CheckResult speed = check(CheckKind.SPEED, 10, 10);
        List<CheckResult> gated = Scoring.gate(List.of(tests, hidden, stress, design, speed));

        assertSame(tests, gated.get(0), "tests keep their score");
        assertSame(hidden, gated.get(1), "hidden keeps its score");
        assertSame(stress, gated.get(2), "stress keeps its score");
        for (CheckResult check : gated.subList(3, 5)) {
            assertEquals(0.0, check.score(), EXACT, check.kind());
            assertEquals(check.kind().equals("design") ? 20 : 10, check.max(), "the max stays: " + check.kind());
            assertEquals(Status.PASS, check.status(), "the verdict stays; only the points go: " + check.kind());
            assertTrue(check.message().startsWith(check.kind() + " verdict"), check.message());
            assertTrue(check.message().contains("points count only once all visible tests pass"), check.message());
            assertTrue(Scoring.gatedAway(check), "the console can tell it was gated: " + check.kind());
            assertEquals(1, check.items().size(), "the evidence stays");
        }
    }

    @Test
    void aCheckThatEarnedNothingOfItsOwnWasNotGatedAway() {
        List<CheckResult> gated = Scoring.gate(List.of(check(CheckKind.TESTS, 0, 40), check(CheckKind.DESIGN, 0, 20)));
        assertFalse(Scoring.gatedAway(gated.get(1)));
        assertFalse(Scoring.gatedAway(gated.get(0)));
    }

    @Test
    void gateZeroesDesignForAStubThatFailsEverything() {
        List<CheckResult> gated = Scoring.gate(List.of(check(CheckKind.TESTS, 0, 40), check(CheckKind.DESIGN, 20, 20)));
        assertEquals(0.0, gated.get(1).score(), EXACT);
    }

    @Test
    void gateLeavesAlreadyZeroChecksAlone() {
        CheckResult design = check(CheckKind.DESIGN, 0, 20);
        CheckResult withheld = CheckResult.of(CheckKind.SPEED, Status.WITHHELD, 0, 10, "no parallel speedup here", List.of());
        List<CheckResult> gated = Scoring.gate(List.of(check(CheckKind.TESTS, 10, 40), design, withheld));
        assertSame(design, gated.get(1));
        assertSame(withheld, gated.get(2));
    }

    @Test
    void exerciseAddsTheGatedChecks() {
        List<CheckResult> checks = Scoring.gate(List.of(check(CheckKind.TESTS, 26.7, 40), check(CheckKind.HIDDEN, 13.3, 30),
                check(CheckKind.DESIGN, 20, 20)));
        ExerciseResult exercise = Scoring.exercise("bounded-buffer", checks);
        assertEquals("bounded-buffer", exercise.slug());
        assertEquals(ExerciseResult.GRADED, exercise.status());
        assertEquals(40.0, exercise.score(), EXACT, "26.7 + 13.3 + 0 (design gated)");
        assertEquals(90, exercise.max());
        assertEquals(3, exercise.checks().size());
    }

    @Test
    void withheldPointsLeaveTheMaximum() {
        CheckResult withheld = CheckResult.of(CheckKind.SPEED, Status.WITHHELD, 0, 30, "this machine has 1 CPU", List.of());
        ExerciseResult exercise = Scoring.exercise("mandelbrot", List.of(check(CheckKind.TESTS, 70, 70), withheld));
        assertEquals(70.0, exercise.score(), EXACT);
        assertEquals(70, exercise.max(), "withheld speed points are neither given nor denied");
    }

    @Test
    void exerciseScoreIsRoundedToOneDecimal() {
        ExerciseResult exercise = Scoring.exercise("x", List.of(check(CheckKind.TESTS, 0.1, 1), check(CheckKind.HIDDEN, 0.2, 1)));
        assertEquals(0.3, exercise.score(), 0.0, "0.1 + 0.2 must read 0.3, not 0.30000000000000004");
    }
}
