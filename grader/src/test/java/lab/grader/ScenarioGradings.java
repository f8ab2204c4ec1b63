package lab.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import lab.grader.cli.LabCommand;
import picocli.CommandLine;

/**
 * Grades submissions in-process, as {@code ./lab grade DIR --out OUT} grades them, for the suites
 * that grade whole submissions ({@link GoldenScenarioTest}, {@link RedTeamTest}); and checks the
 * promises the grader keeps whatever it graded.
 *
 * <p>The grader runs through {@link LabCommand} with {@code lab.kit} pointing at the suite's kit;
 * the checks run in forked JVMs. Most of a grading is forked JVMs starting and tests waiting for
 * their {@code @Timeout}, so gradings run two at a time: a suite submits all of them first, and
 * each test case then waits for its own.
 */
final class ScenarioGradings implements AutoCloseable {

    /** How long one case waits for its grading: far beyond any sane grading. */
    static final Duration GRADING_WAIT = Duration.ofMinutes(15);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int GRADINGS_AT_ONCE = 2;
    /** A report that a hostile submission could blow up would show here. */
    private static final long MAX_RESULT_BYTES = 512 * 1024;
    /** GitHub's limit for a pull-request comment is 65,536 characters. */
    private static final long MAX_SUMMARY_CHARS = 65_536;

    private final String savedKit;
    private final PrintStream savedOut;
    private final ThreadRoutedOutput routedOut;
    private final ExecutorService gradings;

    /** What one in-process {@code lab grade} left behind. */
    record Grading(Path submission, Path out, int exitCode, String console, String err, Duration elapsed) {

        /** The grader's console output and standard error, for assertion messages. */
        String context() {
            String console = console().length() > 6000 ? "..." + console().substring(console().length() - 6000) : console();
            return "\n--- console ---\n" + console + "\n--- stderr ---\n" + err();
        }
    }

    /** Points {@code lab.kit} at {@code kit} and routes standard output until {@link #close()}. */
    ScenarioGradings(Path kit) {
        savedKit = System.getProperty("lab.kit");
        System.setProperty("lab.kit", kit.toString());
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
    }

    /** Starts {@code lab grade SUBMISSION --out OUT [options]}. */
    Future<Grading> submit(Path submission, Path out, String... options) {
        return gradings.submit(() -> grade(submission, out, options));
    }

    /** Stops the gradings, restores standard output and {@code lab.kit}. */
    @Override
    public void close() throws InterruptedException {
        gradings.shutdownNow();
        gradings.awaitTermination(2, TimeUnit.MINUTES);
        System.setOut(savedOut);
        if (savedKit == null) {
            System.clearProperty("lab.kit");
        } else {
            System.setProperty("lab.kit", savedKit);
        }
    }

    private Grading grade(Path submission, Path out, String... options) {
        CommandLine lab = LabCommand.commandLine();
        StringWriter err = new StringWriter();
        lab.setErr(new PrintWriter(err, true));
        ByteArrayOutputStream console = routedOut.captureThisThread();
        List<String> args = new ArrayList<>(List.of("grade", submission.toString(), "--out", out.toString()));
        args.addAll(List.of(options));
        long started = System.nanoTime();
        try {
            int exitCode = lab.execute(args.toArray(String[]::new));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            savedOut.printf("[%s graded in %.1f s]%n", submission.getFileName(), elapsed.toMillis() / 1000.0);
            return new Grading(submission, out, exitCode, console.toString(StandardCharsets.UTF_8), err.toString(), elapsed);
        } finally {
            routedOut.stopCapturingThisThread();
        }
    }

    /**
     * The promises of every grading: exit code 0 whatever the score; a {@code result.json} that
     * matches {@code expectedJson} (a {@link JsonSubset} fragment); reports of a bounded size that
     * name the exercise; well-formed JUnit XML; no fork still running once the grading returned.
     *
     * @return the parsed {@code result.json}
     */
    static JsonNode assertGradedSoundly(Grading grading, Path expectedJson, String slug) throws Exception {
        Path out = grading.out();
        String name = expectedJson.getParent().getFileName().toString();
        assertEquals(LabCommand.EXIT_OK, grading.exitCode(), "lab grade should exit 0 whatever the score" + grading.context());

        Path resultFile = out.resolve("result.json");
        assertTrue(Files.isRegularFile(resultFile), "no result.json" + grading.context());
        JsonNode result = JSON.readTree(resultFile.toFile());
        List<String> mismatches = JsonSubset.mismatches(JSON.readTree(expectedJson.toFile()), result);
        assertTrue(mismatches.isEmpty(), () -> "result.json does not match " + name + "/expected.json:\n  "
                + String.join("\n  ", mismatches) + "\n--- result.json ---\n" + result.toPrettyString() + grading.context());
        assertTrue(Files.size(resultFile) < MAX_RESULT_BYTES, "result.json is " + Files.size(resultFile) + " bytes");

        Path summary = out.resolve("summary.md");
        assertTrue(Files.isRegularFile(summary), "no summary.md" + grading.context());
        String summaryText = read(summary);
        assertTrue(summaryText.contains(slug), "summary.md should name the exercise:\n" + summaryText);
        assertTrue(summaryText.length() < MAX_SUMMARY_CHARS, "summary.md is too long for a PR comment: " + summaryText.length());

        assertTrue(Files.isRegularFile(out.resolve("report.html")), "no report.html" + grading.context());
        Path junitXml = out.resolve("junit/TEST-" + slug + ".xml");
        assertTrue(Files.isRegularFile(junitXml), "no " + out.relativize(junitXml) + grading.context());
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junitXml.toFile()); // well-formed whatever the student wrote

        assertNoForkLeftRunning(grading);
        return result;
    }

    /** Every check's and item's message in {@code result}. */
    static List<String> checkMessages(JsonNode result) {
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
    private static void assertNoForkLeftRunning(Grading grading) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> alive = forksOf(grading.out());
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            alive = forksOf(grading.out());
        }
        List<String> left = alive;
        assertTrue(left.isEmpty(), () -> "forked JVMs still running after the grading returned: " + left + grading.context());
    }

    private static List<String> forksOf(Path out) {
        return ProcessHandle.current().children()
                .filter(ProcessHandle::isAlive)
                .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                .filter(command -> command.contains(out.toString()))
                .toList();
    }

    /** A directory of the test resources. */
    static Path resource(String name) throws URISyntaxException {
        return Path.of(ScenarioGradings.class.getResource("/" + name).toURI());
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }

    /**
     * Standard output that goes to a buffer of the writing thread's own while it captures, and
     * to the real standard output otherwise (other threads, such as the progress heartbeat).
     */
    private static final class ThreadRoutedOutput extends OutputStream {

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
