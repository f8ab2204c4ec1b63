package lab.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import lab.grader.kit.KitException;
import lab.grader.report.ResultsSite;
import lab.grader.report.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lab results}: the gradebook CSV and a static results site from many gradings. */
@Command(name = "results", mixinStandardHelpOptions = true,
        description = "Publishes gradings: reads every result.json in or below the given directories (each"
            + " student's grading in a directory named after the student, as the official workflow writes"
            + " them) and writes gradebook.csv, index.html and a copy of each student's report to --out.")
public final class ResultsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "RESULT_DIR", description = "gradings, or directories that hold them")
    List<Path> directories;

    @Option(names = "--out", paramLabel = "SITE", required = true, description = "where to write the site")
    Path out;

    @Override
    public Integer call() throws IOException {
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                throw new KitException(directory + " is not a directory (give the directories the gradings wrote)");
            }
        }
        ResultsSite.Collected collected = ResultsSite.collect(directories);
        collected.problems().forEach(problem -> System.out.println("lab results: skipped " + SafeText.forLog(problem)));
        if (collected.graded().isEmpty()) {
            throw new KitException("no result.json found to publish");
        }
        ResultsSite.write(collected, out);
        System.out.println("published " + collected.graded().size() + " gradings to " + out.toAbsolutePath().normalize()
                + " (index.html, gradebook.csv)");
        return LabCommand.EXIT_OK;
    }
}
