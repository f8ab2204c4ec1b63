package lab.grader.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import lab.grader.result.CheckResult;
import lab.grader.result.ExerciseResult;
import lab.grader.result.GradeReport;
import lab.grader.result.ItemResult;

/**
 * Writes {@code summary.md}: short enough for a pull-request comment and a GitHub job summary,
 * with the failures folded away under each exercise.
 */
public final class SummaryMarkdown {

    private static final int FAILURES_SHOWN = 8;
    private static final int MESSAGE_LINES = 12;

    private SummaryMarkdown() {
    }

    public static void write(GradeReport report, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, render(report));
    }

    public static String render(GradeReport report) {
        StringBuilder md = new StringBuilder();
        md.append("## Concurrency Lab: ").append(score(report.score(), report.max())).append(" points");
        md.append(report.mode().equals("official") ? " (official)" : " (feedback)").append("\n\n");
        md.append("| exercise | score | tests | hidden | stress | design | speed |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (ExerciseResult exercise : report.exercises()) {
            md.append("| ").append(exercise.slug()).append(" | ").append(score(exercise.score(), exercise.max()));
            for (String kind : List.of("tests", "hidden", "stress", "design", "speed")) {
                md.append(" | ").append(cell(exercise.checks(), kind));
            }
            md.append(" |\n");
        }
        md.append("\n");
        for (ExerciseResult exercise : report.exercises()) {
            appendDetails(md, exercise);
        }
        if (!report.submission().changedOutsideAllowed().isEmpty()) {
            md.append("**Ignored changes.** Only `exercises/*/src/main/java` is graded; these files were changed")
                    .append(" and the kit's versions were used instead:\n\n");
            report.submission().changedOutsideAllowed().stream().limit(30)
                    .forEach(f -> md.append("- `").append(SafeText.forMarkdownCell(f)).append("`\n"));
            md.append("\n");
        }
        md.append("<sub>").append(report.machine().cpus()).append(" CPUs, ")
                .append(SafeText.forMarkdownCell(report.machine().cpuModel())).append(", JDK ")
                .append(report.machine().jdk()).append(", ").append(SafeText.forMarkdownCell(report.machine().os()))
                .append("</sub>\n");
        return md.toString();
    }

    private static void appendDetails(StringBuilder md, ExerciseResult exercise) {
        boolean perfect = exercise.score() == exercise.max() && !exercise.checks().isEmpty();
        if (perfect) {
            return;
        }
        md.append("<details><summary><b>").append(exercise.slug()).append("</b>: ")
                .append(score(exercise.score(), exercise.max())).append("</summary>\n\n");
        if (!exercise.message().isEmpty()) {
            md.append("```\n").append(SafeText.forMarkdownBlock(cut(exercise.message()))).append("\n```\n\n");
        }
        for (CheckResult check : exercise.checks()) {
            if (check.score() == check.max() && check.max() > 0) {
                continue;
            }
            md.append("**").append(check.kind()).append("** (").append(check.status().id()).append("): ")
                    .append(SafeText.forMarkdownCell(SafeText.firstLine(check.message(), 300))).append("\n\n");
            List<ItemResult> failures = check.items().stream().filter(i -> !i.passed()).toList();
            for (ItemResult item : failures.stream().limit(FAILURES_SHOWN).toList()) {
                md.append("- `").append(SafeText.forMarkdownCell(item.name())).append("`\n");
                if (!item.message().isBlank()) {
                    md.append("  ```\n").append(indent(SafeText.forMarkdownBlock(cut(item.message())))).append("\n  ```\n");
                }
            }
            if (failures.size() > FAILURES_SHOWN) {
                md.append("- and ").append(failures.size() - FAILURES_SHOWN).append(" more (see result.json)\n");
            }
            md.append("\n");
        }
        md.append("</details>\n\n");
    }

    private static String cell(List<CheckResult> checks, String kind) {
        return checks.stream()
                .filter(c -> c.kind().equals(kind))
                .findFirst()
                .map(c -> switch (c.status()) {
                    case SKIPPED -> "skipped";
                    case WITHHELD -> "withheld";
                    default -> (c.score() == c.max() ? "✅ " : "❌ ") + score(c.score(), c.max());
                })
                .orElse("");
    }

    /** "37.5/40", or "40/40" for whole numbers. */
    public static String score(double score, int max) {
        String value = score == Math.rint(score) ? Long.toString((long) score) : String.format(Locale.ROOT, "%.1f", score);
        return value + "/" + max;
    }

    private static String cut(String text) {
        List<String> lines = text.lines().toList();
        return lines.size() <= MESSAGE_LINES ? text : String.join("\n", lines.subList(0, MESSAGE_LINES)) + "\n...";
    }

    private static String indent(String text) {
        return text.lines().map(line -> "  " + line).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
