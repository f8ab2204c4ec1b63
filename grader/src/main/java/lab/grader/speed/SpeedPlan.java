package lab.grader.speed;

import java.time.Duration;
import java.util.List;

/**
 * How a speed check samples: the thread counts, the warm-up rounds, and how many measured rounds
 * to plan once the warm-up has shown what a round costs.
 *
 * <p>The measured rounds fill a time budget, between a floor and a ceiling: a workload whose
 * rounds are cheap gets more of them. The noise is not the same for every workload: on a shared
 * 2-core runner the Mandelbrot reference timed against itself stays within 3% round by round,
 * while the matrix product (streaming data through each core's caches) wanders by 20% and more, and
 * only more rounds bring its median close enough to the truth to score it in steps of 10% (see
 * the grader's README). The floor (7, or 3 with {@code --quick}) is what the stable workloads
 * need; the ceiling keeps a check within a minute.
 */
public record SpeedPlan(List<Integer> threads, int warmups, int minRounds, int maxRounds, Duration budget) {

    public static SpeedPlan forCpus(int cpus, boolean quick) {
        return quick
                ? new SpeedPlan(SpeedMath.threadCounts(cpus), 1, 3, 7, Duration.ofSeconds(10))
                : new SpeedPlan(SpeedMath.threadCounts(cpus), 2, 7, 15, Duration.ofSeconds(30));
    }

    /** The measured rounds to plan when one round takes {@code roundNanos}: as many as the budget holds, within bounds. */
    public int rounds(long roundNanos) {
        long fit = roundNanos <= 0 ? maxRounds : budget.toNanos() / roundNanos;
        return (int) Math.max(minRounds, Math.min(maxRounds, fit));
    }
}
