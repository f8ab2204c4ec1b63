package lab.grader;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lab.grader.ScenarioGradings.Grading;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden scenarios: each directory under {@code src/test/resources/scenarios/} is a submission
 * ({@code exercises/01-toy/src/main/java/...}) to the fixture kit in
 * {@code src/test/resources/fixture-kit/}, and its {@code expected.json} is a fragment that the
 * {@code result.json} of grading it must contain (matched by {@link JsonSubset}; the syntax is
 * described there).
 *
 * <p>The gradings run in-process through {@link ScenarioGradings}, two at a time, all started
 * before the first scenario's assertions; each parameterised case waits for its own grading and
 * checks it.
 *
 * <p>A scenario directory holding a {@code known-bug.txt} documents a grader bug: it is not graded
 * and is reported as skipped, with the file's text as the reason, until the bug is fixed and the
 * file deleted.
 *
 * <p>Besides its golden file and the promises {@link ScenarioGradings#assertGradedSoundly} checks for
 * every grading, no scenario may run a check into its time limit: a hang ends at the test's own
 * {@code @Timeout}, and the fixture's limits are generous.
 */
class GoldenScenarioTest {

    @TempDir
    static Path outputs;

    private static ScenarioGradings gradings;
    private static final Map<String, Future<Grading>> GRADED = new LinkedHashMap<>();

    static Stream<String> scenarios() throws Exception {
        try (Stream<Path> children = Files.list(ScenarioGradings.resource("scenarios"))) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @BeforeAll
    static void startGradingEveryScenario() throws Exception {
        gradings = new ScenarioGradings(ScenarioGradings.resource("fixture-kit"));
        for (String name : scenarios().toList()) {
            Path scenario = ScenarioGradings.resource("scenarios").resolve(name);
            if (!Files.exists(scenario.resolve("known-bug.txt"))) {
                GRADED.put(name, gradings.submit(scenario, outputs.resolve(name)));
            }
        }
    }

    @AfterAll
    static void restore() throws InterruptedException {
        if (gradings != null) {
            gradings.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void gradesAsTheGoldenFileSays(String name) throws Exception {
        Path scenario = ScenarioGradings.resource("scenarios").resolve(name);
        Path knownBug = scenario.resolve("known-bug.txt");
        Assumptions.assumeFalse(Files.exists(knownBug), () -> "known grader bug: " + ScenarioGradings.read(knownBug).strip());

        Grading grading = GRADED.get(name).get(ScenarioGradings.GRADING_WAIT.toSeconds(), TimeUnit.SECONDS);
        JsonNode result = ScenarioGradings.assertGradedSoundly(grading, scenario.resolve("expected.json"), "toy");
        for (String message : ScenarioGradings.checkMessages(result)) {
            assertFalse(message.contains("time limit"), () -> "a check ran into its time limit, which no scenario"
                    + " should (hangs end at the tests' own @Timeout): " + message + grading.context());
        }
    }
}
