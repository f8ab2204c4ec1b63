package lab.grader.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.grader.fork.ForkOutcome;
import lab.grader.result.ItemResult;
import lab.grader.result.Status;

/**
 * Reads a fork's plan and result events into one item per planned test.
 *
 * <p>A planned test that never reported failed: the message says how the fork ended (time limit,
 * thread bomb, early exit) and, for a hang, where the threads were and which deadlock cycle held
 * them. Skipped tests (disabled by the kit's author) are left out of the count.
 */
final class ReportedItems {

    private static final int DUMP_SHOWN = 3000;

    private ReportedItems() {
    }

    /** The items, or empty when the fork never announced a plan. */
    static Optional<List<ItemResult>> from(ForkOutcome outcome) {
        Optional<JsonNode> plan = outcome.firstEvent("plan");
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode item : plan.get().path("items")) {
            names.put(item.path("id").asText(), item.path("name").asText());
        }
        Map<String, JsonNode> results = new LinkedHashMap<>();
        for (JsonNode result : outcome.eventsOfType("result")) {
            results.putIfAbsent(result.path("id").asText(), result);
        }
        Map<String, String> deadlocks = deadlocksByTest(outcome);
        String missing = whyNoResult(outcome);

        List<ItemResult> items = new ArrayList<>();
        names.forEach((id, name) -> {
            JsonNode result = results.get(id);
            String deadlock = deadlocks.getOrDefault(name, "");
            if (result == null) {
                items.add(new ItemResult(name, Status.FAIL, join(missing, deadlock)));
            } else if (!"skipped".equals(result.path("status").asText())) {
                boolean passed = "pass".equals(result.path("status").asText());
                items.add(new ItemResult(name, passed ? Status.PASS : Status.FAIL,
                        passed ? "" : join(result.path("message").asText(), deadlock)));
            }
        });
        return Optional.of(items);
    }

    /** Why the fork stopped reporting, in words, for the tests it never reported. */
    static String whyNoResult(ForkOutcome outcome) {
        Optional<JsonNode> abort = outcome.firstEvent("abort");
        if (abort.isPresent()) {
            return "not finished: the JVM was stopped because " + abort.get().path("reason").asText();
        }
        Optional<JsonNode> crash = outcome.firstEvent("crash");
        if (crash.isPresent()) {
            return "not finished: the test run crashed: " + crash.get().path("message").asText();
        }
        Optional<JsonNode> timeout = outcome.firstEvent("timeout");
        if (timeout.isPresent() || outcome.killedBecause().filter(r -> r.contains("time limit")).isPresent()) {
            return timeoutMessage(outcome, timeout);
        }
        if (outcome.killedBecause().isPresent()) {
            return "not finished: the JVM was killed because it " + outcome.killedBecause().get();
        }
        return "not finished: the JVM exited early (exit code " + outcome.exitCode() + ")"
                + " before this test reported; is something calling System.exit or Runtime.halt?"
                + lastOutput(outcome);
    }

    private static String timeoutMessage(ForkOutcome outcome, Optional<JsonNode> timeout) {
        StringBuilder message = new StringBuilder("not finished: the check ran past its time limit");
        if (timeout.isPresent()) {
            JsonNode event = timeout.get();
            if (!event.path("running").isEmpty()) {
                message.append(" while running ").append(event.path("running"));
            }
            String deadlock = event.path("deadlock").asText();
            if (!deadlock.isEmpty()) {
                message.append("\n").append(deadlock);
            }
            String dump = event.path("dump").asText();
            message.append("\nThreads at the time limit:\n")
                    .append(dump.length() > DUMP_SHOWN ? dump.substring(0, DUMP_SHOWN) + "..." : dump);
        } else {
            message.append(" and was too busy to send a thread dump");
        }
        return message.toString();
    }

    private static Map<String, String> deadlocksByTest(ForkOutcome outcome) {
        Map<String, String> byTest = new LinkedHashMap<>();
        for (JsonNode deadlock : outcome.eventsOfType("deadlock")) {
            for (JsonNode running : deadlock.path("running")) {
                byTest.merge(running.asText(), deadlock.path("description").asText(), (a, b) -> a + "\n" + b);
            }
        }
        return byTest;
    }

    /** Every deadlock the fork saw, in words. */
    static List<String> deadlocks(ForkOutcome outcome) {
        return outcome.eventsOfType("deadlock").stream().map(e -> e.path("description").asText()).toList();
    }

    private static String lastOutput(ForkOutcome outcome) {
        String head = outcome.outputHead().strip();
        if (head.isEmpty()) {
            return "";
        }
        String[] lines = head.split("\n");
        int from = Math.max(0, lines.length - 8);
        return "\nIts output ended with:\n" + String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }

    private static String join(String first, String second) {
        if (second == null || second.isEmpty()) {
            return first;
        }
        return first.isEmpty() ? second : first + "\n" + second;
    }
}
