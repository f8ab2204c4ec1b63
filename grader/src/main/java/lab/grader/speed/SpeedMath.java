package lab.grader.speed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * The arithmetic of speed scoring: pure functions, tested on their own.
 *
 * <p>A submission is scored on the share of the reference's parallel gain it achieves:
 * {@code gain = (speedup(submission) - 1) / (speedup(reference) - 1)}, computed per round (the
 * baseline, submission and reference of one round were timed back to back) and then the median
 * over rounds. A sequential submission has a gain near 0, the reference near 1. The score is
 * banded in steps of 10%: a gain of 0.9 or more earns everything (that much is measurement noise).
 */
public final class SpeedMath {

    /** Below this reference speedup at N threads the machine shows no parallelism worth scoring. */
    public static final double MIN_REFERENCE_SPEEDUP = 1.3;
    public static final double FULL_MARKS_GAIN = 0.9;

    private SpeedMath() {
    }

    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** The share of the reference's gain over sequential that the submission achieved. */
    public static double gain(double submissionSpeedup, double referenceSpeedup) {
        return (submissionSpeedup - 1) / (referenceSpeedup - 1);
    }

    /** The fraction of the speed points a gain earns: 0, 0.1, ... 0.8, then 1 from 0.9 up. */
    public static double band(double gain) {
        // The tolerance keeps a gain of exactly 0.9 (0.8999999999999999 in floating point) in its band.
        double g = gain + 1e-9;
        if (g >= FULL_MARKS_GAIN) {
            return 1.0;
        }
        if (g <= 0) {
            return 0.0;
        }
        return Math.floor(g * 10) / 10;
    }

    /**
     * The class of {@code classify} that the median of {@code planned} values is already known to
     * fall in, whatever the values still to come; empty while it is not known. It is known once
     * more than half of the planned values are in hand and in one class. The classes must be
     * intervals (a step function such as {@link #band}, or a threshold), so that the median of
     * values inside one lies inside it: with {@code planned / 2 + 1} of them in one interval, the
     * middle value (or both middle values, for an even count) must be among them.
     */
    public static <C> Optional<C> settledMedianClass(List<Double> values, int planned, DoubleFunction<C> classify) {
        int needed = planned / 2 + 1;
        Map<C, Integer> counts = new HashMap<>();
        for (double value : values) {
            C kind = classify.apply(value);
            if (counts.merge(kind, 1, Integer::sum) >= needed) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * The Karp–Flatt metric: the experimentally determined serial fraction
     * {@code e = (1/speedup - 1/p) / (1 - 1/p)} at {@code p} threads.
     */
    public static double karpFlatt(double speedup, int threads) {
        if (threads < 2) {
            throw new IllegalArgumentException("the serial fraction needs at least 2 threads");
        }
        return (1 / speedup - 1.0 / threads) / (1 - 1.0 / threads);
    }

    /** Amdahl's law: the speedup on {@code p} threads of a program whose serial fraction is {@code f}. */
    public static double amdahl(double serialFraction, int threads) {
        return 1 / (serialFraction + (1 - serialFraction) / threads);
    }

    /**
     * The thread counts to time on {@code cpus} processors: 1 and {@code cpus}, with the powers of
     * two in between when there are 4 or more.
     */
    public static List<Integer> threadCounts(int cpus) {
        List<Integer> counts = new ArrayList<>();
        counts.add(1);
        if (cpus >= 4) {
            for (int t = 2; t < cpus; t *= 2) {
                counts.add(t);
            }
        }
        if (cpus > 1) {
            counts.add(cpus);
        }
        return counts;
    }
}
