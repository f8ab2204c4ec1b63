package lab.grader.fork;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What one forked JVM reported and how it ended.
 *
 * @param events the authentic events (lines that carried the run's token), in order
 * @param exitCode the process's exit code; meaningless when {@code killedBecause} is present
 * @param killedBecause why the grader killed the fork, if it did ("ran past its 60 s time limit")
 * @param outputHead the first part of everything else the fork printed
 * @param outputBytes how much it printed in all
 */
public record ForkOutcome(
        List<JsonNode> events,
        int exitCode,
        Optional<String> killedBecause,
        String outputHead,
        long outputBytes,
        Duration elapsed) {

    public ForkOutcome {
        events = List.copyOf(events);
    }

    /** The events of one type, in order. */
    public List<JsonNode> eventsOfType(String type) {
        return events.stream().filter(e -> type.equals(e.path("event").asText())).toList();
    }

    public Optional<JsonNode> firstEvent(String type) {
        return eventsOfType(type).stream().findFirst();
    }

    /** Whether the fork ran its check to the end and said so. */
    public boolean completed() {
        return killedBecause.isEmpty() && firstEvent("done").isPresent();
    }
}
