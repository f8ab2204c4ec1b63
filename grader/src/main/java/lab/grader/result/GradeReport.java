package lab.grader.result;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Everything one grading found: the content of result.json (schema 1, DESIGN.md section 7). */
public record GradeReport(
        int schema,
        KitInfo kit,
        SubmissionInfo submission,
        Machine machine,
        String mode,
        double score,
        int max,
        List<ExerciseResult> exercises) {

    public static final int SCHEMA = 1;

    public GradeReport {
        exercises = List.copyOf(exercises);
    }

    public record KitInfo(String version) {
    }

    public record SubmissionInfo(
            String path,
            String commit,
            @JsonProperty("changed_outside_allowed") List<String> changedOutsideAllowed) {
    }
}
