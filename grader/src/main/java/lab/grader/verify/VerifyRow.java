package lab.grader.verify;

/**
 * One line of the verify table: what was graded, in which check, what the rule expects, what it got.
 *
 * @param subject {@code stub}, {@code reference} or {@code mutant NAME}
 */
public record VerifyRow(String exercise, String subject, String check, String expected, String got, boolean ok, String note) {
}
