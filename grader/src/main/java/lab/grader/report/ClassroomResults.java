package lab.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.grader.result.CheckResult;
import lab.grader.result.ExerciseResult;
import lab.grader.result.GradeReport;
import lab.grader.result.Status;

/**
 * Writes the input of GitHub Classroom's grading reporter: one runner's results (version 1), one
 * test per check. The reporter reads it base64-encoded from an environment variable named
 * {@code <RUNNER>_RESULTS}; {@code classroom-results.b64} holds exactly that value.
 *
 * <p>The reporter prints each test's message into the job log, so messages are defused of
 * workflow commands first.
 */
public final class ClassroomResults {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClassroomResults() {
    }

    public static void write(GradeReport report, Path outDir) throws IOException {
        List<Map<String, Object>> tests = new ArrayList<>();
        boolean allPass = true;
        for (ExerciseResult exercise : report.exercises()) {
            for (CheckResult check : exercise.checks()) {
                boolean pass = check.score() == check.max();
                allPass &= pass || check.status() == Status.SKIPPED || check.status() == Status.WITHHELD;
                Map<String, Object> test = new LinkedHashMap<>();
                test.put("name", exercise.slug() + ": " + check.kind());
                test.put("status", pass ? "pass" : "fail");
                test.put("score", check.score());
                test.put("message", SafeText.forLog(CheckText.describe(check)));
                tests.add(test);
            }
        }
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("version", 1);
        results.put("status", allPass ? "pass" : "fail");
        results.put("max_score", report.max());
        results.put("tests", tests);
        byte[] json = JSON.writeValueAsBytes(results);
        Files.write(outDir.resolve("classroom-results.json"), json);
        Files.writeString(outDir.resolve("classroom-results.b64"), Base64.getEncoder().encodeToString(json));
    }
}
