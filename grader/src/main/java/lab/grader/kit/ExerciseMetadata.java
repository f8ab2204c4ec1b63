package lab.grader.kit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * The contents of an exercise's {@code exercise.json}.
 *
 * @param points points per check id ({@code tests}, {@code hidden}, ...); a check the map leaves
 *     out is not graded
 * @param timeLimitSeconds wall-clock limit of each check's forked JVM, per check id
 * @param allow exceptions to the student-code policy (see {@code lab.grader.checks.CodePolicy})
 * @param speed the speed spec, or {@code null} for an exercise without a speed check
 * @param draft an exercise still being written: not graded, not verified, not in the Maven build
 *     until its author clears the flag (and `./lab verify --only slug --drafts` passes)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExerciseMetadata(
        String slug,
        String title,
        String track,
        List<String> concepts,
        Map<String, Integer> points,
        Map<String, Integer> timeLimitSeconds,
        List<String> allow,
        SpeedSpec speed,
        boolean draft) {

    private static final int DEFAULT_TIME_LIMIT_SECONDS = 120;

    public ExerciseMetadata {
        concepts = concepts == null ? List.of() : List.copyOf(concepts);
        points = points == null ? Map.of() : Map.copyOf(points);
        timeLimitSeconds = timeLimitSeconds == null ? Map.of() : Map.copyOf(timeLimitSeconds);
        allow = allow == null ? List.of() : List.copyOf(allow);
    }

    /** The points a check is worth; 0 when the exercise is not graded by it. */
    public int pointsFor(CheckKind kind) {
        return points.getOrDefault(kind.id(), 0);
    }

    /** Whether the exercise is graded by this check. */
    public boolean grades(CheckKind kind) {
        return points.containsKey(kind.id());
    }

    public int timeLimitSecondsFor(CheckKind kind) {
        return timeLimitSeconds.getOrDefault(kind.id(), DEFAULT_TIME_LIMIT_SECONDS);
    }

    /**
     * How a speed exercise is timed.
     *
     * @param workload the class in {@code src/speed/java} implementing
     *     {@code lab.support.speed.SpeedWorkload}
     * @param referenceEfficiency the reference's parallel efficiency (speedup / threads) measured in the kit, used
     *     for an estimate where the reference is not available (the student repository)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SpeedSpec(String workload, Double referenceEfficiency) {
    }
}
