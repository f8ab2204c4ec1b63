package lab.grader.speed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.grader.fork.ForkedJvm;

/**
 * Drives the speed forks through warm-up and measured rounds and keeps every time measured.
 *
 * <p>A round times the baseline once, then, for each thread count, the submission and the
 * reference back to back, each first in turn. Speedups are computed within a round, against that
 * round's baseline, and only from the rounds kept: a round during which other programs kept the
 * machine busy is timed again (a bounded number of times), and the rounds stop early once the
 * ones kept settle the score that all the planned rounds would give.
 */
final class Timings {

    static final String SUBMISSION = "submission";
    static final String REFERENCE = "reference";

    private final SpeedPlan plan;
    private final SpeedCheck.Sessions sessions;
    private final List<Long> baselineNanos = new ArrayList<>();
    private final Map<String, List<Long>> runNanos = new HashMap<>();
    private String failure;
    private String picture;
    private int disturbedRounds;
    /** Rounds timed so far, warm-ups and retakes included: sets the order of the next one. */
    private int roundsTimed;
    /** The measured rounds planned once the warm-up showed what a round costs. */
    private int plannedRounds;

    Timings(SpeedPlan plan, SpeedCheck.Sessions sessions) {
        this.plan = plan;
        this.sessions = sessions;
    }

    Timings measure() {
        for (ForkedJvm fork : sessions.all()) {
            fork.send("setup");
        }
        for (ForkedJvm fork : sessions.all()) {
            if (!answered(fork, "setup", "ready")) {
                return this;
            }
        }
        long warmupRoundNanos = 0;
        for (int round = 0; round < plan.warmups(); round++) {
            long started = System.nanoTime();
            if (timeRound().isEmpty()) {
                return this;
            }
            warmupRoundNanos = System.nanoTime() - started;
        }
        // The last warm-up round is the best guess of what a measured round costs (the first
        // still pays for the JIT compiling the code).
        plannedRounds = plan.rounds(warmupRoundNanos);
        if (!measureRounds()) {
            return this;
        }
        sessions.submission.send("picture");
        SpeedCheck.await(sessions.submission).ifPresent(e -> picture = e.path("png").asText(""));
        return this;
    }

    /**
     * Times the measured rounds; a round during which other programs kept the machine busy is
     * timed again, at most {@link #retakesAllowed} times in all, so that a neighbour's burst
     * does not decide the score. Past that budget the disturbed rounds count as they are. The
     * rounds stop early once the ones kept settle the score.
     */
    private boolean measureRounds() {
        OtherLoad load = OtherLoad.besides(sessions.all().stream().map(ForkedJvm::handle).toList());
        while (baselineNanos.size() < plannedRounds && !scoreSettled()) {
            Optional<OtherLoad.Sample> before = load.sample();
            Optional<Round> round = timeRound();
            if (round.isEmpty()) {
                return false;
            }
            if (OtherLoad.disturbed(before, load.sample())) {
                disturbedRounds++;
                if (disturbedRounds <= retakesAllowed()) {
                    continue;
                }
            }
            keep(round.get());
        }
        return true;
    }

    /**
     * Whether the rounds kept already decide what all the planned rounds would give: whether
     * speed can be judged here (the reference's median speedup against the minimum) and, if it
     * can, the median fraction of the points. Stopping then saves time and changes no score. (Only
     * the fractions 1 and 0 repeat exactly from round to round, so those are the scores that settle
     * early: the reference and the good submissions, and the sequential ones.) Without a
     * reference in the job (a ratio against a recorded estimate) every planned round is timed.
     */
    private boolean scoreSettled() {
        if (sessions.reference == null) {
            return false;
        }
        int top = plan.threads().get(plan.threads().size() - 1);
        Optional<Boolean> judgeable = SpeedMath.settledMedianClass(speedups(REFERENCE, top), plannedRounds,
                speedup -> speedup >= SpeedMath.MIN_REFERENCE_SPEEDUP);
        if (judgeable.isEmpty()) {
            return false;
        }
        return !judgeable.get() || SpeedMath.settledMedianClass(fractions(top), plannedRounds, f -> f).isPresent();
    }

    /** Half the measured rounds again, so a disturbed check costs at most half as long once more. */
    int retakesAllowed() {
        return (plannedRounds + 1) / 2;
    }

    /** The measured rounds planned: as many as the plan's time budget holds, within its bounds. */
    int plannedRounds() {
        return plannedRounds;
    }

    /**
     * One round: the baseline once, then the submission and the reference at each thread count,
     * in an order that alternates from round to round (submission first, then reference first),
     * so that whatever the first run leaves behind for the second (a warm cache, a hot CPU, a
     * collection it provoked in a neighbour) does not always fall on the same side.
     */
    private Optional<Round> timeRound() {
        boolean referenceFirst = roundsTimed++ % 2 == 1;
        Optional<Long> baseline = time(sessions.baseline, "baseline", "the baseline");
        if (baseline.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> runs = new HashMap<>();
        for (int threads : plan.threads()) {
            boolean timed = referenceFirst
                    ? timeReference(threads, runs) && timeRun(sessions.submission, SUBMISSION, threads, runs)
                    : timeRun(sessions.submission, SUBMISSION, threads, runs) && timeReference(threads, runs);
            if (!timed) {
                return Optional.empty();
            }
        }
        return Optional.of(new Round(baseline.get(), runs));
    }

    /** Times the reference, when the job has one (without, the ratio is against an estimate). */
    private boolean timeReference(int threads, Map<String, Long> runs) {
        return sessions.reference == null || timeRun(sessions.reference, REFERENCE, threads, runs);
    }

    private void keep(Round round) {
        baselineNanos.add(round.baselineNanos());
        round.runNanos().forEach((run, nanos) -> runNanos.computeIfAbsent(run, k -> new ArrayList<>()).add(nanos));
    }

    private boolean timeRun(ForkedJvm fork, String who, int threads, Map<String, Long> runs) {
        Optional<Long> nanos = time(fork, "run " + threads, who.equals(SUBMISSION) ? "your code" : "the reference");
        nanos.ifPresent(n -> runs.put(who + "@" + threads, n));
        return nanos.isPresent();
    }

    private Optional<Long> time(ForkedJvm fork, String command, String who) {
        fork.send(command);
        Optional<JsonNode> event = SpeedCheck.await(fork);
        if (event.isEmpty() || !event.get().path("event").asText().equals("timing")) {
            failure = who + ": " + SpeedCheck.missing(fork, command);
            return Optional.empty();
        }
        if (event.get().has("error")) {
            failure = who + " gave no valid timed result: " + event.get().path("error").asText()
                    + " (a wrong answer in a timed run scores no speed points)";
            return Optional.empty();
        }
        return Optional.of(event.get().path("nanos").asLong());
    }

    private boolean answered(ForkedJvm fork, String command, String expected) {
        Optional<JsonNode> event = SpeedCheck.await(fork);
        if (event.isEmpty() || !event.get().path("event").asText().equals(expected)) {
            failure = "the speed workload could not start: " + SpeedCheck.missing(fork, command)
                    + event.map(e -> " (" + e.path("message").asText(e.toString()) + ")").orElse("");
            return false;
        }
        return true;
    }

    String failure() {
        return failure;
    }

    String picture() {
        return picture;
    }

    /** How many measured rounds were kept: the planned ones, or fewer once they settled the score. */
    int roundsKept() {
        return baselineNanos.size();
    }

    /** How many measured rounds ran while other programs kept the machine busy. */
    int disturbedRounds() {
        return disturbedRounds;
    }

    boolean hasReference() {
        return sessions.reference != null;
    }

    /** Per measured round: baseline time / this implementation's time at {@code threads}. */
    List<Double> speedups(String who, int threads) {
        List<Long> runs = runNanos.getOrDefault(who + "@" + threads, List.of());
        List<Double> speedups = new ArrayList<>();
        for (int round = 0; round < runs.size(); round++) {
            speedups.add(baselineNanos.get(round) / (double) runs.get(round));
        }
        return speedups;
    }

    /** Per measured round: the submission's speedup over the reference's at {@code threads}. */
    List<Double> ratios(int threads) {
        List<Double> submission = speedups(SUBMISSION, threads);
        List<Double> reference = speedups(REFERENCE, threads);
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < submission.size(); round++) {
            ratios.add(SpeedMath.ratio(submission.get(round), reference.get(round)));
        }
        return ratios;
    }

    /** Per measured round: the fraction of the speed points that the round's ratio earns. */
    List<Double> fractions(int threads) {
        List<Double> ratios = ratios(threads);
        List<Double> reference = speedups(REFERENCE, threads);
        List<Double> fractions = new ArrayList<>();
        for (int round = 0; round < ratios.size(); round++) {
            fractions.add(SpeedMath.fraction(ratios.get(round), reference.get(round)));
        }
        return fractions;
    }

    /** The times of one round: the baseline's, and each run's by "who@threads". */
    private record Round(long baselineNanos, Map<String, Long> runNanos) {
    }
}
