package lab.grader.result;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The measured speed of a submission and of the reference, per thread count.
 *
 * @param serialFraction the Karp–Flatt serial fraction at the highest thread count, when there
 *     are three or more thread counts; otherwise {@code null}
 * @param rounds the measured rounds the medians are taken over
 * @param disturbedRounds measured rounds during which other programs kept the machine busy; they
 *     were timed again while the budget for that lasted (see the speed check's message)
 * @param picture the submission's output as a PNG, relative to the report directory, or {@code null}
 * @param roundRatios per measured round kept, the submission's speedup over the reference's at the
 *     highest thread count: the evidence the score's median is taken from (empty when the
 *     reference is an estimate)
 */
public record SpeedFigures(
        List<Integer> threads,
        List<Double> speedup,
        @JsonProperty("reference_speedup") List<Double> referenceSpeedup,
        @JsonProperty("serial_fraction") Double serialFraction,
        @JsonProperty("reference_is_estimate") boolean referenceIsEstimate,
        int rounds,
        @JsonProperty("disturbed_rounds") int disturbedRounds,
        String picture,
        @JsonProperty("round_ratios") List<Double> roundRatios) {
}
