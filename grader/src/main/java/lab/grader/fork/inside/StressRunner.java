package lab.grader.fork.inside;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jcstress.JCStress;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.infra.Status;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.GradingResult;
import org.openjdk.jcstress.infra.grading.TestGrading;

/**
 * Runs the exercise's jcstress tests (found on the classpath through the {@code META-INF/TestList}
 * that jcstress's annotation processor wrote) and reports one item per test class.
 *
 * <p>jcstress starts its own JVMs for the tests; their results come back through the binary result
 * file jcstress writes, which this runner reads with jcstress's own collector, so nothing depends
 * on the wording of its console output.
 *
 * <p>Arguments: {@code <mode> <work-dir>}, mode one of jcstress's presets ({@code sanity}, {@code quick}, ...).
 */
final class StressRunner {

    private StressRunner() {
    }

    static void run(ResultChannel channel, String[] args) throws Exception {
        String mode = args[0];
        Path workDir = Path.of(args[1]);
        Options options = new Options(new String[] {"-m", mode, "-r", workDir.resolve("report").toString()});
        if (!options.parse()) {
            throw new IllegalStateException("jcstress rejected its options");
        }
        // jcstress names its result file itself, relative to the working directory (the work dir).
        Path resultFile = Path.of(options.getResultFile()).toAbsolutePath();
        JCStress jcstress = new JCStress(options);
        Set<String> tests = jcstress.getTests();
        List<Map<String, String>> plan = new ArrayList<>();
        for (String test : tests) {
            plan.add(Map.of("id", test, "name", simpleName(test)));
        }
        channel.emit("plan", "items", plan);
        if (tests.isEmpty()) {
            return;
        }

        jcstress.run();

        InProcessCollector collector = new InProcessCollector();
        if (Files.exists(resultFile)) {
            DiskReadCollector reader = new DiskReadCollector(resultFile.toString(), collector);
            reader.dump();
            reader.close();
        }
        // jcstress records one result per JVM configuration; a test passes only if all of them did.
        Map<String, List<TestResult>> byTest = new LinkedHashMap<>();
        for (TestResult result : collector.getTestResults()) {
            byTest.computeIfAbsent(result.getName(), k -> new ArrayList<>()).add(result);
        }
        byTest.forEach((name, results) -> report(channel, results.stream()
                .filter(r -> r.status() != Status.NORMAL || !r.grading().isPassed)
                .findFirst()
                .orElse(results.get(0))));
    }

    private static void report(ResultChannel channel, TestResult result) {
        if (result.status() != Status.NORMAL) {
            String messages = String.join("\n", result.getMessages());
            channel.emit("result", "id", result.getName(), "status", "fail",
                    "message", "the test could not run (" + result.status() + "): "
                            + firstLines(messages.isEmpty() ? String.join("\n", result.getVmErr()) : messages, 12));
            return;
        }
        TestGrading grading = result.grading();
        if (grading.isPassed) {
            channel.emit("result", "id", result.getName(), "status", "pass", "message", "");
            return;
        }
        StringBuilder message = new StringBuilder();
        for (GradingResult outcome : grading.gradingResults.values()) {
            if (outcome.count > 0 && outcome.expect == Expect.FORBIDDEN) {
                message.append("observed [").append(outcome.id).append("] ").append(outcome.count)
                        .append(" times: ").append(outcome.description).append('\n');
            }
        }
        if (message.isEmpty()) {
            message.append(String.join("\n", grading.failureMessages));
        }
        channel.emit("result", "id", result.getName(), "status", "fail", "message", message.toString().trim());
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String firstLines(String text, int lines) {
        String[] all = text.split("\n");
        return String.join("\n", java.util.Arrays.copyOf(all, Math.min(lines, all.length)));
    }
}
