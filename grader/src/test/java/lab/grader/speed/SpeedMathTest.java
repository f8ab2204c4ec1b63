package lab.grader.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void gainIsTheShareOfTheReferencesGainOverSequential() {
        assertEquals(1.0, SpeedMath.gain(1.9, 1.9), EXACT, "as fast as the reference");
        assertEquals(0.0, SpeedMath.gain(1.0, 1.9), EXACT, "sequential");
        assertEquals(0.5, SpeedMath.gain(1.5, 2.0), EXACT);
        assertEquals(-0.5, SpeedMath.gain(0.5, 2.0), EXACT, "slower than sequential");
        assertEquals(1.5, SpeedMath.gain(2.5, 2.0), EXACT, "faster than the reference");
    }

    @ParameterizedTest(name = "band({0}) = {1}")
    @CsvSource({
        "-1.0, 0.0",
        "0.0, 0.0",
        "0.05, 0.0",
        "0.1, 0.1",
        "0.19, 0.1",
        "0.5, 0.5",
        "0.55, 0.5",
        "0.8, 0.8",
        "0.89, 0.8",
        "0.8999, 0.8",
        "0.9, 1.0",
        "0.95, 1.0",
        "1.0, 1.0",
        "3.0, 1.0",
    })
    void bandsAreStepsOfTenPercentWithFullMarksFromNinetyPercent(double gain, double band) {
        assertEquals(band, SpeedMath.band(gain), EXACT);
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
        assertEquals(Optional.empty(), SpeedMath.settledMedianClass(List.of(0.95, 1.0, 0.92), 7, SpeedMath::band));
        assertEquals(Optional.of(1.0), SpeedMath.settledMedianClass(List.of(0.95, 0.3, 1.0, 0.92, 1.1), 7, SpeedMath::band));
        assertEquals(Optional.of(false), SpeedMath.settledMedianClass(List.of(1.1, 1.2), 3, s -> s >= 1.3));
        assertEquals(Optional.empty(), SpeedMath.settledMedianClass(List.of(1.1, 1.4), 3, s -> s >= 1.3));
        assertEquals(Optional.empty(), SpeedMath.settledMedianClass(List.of(1.1, 1.2, 1.4), 4, s -> s >= 1.3),
                "of 4 planned, 3 are needed");
    }

    @Test
    void aSettledMedianIsTheBandThatAllThePlannedValuesGive() {
        // Whatever the values still to come, the median of them all lies in the settled band.
        Random random = new Random(42);
        for (int trial = 0; trial < 20_000; trial++) {
            int planned = 2 + random.nextInt(8);
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < planned; i++) {
                values.add(random.nextDouble() * 1.4 - 0.2);
            }
            for (int known = 1; known <= planned; known++) {
                Optional<Double> settled = SpeedMath.settledMedianClass(values.subList(0, known), planned, SpeedMath::band);
                if (settled.isPresent()) {
                    assertEquals(SpeedMath.band(SpeedMath.median(values)), settled.get(), EXACT, values + " known " + known);
                }
            }
        }
    }
}
