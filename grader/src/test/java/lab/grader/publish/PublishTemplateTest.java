package lab.grader.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lab.grader.cli.LabCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code lab publish-template} on this very kit: the student repository holds nothing a student
 * must not see, and the grader works in it (hidden tests skipped, not passed).
 */
class PublishTemplateTest {

    /** The kit this test is part of: the grader module's parent. */
    private static final Path KIT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    @Timeout(600)
    void theTemplateHidesTheKitsSecretsAndGradesWithoutThem() throws Exception {
        Path template = dir.resolve("template");
        assertEquals(LabCommand.EXIT_OK, lab(KIT, "publish-template", template.toString()));

        List<String> files;
        try (Stream<Path> walk = Files.walk(template)) {
            files = walk.filter(Files::isRegularFile).map(p -> template.relativize(p).toString().replace('\\', '/')).toList();
        }
        for (String file : files) {
            assertFalse(file.startsWith("solutions/"), "a reference solution reached the template: " + file);
            assertFalse(file.matches("exercises/[^/]+/src/hidden/.*"), "a hidden test reached the template: " + file);
            assertFalse(file.matches("exercises/[^/]+/mutants/.*"), "a mutant reached the template: " + file);
            assertFalse(file.contains("/alternatives/"), "an alternative solution reached the template: " + file);
            assertFalse(file.startsWith("instructor-guide/"), "the instructor guide reached the template: " + file);
            assertFalse(file.matches("\\.github/workflows/(official|kit-ci)\\.yml"), "a kit workflow reached the template: " + file);
            assertFalse(file.startsWith("grader/src/test/"), "the grader's tests (and the red-team kit) reached the template: " + file);
        }
        assertTrue(files.contains(".github/workflows/grade.yml"), "students need the feedback workflow");
        assertTrue(files.contains("exercises/01-race-conditions/src/main/java/lab/raceconditions/BankAccount.java"), "the stub");
        assertEquals(Files.readString(KIT.resolve(StudentTemplate.STUDENT_README)), Files.readString(template.resolve("README.md")));

        Path out = dir.resolve("graded");
        assertEquals(LabCommand.EXIT_OK, lab(template, "grade", "--only", "race-conditions", "--quick", "--out", out.toString()));
        JsonNode exercise = new ObjectMapper().readTree(out.resolve("result.json").toFile()).path("exercises").get(0);
        assertEquals(0.0, exercise.path("score").asDouble(), "the untouched stub scores 0");
        for (JsonNode check : exercise.path("checks")) {
            if (check.path("kind").asText().equals("hidden")) {
                assertEquals("skipped", check.path("status").asText(), "without hidden tests the check is skipped, never passed");
            }
        }
    }

    /** Runs {@code lab ARGS} in-process with the kit at {@code kit}; returns the exit code. */
    private static int lab(Path kit, String... args) throws IOException {
        String saved = System.getProperty("lab.kit");
        System.setProperty("lab.kit", kit.toString());
        try {
            CommandLine lab = LabCommand.commandLine();
            StringWriter err = new StringWriter();
            lab.setErr(new PrintWriter(err, true));
            int exit = lab.execute(args);
            if (exit != LabCommand.EXIT_OK) {
                System.err.println(err);
            }
            return exit;
        } finally {
            if (saved == null) {
                System.clearProperty("lab.kit");
            } else {
                System.setProperty("lab.kit", saved);
            }
        }
    }
}
