package lab.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.grader.result.CheckResult;
import lab.grader.result.ExerciseResult;
import lab.grader.result.GradeReport;

/**
 * Writes Gradescope's {@code results.json}: one Gradescope "test" per check of each exercise,
 * with its score, maximum and the failures as output.
 */
public final class GradescopeResults {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GradescopeResults() {
    }

    public static void write(GradeReport report, Path file) throws IOException {
        List<Map<String, Object>> tests = new ArrayList<>();
        for (ExerciseResult exercise : report.exercises()) {
            for (CheckResult check : exercise.checks()) {
                Map<String, Object> test = new LinkedHashMap<>();
                test.put("name", exercise.slug() + ": " + check.kind());
                test.put("score", check.score());
                test.put("max_score", check.max());
                test.put("status", check.score() == check.max() ? "passed" : "failed");
                test.put("output", CheckText.describe(check));
                test.put("visibility", "visible");
                tests.add(test);
            }
        }
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("score", report.score());
        results.put("output", "Concurrency Lab " + report.mode() + " grading on " + report.machine().cpus() + " CPUs");
        results.put("tests", tests);
        JSON.writeValue(file.toFile(), results);
    }
}
