package lab.grader.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import lab.grader.kit.CheckKind;

/**
 * The verdict of one check of one exercise.
 *
 * @param score points earned, to one decimal
 * @param max points the check is worth
 * @param speed the speed figures, only for the speed check
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckResult(
        @JsonProperty("kind") String kind,
        Status status,
        double score,
        int max,
        String message,
        List<ItemResult> items,
        SpeedFigures speed) {

    public CheckResult {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static CheckResult of(CheckKind kind, Status status, double score, int max, String message, List<ItemResult> items) {
        return new CheckResult(kind.id(), status, score, max, message, items, null);
    }

    public CheckKind checkKind() {
        return CheckKind.fromId(kind);
    }

    public long passedItems() {
        return items.stream().filter(ItemResult::passed).count();
    }

    /** The same verdict with another score and message (used when scoring gates a check). */
    public CheckResult withScore(double newScore, String newMessage) {
        return new CheckResult(kind, status, newScore, max, newMessage, items, speed);
    }
}
