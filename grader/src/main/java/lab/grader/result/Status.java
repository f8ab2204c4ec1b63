package lab.grader.result;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The outcome of a check or of one item in it, as written in result.json. */
public enum Status {
    /** Everything in it passed. */
    PASS,
    /** It ran and something in it failed. */
    FAIL,
    /** It could not run to a verdict (the fork crashed, timed out, or the kit is broken). */
    ERROR,
    /** Points held back for a stated reason, neither given nor denied (e.g. no parallel speedup here). */
    WITHHELD,
    /** Not run, with the reason in the message (e.g. no hidden tests in the student repository). */
    SKIPPED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
