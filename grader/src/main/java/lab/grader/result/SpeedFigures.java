package lab.grader.result;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The measured speed of a submission and of the reference, per thread count.
 *
 * @param serialFraction the Karp–Flatt serial fraction at the highest thread count, when there
 *     are three or more thread counts; otherwise {@code null}
 * @param picture the submission's output as a PNG, relative to the report directory, or {@code null}
 */
public record SpeedFigures(
        List<Integer> threads,
        List<Double> speedup,
        @JsonProperty("reference_speedup") List<Double> referenceSpeedup,
        @JsonProperty("serial_fraction") Double serialFraction,
        @JsonProperty("reference_is_estimate") boolean referenceIsEstimate,
        int rounds,
        String picture) {
}
