package lab.grader;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lab.grader.ScenarioGradings.Grading;
import lab.grader.report.SafeTextTest;
import lab.grader.report.WorkDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The red-team suite: each directory under {@code src/test/resources/redteam/} is a hostile
 * submission to the red-team kit ({@code src/test/resources/redteam-kit/}, exercise {@code 01-tally},
 * with hidden tests), graded with {@code --official} as the official workflow grades a student.
 * The directory's {@code attack.txt} says what it tries and its {@code expected.json} pins what
 * the grader must make of it, in particular its score: never more than the honest part of the
 * submission earns (see {@code redteam/README.md}).
 *
 * <p>The gradings run in a workspace laid out like the official workflow's: {@code kit/} (a copy
 * of the kit), the submission beside it ({@code <attack>/}, a copy, plus the symbolic links its
 * optional {@code links.txt} asks for: {@code path -> target} a line), and the reports in
 * {@code results/<attack>/}.
 *
 * <p>Besides {@link ScenarioGradings#assertGradedSoundly}, every attack must leave: a grading within
 * the checks' time limits; a console (the CI log) in which the GitHub runner finds no workflow
 * command; no trace of the hidden tests' text in any report; no file the grader did not write
 * among the reports or anywhere in the workspace.
 *
 * <p>{@code -Dredteam.only=a,b} grades only the attacks named (for authors). When an attack fails, the
 * workspace is left in the temporary directory ({@code junit-*}) for a look at its reports.
 */
class RedTeamTest {

    /** Text in the kit's hidden test class that no test prints: a report showing it leaked the class. */
    private static final String HIDDEN_MARKER = "redteam-hidden-marker-5150";
    private static final String SLUG = "tally";
    /** Files the grader writes at the top of its output directory. */
    private static final Set<String> REPORT_FILES = Set.of("result.json", "summary.md", "report.html",
            "gradescope-results.json", "classroom-results.json", "classroom-results.b64", "junit", "work", "submission");
    /** Beyond the sum of the checks' time limits: compiling, the policy, the kill grace of each fork. */
    private static final Duration OVERHEAD = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Kept when an attack fails, for a look at its reports. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path workspace;

    private static ScenarioGradings gradings;
    private static final Map<String, Future<Grading>> GRADED = new LinkedHashMap<>();

    static Stream<String> attacks() throws Exception {
        Set<String> only = Set.of(System.getProperty("redteam.only", "").split(","));
        try (Stream<Path> children = Files.list(ScenarioGradings.resource("redteam"))) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> only.equals(Set.of("")) || only.contains(name))
                    .sorted().toList().stream();
        }
    }

    @BeforeAll
    static void startGradingEveryAttack() throws Exception {
        Path kit = workspace.resolve("kit");
        copyTree(ScenarioGradings.resource("redteam-kit"), kit);
        gradings = new ScenarioGradings(kit);
        for (String name : attacks().toList()) {
            Path submission = workspace.resolve(name);
            copyTree(ScenarioGradings.resource("redteam").resolve(name), submission);
            makeLinks(submission);
            GRADED.put(name, gradings.submit(submission, workspace.resolve("results").resolve(name), "--official"));
        }
    }

    @AfterAll
    static void restore() throws InterruptedException {
        if (gradings != null) {
            gradings.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void attackScoresNoMoreThanItsHonestPart(String name) throws Exception {
        Path attack = ScenarioGradings.resource("redteam").resolve(name);
        assertTrue(Files.isRegularFile(attack.resolve("attack.txt")), name + " needs an attack.txt saying what it tries");
        Grading grading = GRADED.get(name).get(ScenarioGradings.GRADING_WAIT.toSeconds(), TimeUnit.SECONDS);
        ScenarioGradings.assertGradedSoundly(grading, attack.resolve("expected.json"), SLUG);

        Duration budget = timeLimits().plus(OVERHEAD);
        assertTrue(grading.elapsed().compareTo(budget) < 0,
                "grading took " + grading.elapsed().toSeconds() + " s, more than the checks' limits allow (" + budget.toSeconds() + " s)");
        assertNoWorkflowCommandReachesTheLog(grading);
        assertHiddenTestsDidNotLeak(grading);
        assertOnlyTheGraderWroteFiles(grading);
    }

    /** The console is what a CI log shows; Classroom's reporter prints the messages of its results file too. */
    private static void assertNoWorkflowCommandReachesTheLog(Grading grading) throws IOException {
        List<String> logs = new ArrayList<>(List.of(grading.console(), grading.err()));
        for (JsonNode test : JSON.readTree(grading.out().resolve("classroom-results.json").toFile()).path("tests")) {
            logs.add(test.path("message").asText());
        }
        for (String log : logs) {
            for (String line : log.split("\r\n|\r|\n")) {
                assertFalse(SafeTextTest.runnerSeesACommand(line),
                        () -> "the GitHub runner would obey this line of the grading's log: " + line.replace("\u200b", "<ZWSP>")
                                + grading.context());
            }
        }
    }

    private static void assertHiddenTestsDidNotLeak(Grading grading) throws IOException {
        List<String> texts = new ArrayList<>(List.of(grading.console(), grading.err()));
        try (Stream<Path> files = Files.list(grading.out())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.add(Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        texts.add(ScenarioGradings.read(grading.out().resolve("junit/TEST-" + SLUG + ".xml")));
        for (String text : texts) {
            assertFalse(text.contains(HIDDEN_MARKER), "a report shows text of the hidden test class" + grading.context());
        }
    }

    /** Reports only from the grader; nothing new beside the kit, the submissions and their results. */
    private static void assertOnlyTheGraderWroteFiles(Grading grading) throws Exception {
        Set<String> reports = names(grading.out());
        reports.removeAll(REPORT_FILES);
        assertTrue(reports.isEmpty(), "files in the output directory that the grader did not write: " + reports);
        Set<String> junit = names(grading.out().resolve("junit"));
        junit.remove("TEST-" + SLUG + ".xml");
        assertTrue(junit.isEmpty(), "JUnit reports that the grader did not write: " + junit);

        Set<String> attacks = new HashSet<>(attacks().toList());
        Set<String> results = names(workspace.resolve("results"));
        results.removeAll(attacks);
        assertTrue(results.isEmpty(), "files beside the graders' output directories: " + results);
        Set<String> top = names(workspace);
        top.removeAll(attacks);
        top.removeAll(Set.of("kit", "results"));
        assertTrue(top.isEmpty(), "files beside the kit and the submissions: " + top);
    }

    /** The sum of the time limits of the kit's checks. */
    private static Duration timeLimits() throws IOException {
        JsonNode metadata = JSON.readTree(workspace.resolve("kit/exercises/01-tally/exercise.json").toFile());
        long seconds = 0;
        for (JsonNode limit : metadata.path("timeLimitSeconds")) {
            seconds += limit.asLong();
        }
        return Duration.ofSeconds(seconds);
    }

    private static Set<String> names(Path directory) throws IOException {
        try (Stream<Path> children = Files.list(directory)) {
            return new HashSet<>(children.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** {@code links.txt}: {@code path -> target} a line, the target as the link will hold it (often relative). */
    private static void makeLinks(Path submission) throws IOException {
        Path links = submission.resolve("links.txt");
        if (!Files.exists(links)) {
            return;
        }
        for (String line : Files.readAllLines(links)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("->");
            Path link = submission.resolve(parts[0].strip());
            WorkDirectory.deleteTree(link);
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, Path.of(parts[1].strip()));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
