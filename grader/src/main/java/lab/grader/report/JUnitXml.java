package lab.grader.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import lab.grader.result.CheckResult;
import lab.grader.result.ExerciseResult;
import lab.grader.result.GradeReport;
import lab.grader.result.ItemResult;
import lab.grader.result.Status;

/**
 * Writes one JUnit XML file per exercise ({@code junit/TEST-<slug>.xml}), a test case per item of
 * every check, for CI systems and dashboards that read Surefire-style reports.
 */
public final class JUnitXml {

    private JUnitXml() {
    }

    public static void write(GradeReport report, Path outDir) throws IOException {
        Path dir = outDir.resolve("junit");
        Files.createDirectories(dir);
        for (ExerciseResult exercise : report.exercises()) {
            Files.writeString(dir.resolve("TEST-" + exercise.slug() + ".xml"), render(exercise));
        }
    }

    static String render(ExerciseResult exercise) {
        int tests = 0;
        int failures = 0;
        int skipped = 0;
        StringBuilder cases = new StringBuilder();
        for (CheckResult check : exercise.checks()) {
            String className = "lab." + exercise.slug() + "." + check.kind();
            if (check.items().isEmpty()) {
                tests++;
                boolean skip = check.status() == Status.SKIPPED || check.status() == Status.WITHHELD;
                boolean fail = !skip && check.score() < check.max();
                failures += fail ? 1 : 0;
                skipped += skip ? 1 : 0;
                cases.append(testCase(className, check.kind(), fail, skip, check.message()));
                continue;
            }
            for (ItemResult item : check.items()) {
                tests++;
                failures += item.passed() ? 0 : 1;
                cases.append(testCase(className, item.name(), !item.passed(), false, item.message()));
            }
        }
        return String.format(Locale.ROOT, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n"
                        + "<testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"%d\">%n%s</testsuite>%n",
                xml(exercise.slug()), tests, failures, skipped, cases);
    }

    private static String testCase(String className, String name, boolean failed, boolean skipped, String message) {
        StringBuilder xml = new StringBuilder(String.format(Locale.ROOT, "  <testcase classname=\"%s\" name=\"%s\"",
                xml(className), xml(name)));
        if (!failed && !skipped) {
            return xml.append("/>\n").toString();
        }
        xml.append(">\n");
        if (skipped) {
            xml.append("    <skipped message=\"").append(xml(SafeText.firstLine(message, 300))).append("\"/>\n");
        } else {
            xml.append("    <failure message=\"").append(xml(SafeText.firstLine(message, 300))).append("\">")
                    .append(xml(message)).append("</failure>\n");
        }
        return xml.append("  </testcase>\n").toString();
    }

    private static String xml(String text) {
        String safe = SafeText.forLog(text).replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD]", "?");
        return safe.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
