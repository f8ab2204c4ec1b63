package lab.grader.cli;

import java.io.IOException;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import lab.grader.checks.CheckSettings;
import lab.grader.fork.NetworkSandbox;
import lab.grader.grading.ExerciseGrader;
import lab.grader.grading.Grading;
import lab.grader.intake.Intake;
import lab.grader.intake.Submission;
import lab.grader.kit.Exercise;
import lab.grader.kit.Kit;
import lab.grader.kit.KitException;
import lab.grader.report.ConsoleProgress;
import lab.grader.report.ClassroomResults;
import lab.grader.report.GradescopeResults;
import lab.grader.report.HtmlReport;
import lab.grader.report.JUnitXml;
import lab.grader.report.ResultJson;
import lab.grader.report.SummaryMarkdown;
import lab.grader.report.WorkDirectory;
import lab.grader.result.GradeReport;
import lab.grader.speed.SpeedCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lab grade}: grades a submission (or the reference solutions) and writes the reports. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grades a submission: compiles it with the kit's tests, runs every check in forked JVMs,"
            + " scores it, and writes result.json, summary.md and report.html.")
public final class GradeCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "the submission: a checkout of the course repository (default: this one)")
    Path submission;

    @Option(names = "--only", split = ",", paramLabel = "SLUG", description = "grade only these exercises (comma-separated slugs)")
    List<String> only = List.of();

    @Option(names = "--out", paramLabel = "DIR", description = "where the reports go (default: target/lab)")
    Path out = Path.of("target", "lab");

    @Option(names = "--drafts", description = "include exercises marked draft in exercise.json (for authors)")
    boolean drafts;

    @Option(names = "--quick", description = "fewer speed rounds: faster, less precise")
    boolean quick;

    @Option(names = "--solutions", description = "grade the kit's reference solutions (the demo)")
    boolean solutions;

    @Option(names = "--official", description = "official grading: requires the hidden tests; marks the result official")
    boolean official;

    @Override
    public Integer call() throws IOException {
        if (solutions && submission != null) {
            throw new KitException("give either DIR or --solutions, not both");
        }
        Kit kit = LabCommand.openKit(drafts);
        List<Exercise> exercises = kit.select(only);
        if (official) {
            List<String> withoutHidden = exercises.stream().filter(e -> !e.hasHiddenTests()).map(Exercise::slug).toList();
            if (!withoutHidden.isEmpty()) {
                throw new KitException("--official needs the hidden tests, which this kit lacks for: "
                        + String.join(", ", withoutHidden) + " (official grading runs in the instructor's kit)");
            }
        }
        Path outDir = WorkDirectory.prepare(out);
        Submission graded = solutions
                ? Intake.solutions(kit, outDir)
                : Intake.fromDirectory(kit, submission == null ? kit.root() : submission, outDir);

        try (ConsoleProgress progress = new ConsoleProgress(System.out)) {
            return grade(kit, exercises, outDir, graded, progress);
        }
    }

    private int grade(Kit kit, List<Exercise> exercises, Path outDir, Submission graded, ConsoleProgress progress)
            throws IOException {
        CheckSettings settings = official ? CheckSettings.official() : CheckSettings.feedback(quick);
        System.out.printf("Grading %s: %d exercise(s), %s mode, on %d CPUs; %s%n", graded.path(), exercises.size(),
                official ? "official" : "feedback", Runtime.getRuntime().availableProcessors(), NetworkSandbox.description());
        ExerciseGrader grader = new ExerciseGrader(settings, new SpeedCheck(kit, settings), progress);
        GradeReport report = new Grading(grader, progress)
                .grade(graded, exercises, outDir, official ? "official" : "feedback", kitVersion());

        ResultJson.write(report, outDir.resolve("result.json"));
        SummaryMarkdown.write(report, outDir.resolve("summary.md"));
        HtmlReport.write(report, outDir);
        GradescopeResults.write(report, outDir.resolve("gradescope-results.json"));
        ClassroomResults.write(report, outDir);
        JUnitXml.write(report, outDir);
        System.out.printf("%nScore: %s. Reports in %s: result.json, summary.md, report.html%n",
                SummaryMarkdown.score(report.score(), report.max()), outDir);
        if (!graded.changedOutsideAllowed().isEmpty()) {
            System.out.printf("Note: %d file(s) outside exercises/*/src/main/java differ from the kit and were ignored (listed in summary.md).%n",
                    graded.changedOutsideAllowed().size());
        }
        return LabCommand.EXIT_OK;
    }

    static String kitVersion() {
        String version = GradeCommand.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0" : version;
    }

}
