package lab.grader.checks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lab.grader.build.CompiledExercise;
import lab.grader.build.GraderClasspath;
import lab.grader.fork.ForkOutcome;
import lab.grader.fork.ForkSpec;
import lab.grader.fork.ForkedJvm;
import lab.grader.kit.CheckKind;
import lab.grader.kit.Exercise;
import lab.grader.result.CheckResult;
import lab.grader.result.ItemResult;
import lab.grader.result.Status;
import lab.grader.scoring.Scoring;

/**
 * Runs the checks that execute student code ({@code tests}, {@code hidden}, {@code stress},
 * {@code design}), each in its own forked JVM, and turns what the fork reported into a verdict.
 */
public final class ForkedChecks {

    private static final String DESIGN_TAG = "design";

    private final CheckSettings settings;

    public ForkedChecks(CheckSettings settings) {
        this.settings = settings;
    }

    /**
     * Runs one check.
     *
     * @param policyItems the student-code policy's items, reported under {@code design}
     */
    public CheckResult run(CheckKind kind, Exercise exercise, CompiledExercise compiled, Path workDir,
            List<ItemResult> policyItems) {
        int max = exercise.metadata().pointsFor(kind);
        Duration limit = Duration.ofSeconds(exercise.metadata().timeLimitSecondsFor(kind));
        return switch (kind) {
            case TESTS -> junit(kind, max, limit, GraderClasspath.with(compiled.classes(), compiled.testClasses()),
                    compiled.testClasses(), "exclude", workDir, List.of());
            case HIDDEN -> compiled.hiddenTestClasses()
                    .map(hidden -> junit(kind, max, limit,
                            GraderClasspath.with(compiled.classes(), compiled.testClasses(), hidden), hidden, "exclude", workDir, List.of()))
                    .orElseGet(() -> CheckResult.of(kind, Status.SKIPPED, 0, max,
                            "no hidden tests here (they exist only in the instructor's kit)", List.of()));
            case DESIGN -> junit(kind, max, limit, GraderClasspath.with(compiled.classes(), compiled.testClasses()),
                    compiled.testClasses(), "include", workDir, policyItems);
            case STRESS -> compiled.stressClasses()
                    .map(stress -> stress(max, limit, GraderClasspath.with(compiled.classes(), stress), workDir))
                    .orElseGet(() -> CheckResult.of(kind, Status.ERROR, 0, max,
                            "the exercise has no jcstress tests but its metadata gives stress points", List.of()));
            case SPEED -> throw new IllegalArgumentException("the speed check is not a forked test run");
        };
    }

    private CheckResult junit(CheckKind kind, int max, Duration limit, List<Path> classpath, Path root,
            String tagMode, Path workDir, List<ItemResult> extraItems) {
        ForkOutcome outcome = ForkedJvm.run(new ForkSpec("junit", List.of(root.toString(), tagMode, DESIGN_TAG),
                classpath, workDir.resolve(kind.id()), limit, ForkSpec.DEFAULT_HEAP_MEGABYTES,
                ForkSpec.DEFAULT_MAX_THREADS, ForkSpec.DEFAULT_OUTPUT_LIMIT_BYTES));
        return verdict(kind, max, outcome, extraItems, "test");
    }

    private CheckResult stress(int max, Duration limit, List<Path> classpath, Path workDir) {
        Path stressDir = workDir.resolve("stress");
        List<String> args = new java.util.ArrayList<>(List.of(settings.stressMode(), stressDir.toString()));
        if (settings.stressFailFast()) {
            args.add("fail-fast");
        }
        if (settings.quick()) {
            args.add("single-jvm");
        }
        ForkOutcome outcome = ForkedJvm.run(new ForkSpec("stress", args,
                classpath, stressDir, limit, ForkSpec.DEFAULT_HEAP_MEGABYTES,
                ForkSpec.DEFAULT_MAX_THREADS, ForkSpec.DEFAULT_OUTPUT_LIMIT_BYTES));
        return verdict(CheckKind.STRESS, max, outcome, List.of(), "jcstress test");
    }

    private static CheckResult verdict(CheckKind kind, int max, ForkOutcome outcome, List<ItemResult> extraItems,
            String noun) {
        Optional<List<ItemResult>> reported = ReportedItems.from(outcome);
        if (reported.isEmpty()) {
            return CheckResult.of(kind, Status.ERROR, 0, max,
                    "the " + kind.id() + " run ended before it listed its tests: " + ReportedItems.whyNoResult(outcome),
                    extraItems);
        }
        // Policy items are shown beside the design tests but not counted: a policy violation never
        // gets this far (it scores the whole exercise 0), and counting eleven passed policy rules
        // would dilute the exercise's own design rules.
        List<ItemResult> counted = reported.get();
        List<ItemResult> items = new ArrayList<>(counted);
        items.addAll(extraItems);
        if (counted.isEmpty() && extraItems.isEmpty()) {
            return CheckResult.of(kind, Status.ERROR, 0, max, "no " + noun + "s were found (a kit problem)", items);
        }
        long passed = counted.stream().filter(ItemResult::passed).count();
        int total = counted.size();
        if (outcome.killedBecause().isPresent()) {
            // A fork the grader had to kill (time, output, threads) fails its check whatever it
            // reported before: what it did after its last report is unknown.
            return CheckResult.of(kind, Status.FAIL, 0, max, "the " + kind.id() + " run was stopped because it "
                    + outcome.killedBecause().get() + " (" + passed + " of " + total + " had passed): 0 points", items);
        }
        boolean allPassed = passed == total;
        StringBuilder message = new StringBuilder(passed + " of " + total + " " + noun + "s passed");
        if (!extraItems.isEmpty()) {
            message.append(" (and all ").append(extraItems.size()).append(" rules of the student-code policy held)");
        }
        for (String deadlock : ReportedItems.deadlocks(outcome)) {
            message.append("\n").append(deadlock);
        }
        if (!outcome.completed() && !allPassed) {
            message.append("\n").append(ReportedItems.whyNoResult(outcome).lines().findFirst().orElse(""));
        }
        double score = total == 0 ? max : Scoring.proportional(max, passed, total);
        return CheckResult.of(kind, allPassed ? Status.PASS : Status.FAIL, score, max, message.toString(), items);
    }

}
