package lab.grader.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import lab.grader.result.CheckResult;
import lab.grader.result.ExerciseResult;
import lab.grader.result.GradeReport;
import lab.grader.result.ItemResult;
import lab.grader.result.SpeedFigures;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS, inline SVG charts, pictures as
 * data URIs) that opens offline, with each exercise's checks, failures, and speed charts.
 */
public final class HtmlReport {

    /** The stylesheet of every page the grader writes (inline: the pages are self-contained). */
    static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:960px;color:#1d232a;padding:0 1rem}
            h1{font-size:1.6rem;margin-bottom:.2rem} h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #dde3ea;padding-bottom:.3rem}
            .muted{color:#5b6773} table{border-collapse:collapse;width:100%;margin:.5rem 0} td,th{border-bottom:1px solid #e7ecf1;padding:.35rem .5rem;text-align:left;vertical-align:top}
            .pass{color:#1b8a3a;font-weight:600} .fail,.error{color:#b3261e;font-weight:600} .withheld,.skipped{color:#8a6d00;font-weight:600}
            pre{background:#f5f7f9;padding:.5rem;overflow-x:auto;white-space:pre-wrap;font-size:12px;margin:.2rem 0}
            .speed{display:flex;gap:1.5rem;flex-wrap:wrap;align-items:flex-start} .picture img{max-width:320px;border:1px solid #dde3ea}
            .bar{height:10px;background:#e7ecf1;border-radius:5px;overflow:hidden;width:160px;display:inline-block;vertical-align:middle}
            .bar span{display:block;height:100%;background:#1b8a3a}
            details summary{cursor:pointer}
            """;

    private HtmlReport() {
    }

    public static void write(GradeReport report, Path outDir) throws IOException {
        Files.writeString(outDir.resolve("report.html"), render(report, outDir));
    }

    static String render(GradeReport report, Path outDir) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang='en'><head><meta charset='utf-8'>"
                + "<meta name='viewport' content='width=device-width,initial-scale=1'><title>Concurrency Lab report</title><style>")
                .append(STYLE).append("</style></head><body>");
        html.append("<h1>Concurrency Lab: ").append(SummaryMarkdown.score(report.score(), report.max())).append(" points</h1>");
        html.append("<p class='muted'>").append(esc(report.mode())).append(" grading of ").append(esc(report.submission().path()))
                .append(report.submission().commit() == null ? "" : " at " + esc(report.submission().commit()))
                .append(" · ").append(report.machine().cpus()).append(" CPUs, ").append(esc(report.machine().cpuModel()))
                .append(", JDK ").append(esc(report.machine().jdk())).append(", ").append(esc(report.machine().os())).append("</p>");
        html.append("<table><tr><th>exercise</th><th>score</th><th></th><th>status</th></tr>");
        for (ExerciseResult exercise : report.exercises()) {
            html.append("<tr><td><a href='#").append(esc(exercise.slug())).append("'>").append(esc(exercise.slug()))
                    .append("</a></td><td>").append(SummaryMarkdown.score(exercise.score(), exercise.max())).append("</td><td>")
                    .append(bar(exercise.score(), exercise.max())).append("</td><td>").append(esc(exercise.status())).append("</td></tr>");
        }
        html.append("</table>");
        for (ExerciseResult exercise : report.exercises()) {
            appendExercise(html, exercise, outDir);
        }
        if (!report.submission().changedOutsideAllowed().isEmpty()) {
            html.append("<h2>Ignored changes</h2><p>Only <code>exercises/*/src/main/java</code> is graded; the kit's versions of these were used:</p><ul>");
            report.submission().changedOutsideAllowed().forEach(f -> html.append("<li><code>").append(esc(f)).append("</code></li>"));
            html.append("</ul>");
        }
        return html.append("</body></html>").toString();
    }

    private static void appendExercise(StringBuilder html, ExerciseResult exercise, Path outDir) {
        html.append("<h2 id='").append(esc(exercise.slug())).append("'>").append(esc(exercise.slug())).append(" — ")
                .append(SummaryMarkdown.score(exercise.score(), exercise.max())).append("</h2>");
        if (!exercise.message().isEmpty()) {
            html.append("<pre>").append(esc(exercise.message())).append("</pre>");
        }
        html.append("<table><tr><th>check</th><th>status</th><th>score</th><th>details</th></tr>");
        for (CheckResult check : exercise.checks()) {
            html.append("<tr><td>").append(esc(check.kind())).append("</td><td class='").append(check.status().id()).append("'>")
                    .append(check.status().id()).append("</td><td>").append(SummaryMarkdown.score(check.score(), check.max()))
                    .append("</td><td>").append(esc(SafeText.firstLine(check.message(), 400)));
            appendFailures(html, check.items());
            html.append("</td></tr>");
        }
        html.append("</table>");
        for (CheckResult check : exercise.checks()) {
            if (check.speed() != null) {
                appendSpeed(html, check.speed(), outDir);
            }
        }
    }

    private static void appendFailures(StringBuilder html, List<ItemResult> items) {
        List<ItemResult> failures = items.stream().filter(i -> !i.passed()).toList();
        if (failures.isEmpty()) {
            return;
        }
        html.append("<details><summary>").append(failures.size()).append(" failed of ").append(items.size()).append("</summary>");
        for (ItemResult item : failures) {
            html.append("<div><b>").append(esc(item.name())).append("</b><pre>").append(esc(item.message())).append("</pre></div>");
        }
        html.append("</details>");
    }

    private static void appendSpeed(StringBuilder html, SpeedFigures figures, Path outDir) {
        html.append("<div class='speed'><div>").append(SpeedChart.svg(figures)).append("<table><tr><th>threads</th>");
        figures.threads().forEach(t -> html.append("<th>").append(t).append("</th>"));
        html.append("</tr><tr><td>yours</td>");
        figures.speedup().forEach(s -> html.append("<td>").append(String.format(Locale.ROOT, "%.2fx", s)).append("</td>"));
        html.append("</tr><tr><td>reference").append(figures.referenceIsEstimate() ? " (estimate)" : "").append("</td>");
        figures.referenceSpeedup().forEach(s -> html.append("<td>").append(String.format(Locale.ROOT, "%.2fx", s)).append("</td>"));
        html.append("</tr></table>");
        if (figures.serialFraction() != null) {
            html.append(String.format(Locale.ROOT, "<p>Karp–Flatt serial fraction: %.3f</p>", figures.serialFraction()));
        }
        html.append("<p class='muted'>median of ").append(figures.rounds()).append(" interleaved rounds");
        if (!figures.roundRatios().isEmpty()) {
            // The evidence behind the score: each round's share of the reference's speedup.
            html.append("; your speedup over the reference's, round by round: ").append(figures.roundRatios().stream()
                    .map(r -> String.format(Locale.ROOT, "%.2f", r)).collect(Collectors.joining(" ")));
        }
        html.append("</p></div>");
        if (figures.picture() != null) {
            Path picture = outDir.resolve(figures.picture());
            try {
                String data = Base64.getEncoder().encodeToString(Files.readAllBytes(picture));
                html.append("<div class='picture'><img alt='your program's output' src='data:image/png;base64,").append(data)
                        .append("'><p class='muted'>your program's output</p></div>");
            } catch (IOException e) {
                html.append("<p class='muted'>(picture missing)</p>");
            }
        }
        html.append("</div>");
    }

    static String bar(double score, int max) {
        double share = max == 0 ? 0 : score / max;
        return String.format(Locale.ROOT, "<span class='bar'><span style='width:%.0f%%'></span></span>", share * 100);
    }

    private static String esc(String text) {
        return SafeText.forHtml(text);
    }
}
