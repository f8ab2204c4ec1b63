package lab.grader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lab.grader.cli.LabCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code lab results}: gradings in, gradebook and site out, and bad gradings named, not lost. */
class ResultsSiteTest {

    @TempDir
    Path dir;

    @Test
    void everyStudentGetsARowWithTheirExerciseScores() throws IOException {
        grading("ada", 90, "{\"slug\": \"deadlock\", \"score\": 50, \"max\": 50}, {\"slug\": \"visibility\", \"score\": 40, \"max\": 50}");
        grading("bob", 12.5, "{\"slug\": \"deadlock\", \"score\": 12.5, \"max\": 50}");

        ResultsSite.Collected collected = ResultsSite.collect(List.of(dir.resolve("results")));
        ResultsSite.write(collected, dir.resolve("site"));

        assertEquals(List.of(), collected.problems());
        assertEquals("""
                student,score,max,mode,commit,deadlock,visibility
                ada,90,100,official,abc123,50,40
                bob,12.5,100,official,abc123,12.5,
                """, Files.readString(dir.resolve("site/gradebook.csv")));
        String index = Files.readString(dir.resolve("site/index.html"));
        assertTrue(index.contains("students/ada/report.html"), index);
        assertTrue(Files.isRegularFile(dir.resolve("site/students/bob/result.json")));
    }

    @Test
    void aSpreadsheetFormulaInACellIsDefused() throws IOException {
        Path student = grading("eve", 0, "");
        Files.writeString(student.resolve("result.json"), Files.readString(student.resolve("result.json"))
                .replace("abc123", "=HYPERLINK(\\\"http://x\\\")"));

        String csv = ResultsSite.csv(ResultsSite.collect(List.of(dir.resolve("results"))).graded(), List.of());

        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv);
    }

    @Test
    void unreadableGradingsAreNamedAndTheOthersPublished() throws IOException {
        grading("ada", 90, "");
        Path broken = Files.createDirectories(dir.resolve("results/bob"));
        Files.writeString(broken.resolve("result.json"), "{ not json");

        ResultsSite.Collected collected = ResultsSite.collect(List.of(dir.resolve("results")));

        assertEquals(1, collected.graded().size());
        assertEquals(1, collected.problems().size());
        assertTrue(collected.problems().get(0).contains("bob"), collected.problems().toString());
    }

    @Test
    void aDirectoryWithoutGradingsIsOneClearLine() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        StringWriter err = new StringWriter();
        CommandLine lab = LabCommand.commandLine();
        lab.setErr(new PrintWriter(err, true));

        int exit = lab.execute("results", dir.resolve("empty").toString(), "--out", dir.resolve("site").toString());

        assertEquals(LabCommand.EXIT_BAD_INPUT, exit);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("no result.json"), err.toString());
        assertFalse(Files.exists(dir.resolve("site/index.html")));
    }

    private Path grading(String student, double score, String exercises) throws IOException {
        Path directory = Files.createDirectories(dir.resolve("results").resolve(student));
        Files.writeString(directory.resolve("result.json"), """
                {"schema": 1, "mode": "official", "score": %s, "max": 100,
                 "submission": {"path": "submission", "commit": "abc123"},
                 "exercises": [%s]}
                """.formatted(score, exercises));
        Files.writeString(directory.resolve("report.html"), "<html></html>");
        return directory;
    }
}
