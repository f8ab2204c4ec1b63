package lab.grader.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import lab.grader.result.GradeReport;

/**
 * Publishes many gradings at once ({@code lab results}): a gradebook CSV and a static site with
 * one row per student and a copy of each student's own report.
 *
 * <p>A grading is a directory holding a {@code result.json}; the student is named by that
 * directory (the official workflow writes {@code results/STUDENT/}). Results that cannot be read
 * are not dropped silently: each is listed as a problem, and the rest are still published.
 */
public final class ResultsSite {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One student's grading, as read from its result.json. */
    public record Graded(String student, Path directory, JsonNode result) {

        double score() {
            return result.path("score").asDouble();
        }

        int max() {
            return result.path("max").asInt();
        }

        String text(String field) {
            return result.path("submission").path(field).asText("");
        }

        /** The score of one exercise, or {@code null} when this grading does not have it. */
        JsonNode exercise(String slug) {
            for (JsonNode exercise : result.path("exercises")) {
                if (slug.equals(exercise.path("slug").asText())) {
                    return exercise;
                }
            }
            return null;
        }
    }

    /** What was found under the directories given: the gradings, and what could not be read. */
    public record Collected(List<Graded> graded, List<String> problems) {
    }

    private ResultsSite() {
    }

    /** Finds every {@code result.json} under the given directories (each may itself be one grading). */
    public static Collected collect(List<Path> roots) throws IOException {
        List<Graded> graded = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> students = new HashSet<>();
        for (Path root : roots) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> p.getFileName().toString().equals("result.json"))
                        // a grading's own work area holds no result.json of another student
                        .filter(p -> !p.toString().contains("/work/") && !p.toString().contains("/submission/"))
                        .sorted().toList();
            }
            if (files.isEmpty()) {
                problems.add(root + ": no result.json in it or below it");
            }
            for (Path file : files) {
                read(file, graded, problems, students);
            }
        }
        graded.sort((a, b) -> a.student().compareTo(b.student()));
        return new Collected(graded, problems);
    }

    private static void read(Path file, List<Graded> graded, List<String> problems, Set<String> students) {
        Path directory = file.toAbsolutePath().normalize().getParent();
        String student = directory.getFileName() == null ? "?" : directory.getFileName().toString();
        JsonNode result;
        try {
            result = JSON.readTree(file.toFile());
        } catch (IOException e) {
            problems.add(file + ": not readable JSON (" + SafeText.firstLine(e.getMessage(), 120) + ")");
            return;
        }
        if (result == null || result.path("schema").asInt() != GradeReport.SCHEMA) {
            problems.add(file + ": not a result.json of schema " + GradeReport.SCHEMA);
            return;
        }
        if (!students.add(student)) {
            problems.add(file + ": a second grading of '" + student + "' (directory names name the students); left out");
            return;
        }
        graded.add(new Graded(student, directory, result));
    }

    /** Writes {@code gradebook.csv}, {@code index.html} and {@code students/NAME/} into {@code site}. */
    public static void write(Collected collected, Path site) throws IOException {
        Files.createDirectories(site);
        List<String> slugs = slugs(collected.graded());
        Files.writeString(site.resolve("gradebook.csv"), csv(collected.graded(), slugs));
        for (Graded graded : collected.graded()) {
            Path target = site.resolve("students").resolve(graded.student());
            Files.createDirectories(target);
            for (String name : List.of("result.json", "report.html", "summary.md")) {
                Path source = graded.directory().resolve(name);
                if (Files.isRegularFile(source)) {
                    Files.copy(source, target.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.writeString(site.resolve("index.html"), index(collected, slugs));
    }

    private static List<String> slugs(List<Graded> graded) {
        Set<String> slugs = new TreeSet<>();
        for (Graded g : graded) {
            g.result().path("exercises").forEach(e -> slugs.add(e.path("slug").asText()));
        }
        return List.copyOf(slugs);
    }

    static String csv(List<Graded> graded, List<String> slugs) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("student", "score", "max", "mode", "commit"));
        slugs.forEach(slug -> header.add(slug));
        csv.append(csvRow(header));
        for (Graded g : graded) {
            List<String> row = new ArrayList<>(List.of(g.student(), number(g.score()), Integer.toString(g.max()),
                    g.result().path("mode").asText(""), g.text("commit")));
            for (String slug : slugs) {
                JsonNode exercise = g.exercise(slug);
                row.add(exercise == null ? "" : number(exercise.path("score").asDouble()));
            }
            csv.append(csvRow(row));
        }
        return csv.toString();
    }

    private static String csvRow(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            // A cell a spreadsheet would run as a formula is defused with a leading quote.
            String safe = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !isNumber(cell) ? "'" + cell : cell;
            quoted.add(safe.matches("[A-Za-z0-9._/:' -]*") ? safe : "\"" + safe.replace("\"", "\"\"") + "\"");
        }
        return String.join(",", quoted) + "\n";
    }

    private static boolean isNumber(String cell) {
        return cell.matches("-?[0-9]+(\\.[0-9]+)?");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String index(Collected collected, List<String> slugs) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang='en'><head><meta charset='utf-8'>"
                + "<title>Concurrency Lab results</title><style>").append(HtmlReport.STYLE).append("</style></head><body>");
        html.append("<h1>Concurrency Lab results</h1><p class='muted'>").append(collected.graded().size())
                .append(" students · <a href='gradebook.csv'>gradebook.csv</a></p>");
        html.append("<table><tr><th>student</th><th>score</th><th></th>");
        slugs.forEach(slug -> html.append("<th>").append(SafeText.forHtml(slug)).append("</th>"));
        html.append("<th>mode</th></tr>");
        for (Graded g : collected.graded()) {
            String name = SafeText.forHtml(g.student());
            html.append("<tr><td><a href='students/").append(name).append("/report.html'>").append(name).append("</a></td><td>")
                    .append(SummaryMarkdown.score(g.score(), g.max())).append("</td><td>").append(HtmlReport.bar(g.score(), g.max()))
                    .append("</td>");
            for (String slug : slugs) {
                JsonNode exercise = g.exercise(slug);
                html.append("<td>").append(exercise == null ? "–"
                        : SummaryMarkdown.score(exercise.path("score").asDouble(), exercise.path("max").asInt())).append("</td>");
            }
            html.append("<td>").append(SafeText.forHtml(g.result().path("mode").asText(""))).append("</td></tr>");
        }
        html.append("</table>");
        if (!collected.problems().isEmpty()) {
            html.append("<h2>Not published</h2><ul>");
            collected.problems().forEach(p -> html.append("<li>").append(SafeText.forHtml(p)).append("</li>"));
            html.append("</ul>");
        }
        return html.append("</body></html>").toString();
    }
}
