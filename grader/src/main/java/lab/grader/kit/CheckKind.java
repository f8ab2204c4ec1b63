package lab.grader.kit;

import java.util.Locale;

/** The kinds of check an exercise can be graded by, in the order they run. */
public enum CheckKind {
    TESTS, HIDDEN, STRESS, DESIGN, SPEED;

    /** The name used in exercise.json, result.json and mutant headers. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with the given id, or {@code null} when there is none. */
    public static CheckKind fromId(String id) {
        for (CheckKind kind : values()) {
            if (kind.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        return null;
    }
}
