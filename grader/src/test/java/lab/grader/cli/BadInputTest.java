package lab.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Bad input gets exit code 2 and one line on standard error saying what is wrong (DESIGN.md
 * section 5), before anything is graded.
 */
class BadInputTest {

    @TempDir
    Path temp;

    private String savedKit;
    private Path kit;

    @BeforeEach
    void useTheFixtureKit() throws Exception {
        savedKit = System.getProperty("lab.kit");
        kit = Path.of(BadInputTest.class.getResource("/fixture-kit").toURI());
        System.setProperty("lab.kit", kit.toString());
    }

    @AfterEach
    void restoreTheKit() {
        if (savedKit == null) {
            System.clearProperty("lab.kit");
        } else {
            System.setProperty("lab.kit", savedKit);
        }
    }

    record Run(int exitCode, String err, String out) {
    }

    private Run lab(String... args) {
        CommandLine lab = LabCommand.commandLine();
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        lab.setErr(new PrintWriter(err, true));
        lab.setOut(new PrintWriter(out, true));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            int exitCode = lab.execute(args);
            return new Run(exitCode, err.toString(), out + console.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
        }
    }

    /** Exit code 2 and exactly one line on standard error, which starts with "lab: ". */
    private static String oneLineError(Run run) {
        assertEquals(LabCommand.EXIT_BAD_INPUT, run.exitCode(), () -> "stderr: " + run.err() + "\nstdout: " + run.out());
        String line = run.err().strip();
        assertFalse(line.isEmpty(), "nothing on stderr");
        assertFalse(line.contains("\n"), () -> "more than one line on stderr:\n" + run.err());
        assertTrue(line.startsWith("lab: "), line);
        assertFalse(line.contains("Exception"), () -> "a stack trace or exception name, not a sentence: " + line);
        return line;
    }

    @Test
    void aDirectoryThatIsNoSubmission() throws Exception {
        Path notASubmission = Files.createDirectories(temp.resolve("holiday-photos"));
        Files.writeString(notASubmission.resolve("beach.txt"), "sand");
        String line = oneLineError(lab("grade", notASubmission.toString(), "--out", temp.resolve("out").toString()));
        assertTrue(line.contains("holiday-photos"), "names the directory: " + line);
        assertTrue(line.contains("exercises/"), "says what is missing: " + line);
        assertFalse(Files.exists(temp.resolve("out/result.json")), "no report for a grading that did not happen");
    }

    @Test
    void aDirectoryThatDoesNotExist() {
        String line = oneLineError(lab("grade", temp.resolve("nowhere").toString(), "--out", temp.resolve("out").toString()));
        assertTrue(line.contains("nowhere") && line.contains("not a directory"), line);
    }

    @Test
    void aKitThatIsNoKit() throws Exception {
        System.setProperty("lab.kit", Files.createDirectories(temp.resolve("empty-kit")).toString());
        String line = oneLineError(lab("grade", "--out", temp.resolve("out").toString()));
        assertTrue(line.contains("empty-kit") && line.contains("not a Concurrency Lab kit"), line);
    }

    @Test
    void anUnknownSlugListsTheKnownOnes() {
        String line = oneLineError(lab("grade", kit.toString(), "--only", "toy,nope", "--out", temp.resolve("out").toString()));
        assertTrue(line.contains("'nope'"), "names the unknown slug: " + line);
        assertTrue(line.contains("the exercises are: toy"), "lists the known slugs: " + line);
    }

    @Test
    void officialGradingNeedsTheHiddenTests() {
        String line = oneLineError(lab("grade", kit.toString(), "--official", "--out", temp.resolve("out").toString()));
        assertTrue(line.contains("--official needs the hidden tests") && line.contains("toy"), line);
    }

    @Test
    void solutionsNeedTheInstructorsKit() {
        String line = oneLineError(lab("grade", "--solutions", "--out", temp.resolve("out").toString()));
        assertTrue(line.contains("no solutions/ directory"), line);
    }

    @Test
    void solutionsAndADirectoryAreOneTooMany() {
        String line = oneLineError(lab("grade", kit.toString(), "--solutions"));
        assertTrue(line.contains("either DIR or --solutions"), line);
    }

    @Test
    void anUnknownOptionIsBadUsage() {
        String line = oneLineError(lab("grade", "--fastest"));
        assertTrue(line.contains("--fastest") && line.contains("lab grade --help"), line);
    }

    @Test
    void noCommandIsBadUsage() {
        String line = oneLineError(lab());
        assertTrue(line.contains("say what to do") && line.contains("grade"), line);
    }
}
