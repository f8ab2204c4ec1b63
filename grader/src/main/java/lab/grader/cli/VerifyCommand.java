package lab.grader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import lab.grader.checks.CheckSettings;
import lab.grader.grading.ExerciseGrader;
import lab.grader.grading.Progress;
import lab.grader.kit.Exercise;
import lab.grader.kit.Kit;
import lab.grader.kit.KitException;
import lab.grader.report.SafeText;
import lab.grader.report.WorkDirectory;
import lab.grader.speed.SpeedCheck;
import lab.grader.verify.Verifier;
import lab.grader.verify.VerifyRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lab verify}: proves the kit's exercises honest (stub fails, reference passes, mutants caught). */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Checks the kit: every stub scores 0 in tests, hidden and stress; every reference scores"
            + " full marks in every check; every mutant loses points in the check its header names."
            + " Exit code 0 only when every rule holds.")
public final class VerifyCommand implements Callable<Integer> {

    @Option(names = "--only", split = ",", paramLabel = "SLUG", description = "verify only these exercises")
    List<String> only = List.of();

    @Option(names = "--drafts", description = "include exercises marked draft in exercise.json (for authors)")
    boolean drafts;

    @Option(names = "--quick", description = "fewer speed rounds, one JVM configuration per jcstress test")
    boolean quick;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
            description = "exercises verified at once (default: 1); speed exercises always run alone, at the end")
    int jobs;

    @Option(names = "--out", paramLabel = "DIR", description = "work directory (default: target/lab-verify)")
    Path out = Path.of("target", "lab-verify");

    @Override
    public Integer call() throws IOException {
        Kit kit = LabCommand.openKit(drafts);
        if (!kit.hasSolutions()) {
            throw new KitException("verify needs the reference solutions, which only the instructor's kit has");
        }
        if (jobs < 1) {
            throw new KitException("--jobs must be at least 1");
        }
        List<Exercise> exercises = kit.select(only);
        Path work = WorkDirectory.prepare(out).resolve("work");
        CheckSettings settings = CheckSettings.feedback(quick);
        ExerciseGrader grader = new ExerciseGrader(settings, new SpeedCheck(kit, settings), Progress.SILENT);
        CheckSettings mutantSettings = settings.failingFast();
        ExerciseGrader mutantGrader = new ExerciseGrader(mutantSettings, new SpeedCheck(kit, mutantSettings), Progress.SILENT);
        long started = System.nanoTime();
        List<VerifyRow> rows = new Verifier(kit, grader, mutantGrader, work, System.out).verify(exercises, jobs);
        printTable(rows);
        long failed = rows.stream().filter(r -> !r.ok()).count();
        System.out.printf(Locale.ROOT, "%n%d checked, %d passed, %d failed (%.0f s)%n", rows.size(),
                rows.size() - failed, failed, (System.nanoTime() - started) / 1e9);
        return failed == 0 ? LabCommand.EXIT_OK : LabCommand.EXIT_INTERNAL;
    }

    private static void printTable(List<VerifyRow> rows) {
        System.out.printf("%n%-20s %-28s %-7s %-11s %-9s %-4s %s%n", "exercise", "subject", "check", "expected", "got", "ok", "note");
        for (VerifyRow row : rows) {
            System.out.printf("%-20s %-28s %-7s %-11s %-9s %-4s %s%n", row.exercise(), row.subject(), row.check(),
                    row.expected(), row.got(), row.ok() ? "ok" : "FAIL", SafeText.forLog(SafeText.firstLine(row.note(), 120)));
        }
    }
}
