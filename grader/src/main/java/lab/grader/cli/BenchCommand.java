package lab.grader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import lab.grader.checks.CheckSettings;
import lab.grader.grading.ExerciseGrader;
import lab.grader.grading.Progress;
import lab.grader.intake.Intake;
import lab.grader.intake.Submission;
import lab.grader.kit.CheckKind;
import lab.grader.kit.Exercise;
import lab.grader.kit.Kit;
import lab.grader.kit.KitException;
import lab.grader.report.SafeText;
import lab.grader.report.WorkDirectory;
import lab.grader.result.CheckResult;
import lab.grader.speed.SpeedMath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lab bench-speed}: the grader's own benchmark. Runs the speed check of the same
 * submission several times and prints how much its score moves and what each run costs, which is
 * how the speed harness is shown to be stable enough to grade with.
 */
@Command(name = "bench-speed", mixinStandardHelpOptions = true,
        description = "Runs the speed check of one submission several times and prints the spread of the speed"
            + " score and the seconds each check costs.")
public final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "the submission (default: the reference solutions)")
    Path submission;

    @Option(names = "--only", split = ",", paramLabel = "SLUG", description = "the speed exercises to time (default: all)")
    List<String> only = List.of();

    @Option(names = "--times", paramLabel = "N", description = "how many gradings (default: 5)")
    int times = 5;

    @Option(names = "--quick", description = "fewer rounds per speed check")
    boolean quick;

    @Option(names = "--drafts", description = "include exercises marked draft in exercise.json (for authors)")
    boolean drafts;

    @Option(names = "--out", paramLabel = "DIR", description = "work directory (default: target/lab-bench)")
    Path out = Path.of("target", "lab-bench");

    @Override
    public Integer call() throws IOException {
        if (times < 1) {
            throw new KitException("--times must be at least 1");
        }
        Kit kit = LabCommand.openKit(drafts);
        List<Exercise> exercises = kit.select(only).stream().filter(e -> e.metadata().grades(CheckKind.SPEED)).toList();
        if (exercises.isEmpty()) {
            throw new KitException("none of the chosen exercises has a speed check");
        }
        Path dir = WorkDirectory.prepare(out);
        Submission graded = submission == null ? Intake.solutions(kit, dir) : Intake.fromDirectory(kit, submission, dir);
        CheckSettings settings = CheckSettings.feedback(quick);
        ExerciseGrader grader = new ExerciseGrader(settings, new lab.grader.speed.SpeedCheck(kit, settings), Progress.SILENT);
        for (Exercise exercise : exercises) {
            bench(exercise, graded, grader, dir);
        }
        return LabCommand.EXIT_OK;
    }

    private void bench(Exercise exercise, Submission graded, ExerciseGrader grader, Path dir) {
        System.out.printf("%s: %d speed checks on %d CPUs%n", exercise.slug(), times, Runtime.getRuntime().availableProcessors());
        List<Double> scores = new ArrayList<>();
        List<Double> seconds = new ArrayList<>();
        for (int run = 1; run <= times; run++) {
            long started = System.nanoTime();
            ExerciseGrader.Outcome outcome = grader.runChecks(exercise, graded.sourcesOf(exercise.directoryName()),
                    dir.resolve("work").resolve(exercise.directoryName() + "-" + run), Set.of(CheckKind.SPEED));
            double elapsed = (System.nanoTime() - started) / 1e9;
            if (outcome.notGraded() != null) {
                throw new KitException(exercise.slug() + ": " + SafeText.firstLine(outcome.notGraded().message(), 200));
            }
            CheckResult speed = outcome.checks().get(0);
            scores.add(speed.score());
            seconds.add(elapsed);
            System.out.printf(Locale.ROOT, "  run %d: %5.1f/%d  %-8s %5.1f s  %s%n", run, speed.score(), speed.max(),
                    speed.status().id(), elapsed, SafeText.forLog(SafeText.firstLine(speed.message(), 110)));
            if (speed.speed() != null && !speed.speed().roundRatios().isEmpty()) {
                System.out.println("         ratio to the reference, round by round: " + speed.speed().roundRatios());
            }
        }
        System.out.printf(Locale.ROOT, "  score: min %.1f, median %.1f, max %.1f (spread %.1f points)%n",
                min(scores), SpeedMath.median(scores), max(scores), max(scores) - min(scores));
        System.out.printf(Locale.ROOT, "  seconds per speed check (with the build): min %.1f, median %.1f, max %.1f%n",
                min(seconds), SpeedMath.median(seconds), max(seconds));
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
