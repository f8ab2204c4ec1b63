package lab.grader.speed;

import java.util.List;

/**
 * How a speed check samples: the thread counts, the warm-up rounds, the measured rounds.
 *
 * <p>Seven measured rounds give a median that moved by less than one scoring band between
 * repeated gradings here (see the grader's README); {@code --quick} trades that for time.
 */
public record SpeedPlan(List<Integer> threads, int warmups, int rounds) {

    public static SpeedPlan forCpus(int cpus, boolean quick) {
        return new SpeedPlan(SpeedMath.threadCounts(cpus), quick ? 1 : 2, quick ? 3 : 7);
    }
}
