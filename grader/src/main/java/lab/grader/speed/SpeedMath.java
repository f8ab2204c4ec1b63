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
 * <p>A submission is scored on the ratio {@code speedup(submission) / speedup(reference)}
 * (DESIGN.md section 6), per round: the baseline, submission and reference of one round were timed
 * back to back. The ratio is banded in steps of 10%, and 0.9 or more earns everything (that much
 * is measurement noise: the reference timed against itself measures 0.9 to 1.1 here). Below that,
 * a band earns its share of the way from the ratio a sequential program would get,
 * {@code 1 / speedup(reference)}, up to 0.9, so that a sequential submission earns nothing
 * however many cores the machine has: on 2 cores it gets about half the reference's speedup, on
 * 16 cores a tenth. The score is the median of the rounds' fractions.
 */
public final class SpeedMath {

    /** Below this reference speedup at N threads the machine shows no parallelism worth scoring. */
    public static final double MIN_REFERENCE_SPEEDUP = 1.3;
    /** From this share of the reference's speedup up, the difference is measurement noise: full marks. */
    public static final double FULL_MARKS_RATIO = 0.9;
    /** The width of a scoring band ({@link #step} draws the bands at whole tenths). */
    public static final double BAND = 0.1;

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

    /** The figure the score is banded on: how much of the reference's speedup the submission reached. */
    public static double ratio(double submissionSpeedup, double referenceSpeedup) {
        return submissionSpeedup / referenceSpeedup;
    }

    /** The ratio rounded down to its step of 10%, with every ratio from 0.9 up in the top step, 0.9. */
    public static double step(double ratio) {
        // The tolerance keeps a ratio of exactly 0.9 (0.8999999999999999 in floating point) in its band.
        double r = ratio + 1e-9;
        if (r >= FULL_MARKS_RATIO) {
            return FULL_MARKS_RATIO;
        }
        if (r <= 0) {
            return 0.0;
        }
        return Math.floor(r * 10) / 10;
    }

    /**
     * The fraction of the speed points that a ratio earns when the reference reached
     * {@code referenceSpeedup}: 1 from the top step; below it, the step's share of the way from
     * the sequential ratio {@code 1 / referenceSpeedup} (which earns 0) up to the top step.
     */
    public static double fraction(double ratio, double referenceSpeedup) {
        double step = step(ratio);
        if (step >= FULL_MARKS_RATIO) {
            return 1.0;
        }
        double sequential = 1 / referenceSpeedup;
        if (sequential >= FULL_MARKS_RATIO) {
            // A round in which the reference itself was barely faster than the baseline: only a
            // submission as fast as the reference shows it was parallel at all.
            return 0.0;
        }
        return Math.max(0, (step - sequential) / (FULL_MARKS_RATIO - sequential));
    }

    /**
     * The class of {@code classify} that the median of {@code planned} values is already known to
     * fall in, whatever the values still to come; empty while it is not known. It is known once
     * more than half of the planned values are in hand and in one class. The classes must be
     * intervals (a threshold, or single values such as the fractions of {@link #fraction}), so
     * that the median of values inside one lies inside it: with {@code planned / 2 + 1} of them in one interval, the
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
