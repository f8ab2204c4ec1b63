package lab.grader.speed;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lab.grader.build.BuildResult;
import lab.grader.build.CompiledExercise;
import lab.grader.build.ExerciseBuild;
import lab.grader.build.GraderClasspath;
import lab.grader.checks.CheckSettings;
import lab.grader.fork.ForkSpec;
import lab.grader.fork.ForkedJvm;
import lab.grader.grading.SpeedCheckRunner;
import lab.grader.kit.CheckKind;
import lab.grader.kit.Exercise;
import lab.grader.kit.ExerciseMetadata.SpeedSpec;
import lab.grader.kit.Kit;
import lab.grader.result.CheckResult;
import lab.grader.result.SpeedFigures;
import lab.grader.result.Status;
import lab.grader.scoring.Scoring;

/**
 * The speed check (DESIGN.md section 6): times the kit's sequential baseline, the submission and
 * the reference, each in its own forked JVM, interleaved round by round after a warm-up, and
 * scores the submission's speedup against the reference's, round by round (see {@link SpeedMath}).
 *
 * <p>Why a harness of its own rather than JMH: the three implementations share class names, so
 * they need separate JVMs, and the score needs them interleaved in one job; JMH runs one
 * benchmark's forks back to back. The methodology is JMH's where it matters (forked JVMs,
 * warm-up iterations, many measured iterations, the result kept alive by comparing it), and the
 * grader's documentation shows the spread it gets on the same submission.
 */
public final class SpeedCheck implements SpeedCheckRunner {

    private static final int HEAP_MEGABYTES = 2048;

    private final Kit kit;
    private final CheckSettings settings;

    public SpeedCheck(Kit kit, CheckSettings settings) {
        this.kit = kit;
        this.settings = settings;
    }

    @Override
    public CheckResult run(Exercise exercise, CompiledExercise compiled, Path workDir) {
        int max = exercise.metadata().pointsFor(CheckKind.SPEED);
        SpeedSpec spec = exercise.metadata().speed();
        if (spec == null || compiled.speedClasses().isEmpty()) {
            return result(Status.ERROR, 0, max, "the exercise gives speed points but has no speed workload (a kit problem)", null);
        }
        int cpus = Runtime.getRuntime().availableProcessors();
        if (cpus < 2) {
            return result(Status.WITHHELD, 0, max, "this machine has 1 CPU, so no implementation can run faster in"
                    + " parallel here: speed points are withheld (neither given nor denied)", null);
        }
        Optional<List<Path>> reference = referenceClasspath(exercise, spec, workDir);
        if (reference.isEmpty() && spec.referenceEfficiency() == null) {
            return result(Status.SKIPPED, 0, max, "no reference here to compare with, and no recorded reference efficiency", null);
        }
        Duration limit = Duration.ofSeconds(exercise.metadata().timeLimitSecondsFor(CheckKind.SPEED));
        List<Path> submission = GraderClasspath.with(compiled.classes(), compiled.speedClasses().get());
        SpeedPlan plan = SpeedPlan.forCpus(cpus, settings.quick());
        Timings timings;
        try (Sessions sessions = Sessions.start(spec.workload(), submission, reference, workDir, limit)) {
            timings = new Timings(plan, sessions).measure();
        }
        return score(exercise, max, plan, timings, spec, workDir);
    }

    private CheckResult score(Exercise exercise, int max, SpeedPlan plan, Timings timings, SpeedSpec spec, Path workDir) {
        if (timings.failure() != null) {
            return result(Status.FAIL, 0, max, timings.failure(), null);
        }
        boolean estimate = !timings.hasReference();
        List<Double> speedups = new ArrayList<>();
        List<Double> referenceSpeedups = new ArrayList<>();
        for (int t : plan.threads()) {
            speedups.add(round(SpeedMath.median(timings.speedups(Timings.SUBMISSION, t))));
            referenceSpeedups.add(round(estimate ? Math.max(1, spec.referenceEfficiency() * t)
                    : SpeedMath.median(timings.speedups(Timings.REFERENCE, t))));
        }
        int top = plan.threads().get(plan.threads().size() - 1);
        double referenceTop = referenceSpeedups.get(referenceSpeedups.size() - 1);
        Double serialFraction = plan.threads().size() >= 3 ? round(SpeedMath.karpFlatt(speedups.get(speedups.size() - 1), top)) : null;
        String picture = savePicture(timings.picture(), workDir);
        List<Double> roundRatios = estimate ? List.of() : timings.ratios(top);
        SpeedFigures figures = new SpeedFigures(plan.threads(), speedups, referenceSpeedups, serialFraction, estimate,
                timings.roundsKept(), timings.disturbedRounds(), picture,
                roundRatios.stream().map(SpeedCheck::round).toList());
        if (referenceTop < SpeedMath.MIN_REFERENCE_SPEEDUP) {
            return result(Status.WITHHELD, 0, max, String.format(Locale.ROOT, "the reference reaches only %.2fx with %d threads"
                    + " on this machine (under %.1fx), so speed cannot be judged here: points withheld%s", referenceTop, top,
                    SpeedMath.MIN_REFERENCE_SPEEDUP, disturbance(timings)), figures);
        }
        double submissionTop = speedups.get(speedups.size() - 1);
        double ratio = estimate ? SpeedMath.ratio(submissionTop, referenceTop) : SpeedMath.median(roundRatios);
        double fraction = estimate ? SpeedMath.fraction(ratio, referenceTop) : SpeedMath.median(timings.fractions(top));
        double score = Scoring.roundToTenth(max * fraction);
        String message = String.format(Locale.ROOT, "%.2fx with %d threads against the reference's %.2fx%s: %.0f%% of"
                        + " its speedup (median of %d rounds%s)", submissionTop, top, referenceTop,
                estimate ? " (an estimate recorded in the kit)" : "", ratio * 100, timings.roundsKept(),
                settledEarly(timings) + disturbance(timings));
        return result(fraction == 1.0 ? Status.PASS : Status.FAIL, score, max, message, figures);
    }

    /** Says so when fewer rounds than planned were timed because they already settled the score. */
    private static String settledEarly(Timings timings) {
        return timings.roundsKept() < timings.plannedRounds()
                ? "; the " + timings.plannedRounds() + " planned rounds could not have scored otherwise" : "";
    }

    /** What the score owes to other programs on the machine, in words; empty when they kept quiet. */
    private static String disturbance(Timings timings) {
        int disturbed = timings.disturbedRounds();
        if (disturbed == 0) {
            return "";
        }
        String rounds = disturbed == 1 ? "1 round" : disturbed + " rounds";
        if (disturbed <= timings.retakesAllowed()) {
            return "; " + rounds + " timed again because other programs kept the CPUs busy";
        }
        return "; other programs kept the CPUs busy in " + rounds + ", and those past the "
                + timings.retakesAllowed() + " timed again count as they are: close other programs and grade again";
    }

    private Optional<List<Path>> referenceClasspath(Exercise exercise, SpeedSpec spec, Path workDir) {
        if (!kit.hasSolutions()) {
            return Optional.empty();
        }
        BuildResult build = ExerciseBuild.build(exercise, kit.referenceSources(exercise), workDir.resolve("reference"),
                new ExerciseBuild.Parts(false, false, true));
        CompiledExercise compiled = build.compiled().orElseThrow(() ->
                new IllegalStateException("the reference of " + exercise.slug() + " does not compile: " + build.failure().orElse("")));
        return Optional.of(GraderClasspath.with(compiled.classes(), compiled.speedClasses().orElseThrow()));
    }

    private static String savePicture(String base64, Path workDir) {
        if (base64 == null || base64.isEmpty()) {
            return null;
        }
        try {
            Path file = workDir.resolve("speed-picture.png");
            Files.write(file, Base64.getDecoder().decode(base64));
            return workDir.getParent().getParent().relativize(file).toString().replace('\\', '/');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }


    private static CheckResult result(Status status, double score, int max, String message, SpeedFigures figures) {
        return new CheckResult(CheckKind.SPEED.id(), status, score, max, message, List.of(), figures);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** The forked JVMs of one speed check: the baseline's, the submission's, and the reference's if there is one. */
    static final class Sessions implements AutoCloseable {

        final ForkedJvm baseline;
        final ForkedJvm submission;
        final ForkedJvm reference;

        private Sessions(ForkedJvm baseline, ForkedJvm submission, ForkedJvm reference) {
            this.baseline = baseline;
            this.submission = submission;
            this.reference = reference;
        }

        static Sessions start(String workload, List<Path> submission, Optional<List<Path>> reference, Path workDir, Duration limit) {
            // The baseline runs in a JVM of its own, so that threads a submission leaves running
            // cannot slow the baseline down and inflate the submission's speedup; and on the
            // reference's class path where there is one, so that no student class is even loaded
            // there (the baseline is kit code, but the workload class names the student's classes).
            return new Sessions(
                    ForkedJvm.startSession(spec(workload, reference.orElse(submission), workDir.resolve("speed-baseline"), limit)),
                    ForkedJvm.startSession(spec(workload, submission, workDir.resolve("speed-submission"), limit)),
                    reference.map(cp -> ForkedJvm.startSession(spec(workload, cp, workDir.resolve("speed-reference"), limit)))
                            .orElse(null));
        }

        private static ForkSpec spec(String workload, List<Path> classpath, Path dir, Duration limit) {
            return new ForkSpec("speed", List.of(workload), classpath, dir, limit, HEAP_MEGABYTES,
                    ForkSpec.DEFAULT_MAX_THREADS, ForkSpec.DEFAULT_OUTPUT_LIMIT_BYTES);
        }

        List<ForkedJvm> all() {
            List<ForkedJvm> all = new ArrayList<>(List.of(baseline, submission));
            if (reference != null) {
                all.add(reference);
            }
            return all;
        }

        @Override
        public void close() {
            for (ForkedJvm fork : all()) {
                fork.send("quit");
                fork.finish();
            }
        }
    }

    /** Why an event did not arrive, in words. */
    static String missing(ForkedJvm fork, String what) {
        return "the timed run did not answer (" + what + "): it hung, crashed or ran past the time limit";
    }

    static Optional<JsonNode> await(ForkedJvm fork) {
        Duration remaining = fork.remaining();
        return remaining.isNegative() ? Optional.empty() : fork.nextEvent(remaining);
    }
}
