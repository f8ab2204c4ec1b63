package lab.grader.result;

import java.util.List;

/**
 * The grade of one exercise.
 *
 * @param status {@code graded}, {@code not-compiled}, {@code policy-violation} or {@code skipped}
 */
public record ExerciseResult(String slug, String status, double score, int max, String message, List<CheckResult> checks) {

    public static final String GRADED = "graded";
    public static final String NOT_COMPILED = "not-compiled";
    public static final String POLICY_VIOLATION = "policy-violation";

    public ExerciseResult {
        checks = List.copyOf(checks);
    }
}
