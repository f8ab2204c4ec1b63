package lab.grader.grading;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lab.grader.build.BuildResult;
import lab.grader.build.CompiledExercise;
import lab.grader.build.ExerciseBuild;
import lab.grader.checks.CheckSettings;
import lab.grader.checks.CodePolicy;
import lab.grader.checks.ForkedChecks;
import lab.grader.kit.CheckKind;
import lab.grader.kit.Exercise;
import lab.grader.result.CheckResult;
import lab.grader.result.ExerciseResult;
import lab.grader.result.ItemResult;
import lab.grader.result.Status;
import lab.grader.scoring.Scoring;

/**
 * The pipeline for one exercise: build, check the student-code policy, run the checks, score.
 */
public final class ExerciseGrader {

    private final ForkedChecks forkedChecks;
    private final SpeedCheckRunner speed;
    private final Progress progress;

    public ExerciseGrader(CheckSettings settings, SpeedCheckRunner speed, Progress progress) {
        this.forkedChecks = new ForkedChecks(settings);
        this.speed = speed;
        this.progress = progress;
    }

    /** Grades the sources in {@code sources} with every check the exercise has. */
    public ExerciseResult grade(Exercise exercise, Path sources, Path workDir) {
        Set<CheckKind> all = Set.copyOf(java.util.Arrays.stream(CheckKind.values())
                .filter(exercise.metadata()::grades).toList());
        Outcome outcome = runChecks(exercise, sources, workDir, all);
        if (outcome.notGraded() != null) {
            return outcome.notGraded();
        }
        return Scoring.exercise(exercise.slug(), Scoring.gate(outcome.checks()));
    }

    /**
     * The raw verdicts (before the design/speed gate) of the chosen checks, or the reason the
     * exercise could not be graded at all.
     */
    public record Outcome(List<CheckResult> checks, ExerciseResult notGraded) {
    }

    public Outcome runChecks(Exercise exercise, Path sources, Path workDir, Set<CheckKind> kinds) {
        List<CheckKind> ordered = java.util.Arrays.stream(CheckKind.values())
                .filter(kinds::contains).filter(exercise.metadata()::grades).toList();
        if (!Files.isDirectory(sources)) {
            return notGraded(exercise, ExerciseResult.NOT_COMPILED, ordered,
                    "the submission has no sources for this exercise (exercises/" + exercise.directoryName() + "/src/main/java)");
        }
        BuildResult build = ExerciseBuild.build(exercise, sources, workDir, new ExerciseBuild.Parts(
                kinds.contains(CheckKind.HIDDEN), kinds.contains(CheckKind.STRESS), kinds.contains(CheckKind.SPEED)));
        if (build.failure().isPresent()) {
            return notGraded(exercise, ExerciseResult.NOT_COMPILED, ordered, build.failure().get());
        }
        CompiledExercise compiled = build.compiled().orElseThrow();

        List<ItemResult> policy = CodePolicy.check(compiled.classes(), exercise.javaPackage(), exercise.metadata().allow());
        List<ItemResult> violations = policy.stream().filter(item -> !item.passed()).toList();
        if (!violations.isEmpty()) {
            return policyViolation(exercise, ordered, policy, violations);
        }

        List<CheckResult> checks = new ArrayList<>();
        for (CheckKind kind : ordered) {
            progress.checkStarted(exercise, kind);
            long started = System.nanoTime();
            CheckResult result = kind == CheckKind.SPEED
                    ? speed.run(exercise, compiled, workDir)
                    : forkedChecks.run(kind, exercise, compiled, workDir, kind == CheckKind.DESIGN ? policy : List.of());
            progress.checkFinished(exercise, result, Duration.ofNanos(System.nanoTime() - started));
            checks.add(result);
        }
        return new Outcome(checks, null);
    }

    private static Outcome notGraded(Exercise exercise, String status, List<CheckKind> kinds, String reason) {
        List<CheckResult> checks = kinds.stream()
                .map(kind -> CheckResult.of(kind, Status.FAIL, 0, exercise.metadata().pointsFor(kind),
                        "not run: the code did not compile", List.of()))
                .toList();
        return new Outcome(checks, new ExerciseResult(exercise.slug(), status, 0, maxOf(checks), reason, checks));
    }

    private static Outcome policyViolation(Exercise exercise, List<CheckKind> kinds, List<ItemResult> policy,
            List<ItemResult> violations) {
        String reason = "your code breaks the student-code policy, so none of it was run and the exercise scores 0: "
                + String.join("; ", violations.stream().map(ItemResult::name).toList());
        List<CheckResult> checks = kinds.stream()
                .map(kind -> kind == CheckKind.DESIGN
                        ? CheckResult.of(kind, Status.FAIL, 0, exercise.metadata().pointsFor(kind), reason, policy)
                        : CheckResult.of(kind, Status.FAIL, 0, exercise.metadata().pointsFor(kind),
                                "not run: the code breaks the student-code policy (see design)", List.of()))
                .toList();
        return new Outcome(checks, new ExerciseResult(exercise.slug(), ExerciseResult.POLICY_VIOLATION, 0,
                maxOf(checks), reason, checks));
    }

    private static int maxOf(List<CheckResult> checks) {
        return checks.stream().mapToInt(CheckResult::max).sum();
    }
}
