package lab.grader.fork.inside;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
 * <p>Arguments: {@code <mode> <work-dir> [fail-fast] [single-jvm]}, mode one of jcstress's presets
 * ({@code sanity}, {@code quick}, ...).
 */
final class StressRunner {

    /** A flag after the arguments: stop at the first failing test (verify needs no more of a mutant). */
    static final String FAIL_FAST = "fail-fast";

    /** A flag after the arguments: run each test in the default JVM configuration only (quick runs). */
    static final String SINGLE_JVM = "single-jvm";

    private static boolean singleJvm;

    private StressRunner() {
    }

    static void run(ResultChannel channel, String[] args) throws Exception {
        String mode = args[0];
        Path workDir = Path.of(args[1]);
        List<String> flags = List.of(args).subList(2, args.length);
        boolean failFast = flags.contains(FAIL_FAST);
        singleJvm = flags.contains(SINGLE_JVM);
        Set<String> tests = new JCStress(options(mode, workDir, null)).getTests();
        List<Map<String, String>> plan = new ArrayList<>();
        for (String test : tests) {
            plan.add(Map.of("id", test, "name", simpleName(test)));
        }
        channel.emit("plan", "items", plan);
        if (tests.isEmpty()) {
            return;
        }
        if (!failFast) {
            runAndReport(channel, options(mode, workDir, null));
            return;
        }
        // One jcstress run per test, stopping at the first failure: the tests not run stay
        // unreported, and the grader fails them as it fails any test that never reported.
        for (String test : tests) {
            if (!runAndReport(channel, options(mode, workDir, "^" + Pattern.quote(test) + "$"))) {
                return;
            }
        }
    }

    private static Options options(String mode, Path workDir, String testRegex) throws Exception {
        List<String> args = new ArrayList<>(List.of("-m", mode, "-r", workDir.resolve("report").toString()));
        if (singleJvm) {
            // Naming the JVM's options turns off jcstress's tour of JIT configurations (interpreter,
            // C1, C2, split compilation ...): one JVM per test, in the configuration students run.
            args.addAll(List.of("-jvmArgs", "-XX:+UseParallelGC"));
        }
        if (testRegex != null) {
            args.addAll(List.of("-t", testRegex));
        }
        Options options = new Options(args.toArray(String[]::new));
        if (!options.parse()) {
            throw new IllegalStateException("jcstress rejected its options");
        }
        return options;
    }

    /** Runs jcstress with these options and reports each test it ran; true if all of them passed. */
    private static boolean runAndReport(ResultChannel channel, Options options) throws Exception {
        // jcstress names its result file itself, relative to the working directory (the work dir).
        Path resultFile = Path.of(options.getResultFile()).toAbsolutePath();
        AssertionError failures = null;
        try {
            new JCStress(options).run();
        } catch (AssertionError e) {
            // Some runs (one JVM configuration, -jvmArgs) end by throwing "TEST FAILURES" once the
            // results are written: the results below say which tests failed and why.
            failures = e;
        }

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
        if (byTest.isEmpty() && failures != null) {
            throw failures;
        }
        boolean allPassed = !byTest.isEmpty();
        for (List<TestResult> results : byTest.values()) {
            allPassed &= report(channel, results.stream()
                    .filter(r -> r.status() != Status.NORMAL || !r.grading().isPassed)
                    .findFirst()
                    .orElse(results.get(0)));
        }
        return allPassed;
    }

    /** Reports one test's verdict; true if it passed. */
    private static boolean report(ResultChannel channel, TestResult result) {
        if (result.status() != Status.NORMAL) {
            String messages = String.join("\n", result.getMessages());
            channel.emit("result", "id", result.getName(), "status", "fail",
                    "message", "the test could not run (" + result.status() + "): "
                            + firstLines(messages.isEmpty() ? String.join("\n", result.getVmErr()) : messages, 12));
            return false;
        }
        TestGrading grading = result.grading();
        if (grading.isPassed) {
            channel.emit("result", "id", result.getName(), "status", "pass", "message", "");
            return true;
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
        return false;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String firstLines(String text, int lines) {
        String[] all = text.split("\n");
        return String.join("\n", java.util.Arrays.copyOf(all, Math.min(lines, all.length)));
    }
}
