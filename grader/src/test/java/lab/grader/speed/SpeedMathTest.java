package lab.grader.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeedMathTest {

    private static final double EXACT = 1e-12;

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertEquals(2.0, SpeedMath.median(List.of(3.0, 1.0, 2.0)), EXACT);
        assertEquals(5.0, SpeedMath.median(List.of(5.0)), EXACT);
        assertEquals(1.5, SpeedMath.median(List.of(9.0, 1.5, 1.0, 1.5, 0.5)), EXACT);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(2.5, SpeedMath.median(List.of(4.0, 1.0, 3.0, 2.0)), EXACT);
        assertEquals(1.0, SpeedMath.median(List.of(1.0, 1.0)), EXACT);
    }

    @Test
    void medianIgnoresOutliersAndLeavesItsInputAlone() {
        List<Double> rounds = new java.util.ArrayList<>(List.of(1.9, 100.0, 1.8, 0.01, 1.85));
        assertEquals(1.85, SpeedMath.median(rounds), EXACT);
        assertEquals(List.of(1.9, 100.0, 1.8, 0.01, 1.85), rounds, "median must not sort the caller's list");
    }

    @Test
    void medianOfNothingIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> SpeedMath.median(List.of()));
    }

    @Test
    void ratioIsTheSubmissionsSpeedupOverTheReferences() {
        assertEquals(1.0, SpeedMath.ratio(1.9, 1.9), EXACT, "as fast as the reference");
        assertEquals(0.5, SpeedMath.ratio(1.0, 2.0), EXACT, "sequential, against a reference at 2x");
        assertEquals(1.25, SpeedMath.ratio(2.5, 2.0), EXACT, "faster than the reference");
    }

    @ParameterizedTest(name = "step({0}) = {1}")
    @CsvSource({
        "-1.0, 0.0",
        "0.0, 0.0",
        "0.05, 0.0",
        "0.1, 0.1",
        "0.19, 0.1",
        "0.55, 0.5",
        "0.8, 0.8",
        "0.8999, 0.8",
        "0.9, 0.9",
        "0.95, 0.9",
        "1.3, 0.9",
    })
    void theRatioIsBandedInStepsOfTenPercentUpToNinetyPercent(double ratio, double step) {
        assertEquals(step, SpeedMath.step(ratio), EXACT);
    }

    @ParameterizedTest(name = "fraction({0}, reference {1}x) = {2}")
    @CsvSource({
        // From 0.9 of the reference's speedup up: full marks (the reference against itself, noise).
        "0.9, 1.9, 1.0",
        "1.1, 1.9, 1.0",
        "0.9, 1.2, 1.0",
        // A sequential submission gets 1 / speedup(reference), whatever the machine: nothing.
        "0.526, 1.9, 0.0",
        "0.625, 1.6, 0.0",
        "0.0625, 16, 0.0",
        // Between: the band's share of the way from sequential (1/2 here) to 0.9.
        "0.6, 2.0, 0.25",
        "0.7, 2.0, 0.5",
        "0.85, 2.0, 0.75",
        "0.5, 10, 0.5",
        // A reference barely faster than the baseline leaves nothing between sequential and 0.9.
        "0.8, 1.05, 0.0",
    })
    void aRatioEarnsItsBandsShareOfTheWayFromSequentialToNinetyPercent(double ratio, double reference, double fraction) {
        // 1e-9 rather than exact: (step - 1/reference) / (0.9 - 1/reference) is floating point.
        assertEquals(fraction, SpeedMath.fraction(ratio, reference), 1e-9);
    }

    @Test
    void aSequentialSubmissionEarnsAtMostAFifthOfThePointsWhereverTheReferenceIs() {
        // A sequential submission measures within a few percent of the baseline (speedup 0.95 to
        // 1.05 here). Against a reference from 1.4x up, that earns at most a fifth of the points,
        // and nothing while it is no faster than the baseline. (Against a reference at 1.3x, the
        // least that is scored, 1.05x is 81% of its speedup: a fifth of the way to 0.9.)
        for (double reference = 1.4; reference <= 64; reference *= 1.01) {
            for (double sequential = 0.95; sequential <= 1.05 + 1e-9; sequential += 0.01) {
                double fraction = SpeedMath.fraction(SpeedMath.ratio(sequential, reference), reference);
                assertTrue(fraction <= 0.2 + 1e-9, sequential + "x against " + reference + "x: " + fraction);
                if (sequential <= 1.0) {
                    assertEquals(0.0, fraction, EXACT, sequential + "x against " + reference + "x");
                }
            }
        }
    }

    @Test
    void karpFlattSerialFraction() {
        assertEquals(0.0, SpeedMath.karpFlatt(2.0, 2), EXACT, "perfect speedup: nothing serial");
        assertEquals(1.0, SpeedMath.karpFlatt(1.0, 4), EXACT, "no speedup: all serial");
        assertEquals(0.25, SpeedMath.karpFlatt(1.6, 2), EXACT);
        // (1/3 - 1/8) / (1 - 1/8) = (5/24) / (7/8) = 5/21
        assertEquals(5.0 / 21, SpeedMath.karpFlatt(3.0, 8), EXACT);
    }

    @Test
    void karpFlattInvertsAmdahl() {
        for (double serial : new double[] {0.0, 0.05, 0.3, 1.0}) {
            for (int threads : new int[] {2, 4, 8, 64}) {
                assertEquals(serial, SpeedMath.karpFlatt(SpeedMath.amdahl(serial, threads), threads), 1e-9,
                        "serial fraction " + serial + " on " + threads + " threads");
            }
        }
    }

    @Test
    void karpFlattNeedsAtLeastTwoThreads() {
        assertThrows(IllegalArgumentException.class, () -> SpeedMath.karpFlatt(1.0, 1));
    }

    @Test
    void amdahl() {
        assertEquals(1.0, SpeedMath.amdahl(1.0, 8), EXACT);
        assertEquals(8.0, SpeedMath.amdahl(0.0, 8), EXACT);
        assertEquals(1 / (0.5 + 0.25), SpeedMath.amdahl(0.5, 2), EXACT);
    }

    @Test
    void threadCounts() {
        assertEquals(List.of(1), SpeedMath.threadCounts(1));
        assertEquals(List.of(1, 2), SpeedMath.threadCounts(2));
        assertEquals(List.of(1, 3), SpeedMath.threadCounts(3), "intermediate counts only from 4 CPUs");
        assertEquals(List.of(1, 2, 4), SpeedMath.threadCounts(4));
        assertEquals(List.of(1, 2, 4, 6), SpeedMath.threadCounts(6));
        assertEquals(List.of(1, 2, 4, 8), SpeedMath.threadCounts(8));
        assertEquals(List.of(1, 2, 4, 8, 16, 24), SpeedMath.threadCounts(24));
    }

    @Test
    void aMedianIsSettledOnceMoreThanHalfOfThePlannedValuesShareAClass() {
        // Of 7 planned, 4 in the 0.9+ band settle it; 3 do not.
        assertEquals(Optional.empty(), SpeedMath.settledMedianClass(List.of(0.95, 1.0, 0.92), 7, SpeedMath::step));
        assertEquals(Optional.of(0.9), SpeedMath.settledMedianClass(List.of(0.95, 0.3, 1.0, 0.92, 1.1), 7, SpeedMath::step));
        assertEquals(Optional.of(1.0), SpeedMath.settledMedianClass(List.of(1.0, 0.25, 1.0), 3, f -> f),
                "single values are classes too");
        assertEquals(Optional.of(false), SpeedMath.settledMedianClass(List.of(1.1, 1.2), 3, s -> s >= 1.3));
        assertEquals(Optional.empty(), SpeedMath.settledMedianClass(List.of(1.1, 1.4), 3, s -> s >= 1.3));
        assertEquals(Optional.empty(), SpeedMath.settledMedianClass(List.of(1.1, 1.2, 1.4), 4, s -> s >= 1.3),
                "of 4 planned, 3 are needed");
    }

    @Test
    void aSettledMedianIsTheClassThatAllThePlannedValuesGive() {
        // Whatever the values still to come, the median of them all lies in the settled band.
        Random random = new Random(42);
        for (int trial = 0; trial < 20_000; trial++) {
            int planned = 2 + random.nextInt(8);
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < planned; i++) {
                values.add(random.nextDouble() * 1.4 - 0.2);
            }
            for (int known = 1; known <= planned; known++) {
                Optional<Double> settled = SpeedMath.settledMedianClass(values.subList(0, known), planned, SpeedMath::step);
                if (settled.isPresent()) {
                    assertEquals(SpeedMath.step(SpeedMath.median(values)), settled.get(), EXACT, values + " known " + known);
                }
            }
        }
    }
}
