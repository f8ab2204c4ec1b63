package lab.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import lab.grader.cli.LabCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Golden scenarios: each directory under {@code src/test/resources/scenarios/} is a submission
 * ({@code exercises/01-toy/src/main/java/...}) to the fixture kit in
 * {@code src/test/resources/fixture-kit/}, and its {@code expected.json} is a fragment that the
 * {@code result.json} of grading it must contain (matched by {@link JsonSubset}; the syntax is
 * described there).
 *
 * <p>The grader runs in-process through {@link LabCommand}, as {@code ./lab grade DIR --out OUT}
 * runs it, with {@code lab.kit} pointing at the fixture kit; the checks run in forked JVMs. Most
 * of a grading is forked JVMs starting up and a test waiting for its {@code @Timeout}, so the
 * gradings run two at a time, all started before the first scenario's assertions; each
 * parameterised case waits for its own grading and checks it.
 *
 * <p>A scenario directory holding a {@code known-bug.txt} documents a grader bug: it is not graded
 * and is reported as skipped, with the file's text as the reason, until the bug is fixed and the
 * file deleted.
 *
 * <p>Besides its golden file, every scenario must keep these promises of the grader: exit code 0
 * whatever the score; no check killed at its time limit (no scenario should come near one: a hang
 * ends at the test's own {@code @Timeout}, and the fixture's limits are generous); no fork still
 * running once the grading returns; reports of a bounded size; well-formed JUnit XML.
 */
class GoldenScenarioTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int GRADINGS_AT_ONCE = 2;
    /** How long one scenario's assertions wait for its grading: far beyond any sane grading. */
    private static final Duration GRADING_WAIT = Duration.ofMinutes(15);
    /** A report that a hostile submission could blow up would show here. */
    private static final long MAX_RESULT_BYTES = 512 * 1024;
    /** GitHub's limit for a pull-request comment is 65,536 characters. */
    private static final long MAX_SUMMARY_CHARS = 65_536;

    @TempDir
    static Path outputs;

    private static String savedKit;
    private static PrintStream savedOut;
    private static ThreadRoutedOutput routedOut;
    private static ExecutorService gradings;
    private static final Map<String, Future<Grading>> GRADED = new LinkedHashMap<>();

    /** What one in-process {@code lab grade} left behind. */
    record Grading(Path scenario, Path out, int exitCode, String console, String err, Duration elapsed) {
    }

    static Stream<String> scenarios() throws Exception {
        try (Stream<Path> children = Files.list(resource("scenarios"))) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @BeforeAll
    static void startGradingEveryScenario() throws Exception {
        savedKit = System.getProperty("lab.kit");
        System.setProperty("lab.kit", resource("fixture-kit").toString());
        // GradeCommand shows its progress on System.out: route each grading thread's to a buffer of its own.
        savedOut = System.out;
        routedOut = new ThreadRoutedOutput(savedOut);
        System.setOut(new PrintStream(routedOut, true, StandardCharsets.UTF_8));

        AtomicInteger threads = new AtomicInteger();
        gradings = Executors.newFixedThreadPool(GRADINGS_AT_ONCE, task -> {
            Thread thread = new Thread(task, "scenario-grading-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (String name : scenarios().toList()) {
            Path scenario = resource("scenarios").resolve(name);
            if (!Files.exists(scenario.resolve("known-bug.txt"))) {
                Path out = outputs.resolve(name);
                GRADED.put(name, gradings.submit(() -> grade(scenario, out)));
            }
        }
    }

    @AfterAll
    static void restore() throws InterruptedException {
        if (gradings != null) {
            gradings.shutdownNow();
            gradings.awaitTermination(2, TimeUnit.MINUTES);
        }
        if (savedOut != null) {
            System.setOut(savedOut);
        }
        if (savedKit == null) {
            System.clearProperty("lab.kit");
        } else {
            System.setProperty("lab.kit", savedKit);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void gradesAsTheGoldenFileSays(String name) throws Exception {
        Path scenario = resource("scenarios").resolve(name);
        Path knownBug = scenario.resolve("known-bug.txt");
        Assumptions.assumeFalse(Files.exists(knownBug), () -> "known grader bug: " + read(knownBug).strip());

        Grading grading = GRADED.get(name).get(GRADING_WAIT.toSeconds(), TimeUnit.SECONDS);
        Path out = grading.out();
        String context = "\n--- console ---\n" + tail(grading.console()) + "\n--- stderr ---\n" + grading.err();
        assertEquals(LabCommand.EXIT_OK, grading.exitCode(), "lab grade should exit 0 whatever the score" + context);

        Path resultFile = out.resolve("result.json");
        assertTrue(Files.isRegularFile(resultFile), "no result.json" + context);
        JsonNode result = JSON.readTree(resultFile.toFile());
        JsonNode expected = JSON.readTree(scenario.resolve("expected.json").toFile());
        List<String> mismatches = JsonSubset.mismatches(expected, result);
        assertTrue(mismatches.isEmpty(), () -> "result.json does not match " + name + "/expected.json:\n  "
                + String.join("\n  ", mismatches) + "\n--- result.json ---\n" + result.toPrettyString() + context);

        for (String message : checkMessages(result)) {
            assertFalse(message.contains("time limit"), () -> "a check ran into its time limit, which no scenario"
                    + " should (hangs end at the tests' own @Timeout): " + message + context);
        }
        assertTrue(Files.size(resultFile) < MAX_RESULT_BYTES, "result.json is " + Files.size(resultFile) + " bytes");

        Path summary = out.resolve("summary.md");
        assertTrue(Files.isRegularFile(summary), "no summary.md" + context);
        String summaryText = read(summary);
        assertTrue(summaryText.contains("toy"), "summary.md should name the exercise:\n" + summaryText);
        assertTrue(summaryText.length() < MAX_SUMMARY_CHARS, "summary.md is too long for a PR comment: " + summaryText.length());

        assertTrue(Files.isRegularFile(out.resolve("report.html")), "no report.html" + context);
        Path junitXml = out.resolve("junit/TEST-toy.xml");
        assertTrue(Files.isRegularFile(junitXml), "no junit/TEST-toy.xml" + context);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junitXml.toFile()); // well-formed whatever the student wrote

        assertNoForkLeftRunning(out, context);
    }

    private static Grading grade(Path scenario, Path out) {
        CommandLine lab = LabCommand.commandLine();
        StringWriter err = new StringWriter();
        lab.setErr(new PrintWriter(err, true));
        ByteArrayOutputStream console = routedOut.captureThisThread();
        long started = System.nanoTime();
        try {
            int exitCode = lab.execute("grade", scenario.toString(), "--out", out.toString());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            savedOut.printf("[scenario %s graded in %.1f s]%n", scenario.getFileName(), elapsed.toMillis() / 1000.0);
            return new Grading(scenario, out, exitCode, console.toString(StandardCharsets.UTF_8), err.toString(), elapsed);
        } finally {
            routedOut.stopCapturingThisThread();
        }
    }

    private static List<String> checkMessages(JsonNode result) {
        List<String> messages = new ArrayList<>();
        for (JsonNode exercise : result.path("exercises")) {
            for (JsonNode check : exercise.path("checks")) {
                messages.add(check.path("message").asText());
                for (JsonNode item : check.path("items")) {
                    messages.add(item.path("message").asText());
                }
            }
        }
        return messages;
    }

    /** Every fork of this grading (its command line names the grading's directory) has ended. */
    private static void assertNoForkLeftRunning(Path out, String context) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> alive = forksOf(out);
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            alive = forksOf(out);
        }
        List<String> left = alive;
        assertTrue(left.isEmpty(), () -> "forked JVMs still running after the grading returned: " + left + context);
    }

    private static List<String> forksOf(Path out) {
        return ProcessHandle.current().children()
                .filter(ProcessHandle::isAlive)
                .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                .filter(command -> command.contains(out.toString()))
                .toList();
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(GoldenScenarioTest.class.getResource("/" + name).toURI());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }

    private static String tail(String text) {
        return text.length() > 6000 ? "..." + text.substring(text.length() - 6000) : text;
    }

    /**
     * Standard output that goes to a buffer of the writing thread's own while it captures, and
     * to the real standard output otherwise (other threads, such as the progress heartbeat).
     */
    static final class ThreadRoutedOutput extends OutputStream {

        private final PrintStream fallback;
        private final ThreadLocal<ByteArrayOutputStream> capture = new ThreadLocal<>();

        ThreadRoutedOutput(PrintStream fallback) {
            this.fallback = fallback;
        }

        ByteArrayOutputStream captureThisThread() {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            capture.set(buffer);
            return buffer;
        }

        void stopCapturingThisThread() {
            capture.remove();
        }

        @Override
        public void write(int b) {
            ByteArrayOutputStream buffer = capture.get();
            if (buffer != null) {
                buffer.write(b);
            } else {
                fallback.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            ByteArrayOutputStream buffer = capture.get();
            if (buffer != null) {
                buffer.write(bytes, offset, length);
            } else {
                fallback.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() {
            fallback.flush();
        }
    }
}
