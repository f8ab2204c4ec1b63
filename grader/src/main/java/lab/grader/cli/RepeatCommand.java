package lab.grader.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import lab.grader.checks.CheckSettings;
import lab.grader.grading.ExerciseGrader;
import lab.grader.grading.Progress;
import lab.grader.kit.CheckKind;
import lab.grader.kit.Exercise;
import lab.grader.kit.Kit;
import lab.grader.kit.KitException;
import lab.grader.report.SafeText;
import lab.grader.report.WorkDirectory;
import lab.grader.result.CheckResult;
import lab.grader.result.Status;
import lab.grader.speed.SpeedCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lab repeat}: grades the reference solutions' chosen checks many times over, each run in
 * fresh forked JVMs as grading runs them, and counts the runs that gave full marks. It is how an
 * author proves a test is not flaky ("the reference passes its hidden tests 50 runs out of 50")
 * before students lose points to it.
 */
@Command(name = "repeat", mixinStandardHelpOptions = true,
        description = "Runs the reference's checks (default: tests and hidden) many times and counts the runs"
            + " with full marks: the proof that an exercise's tests are not flaky."
            + " Exit code 0 only when every run of every exercise gave full marks.")
public final class RepeatCommand implements Callable<Integer> {

    @Option(names = "--only", split = ",", paramLabel = "SLUG", description = "repeat only these exercises")
    List<String> only = List.of();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "50", description = "runs per exercise (default: 50)")
    int runs;

    @Option(names = "--checks", split = ",", paramLabel = "CHECK", defaultValue = "tests,hidden",
            description = "the checks to repeat (default: tests,hidden)")
    List<String> checks;

    @Option(names = "--drafts", description = "include exercises marked draft in exercise.json (for authors)")
    boolean drafts;

    @Option(names = "--out", paramLabel = "DIR", description = "work directory (default: target/lab-repeat)")
    Path out = Path.of("target", "lab-repeat");

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new KitException("--runs must be at least 1");
        }
        Set<CheckKind> kinds = checkKinds();
        Kit kit = LabCommand.openKit(drafts);
        if (!kit.hasSolutions()) {
            throw new KitException("repeat runs the reference solutions, which only the instructor's kit has");
        }
        List<Exercise> exercises = kit.select(only);
        Path work = WorkDirectory.prepare(out).resolve("work");
        CheckSettings settings = CheckSettings.feedback(true);
        ExerciseGrader grader = new ExerciseGrader(settings, new SpeedCheck(kit, settings), Progress.SILENT);
        List<String> tally = new ArrayList<>();
        boolean allPassed = true;
        for (Exercise exercise : exercises) {
            int passed = 0;
            long started = System.nanoTime();
            for (int run = 1; run <= runs; run++) {
                ExerciseGrader.Outcome outcome = grader.runChecks(exercise, kit.referenceSources(exercise),
                        work.resolve(exercise.directoryName()), kinds);
                String failure = firstShortfall(outcome);
                if (failure == null) {
                    passed++;
                }
                System.out.printf(Locale.ROOT, "%s run %d/%d: %s%n", exercise.slug(), run, runs,
                        failure == null ? "full marks" : "FAILED " + SafeText.forLog(failure));
            }
            allPassed &= passed == runs;
            tally.add(String.format(Locale.ROOT, "%-20s %s: %d/%d runs with full marks (%.0f s)", exercise.slug(),
                    String.join("+", kinds.stream().map(CheckKind::id).toList()), passed, runs,
                    (System.nanoTime() - started) / 1e9));
        }
        System.out.println();
        tally.forEach(System.out::println);
        return allPassed ? LabCommand.EXIT_OK : LabCommand.EXIT_INTERNAL;
    }

    private Set<CheckKind> checkKinds() {
        Set<CheckKind> kinds = new LinkedHashSet<>();
        for (String id : checks) {
            CheckKind kind = CheckKind.fromId(id);
            if (kind == null) {
                throw new KitException("unknown check '" + id + "' (checks: tests, hidden, stress, design, speed)");
            }
            kinds.add(kind);
        }
        return kinds;
    }

    /** What kept a run from full marks, or {@code null} when every check gave them. */
    private static String firstShortfall(ExerciseGrader.Outcome outcome) {
        if (outcome.notGraded() != null) {
            return SafeText.firstLine(outcome.notGraded().message(), 200);
        }
        for (CheckResult check : outcome.checks()) {
            if (check.status() != Status.PASS || check.score() < check.max()) {
                String item = check.items().stream().filter(i -> !i.passed()).findFirst()
                        .map(i -> i.name() + ": " + i.message()).orElse(check.message());
                return check.kind() + " " + SafeText.firstLine(item, 200);
            }
        }
        return null;
    }
}
