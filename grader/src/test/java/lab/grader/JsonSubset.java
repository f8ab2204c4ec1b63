package lab.grader;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Matches an expected JSON fragment against an actual document, as a subset: the golden files of
 * the scenario tests say only what matters, not every field of {@code result.json}.
 *
 * <ul>
 *   <li>An object matches when every key it gives is present in the actual object and matches
 *       (keys the fragment leaves out are not checked).</li>
 *   <li>An array matches element by element, for the elements it gives (the actual array may be
 *       longer). An array whose first element is the string {@code "$unordered"} instead needs
 *       each of its other elements to match a different element of the actual array, in any order.</li>
 *   <li>A string starting with {@code ~} means "contains": {@code "~Deadlock:"}; with {@code !~},
 *       "does not contain". {@code "<N"}, {@code "<=N"}, {@code ">N"} and {@code ">=N"} bound a
 *       number. A string starting with {@code =} is compared literally without that {@code =}
 *       (for a literal that starts with one of these signs). Any other string must be equal.</li>
 *   <li>{@code {"$allOf": [m1, m2, ...]}} matches when every matcher in the list matches the same
 *       actual value (e.g. a message that must contain several words).</li>
 *   <li>Numbers match by value ({@code 60} matches {@code 60.0}); booleans and {@code null} exactly.</li>
 * </ul>
 */
final class JsonSubset {

    static final String UNORDERED = "$unordered";
    static final String ALL_OF = "$allOf";

    private JsonSubset() {
    }

    /** Every place where {@code actual} does not match {@code expected}; empty when it matches. */
    static List<String> mismatches(JsonNode expected, JsonNode actual) {
        List<String> problems = new ArrayList<>();
        match("$", expected, actual, problems);
        return problems;
    }

    private static void match(String path, JsonNode expected, JsonNode actual, List<String> problems) {
        if (actual == null || actual.isMissingNode()) {
            problems.add(path + ": missing (expected " + expected + ")");
            return;
        }
        if (expected.isObject() && expected.size() == 1 && expected.has(ALL_OF)) {
            for (JsonNode each : expected.get(ALL_OF)) {
                match(path, each, actual, problems);
            }
        } else if (expected.isObject()) {
            if (!actual.isObject()) {
                problems.add(path + ": expected an object, found " + brief(actual));
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                match(path + "." + field.getKey(), field.getValue(), actual.path(field.getKey()), problems);
            }
        } else if (expected.isArray()) {
            matchArray(path, expected, actual, problems);
        } else if (expected.isTextual()) {
            matchText(path, expected.asText(), actual, problems);
        } else if (expected.isNumber()) {
            if (!actual.isNumber() || expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                problems.add(path + ": expected " + expected + ", found " + brief(actual));
            }
        } else if (!expected.equals(actual)) {
            problems.add(path + ": expected " + expected + ", found " + brief(actual));
        }
    }

    private static void matchArray(String path, JsonNode expected, JsonNode actual, List<String> problems) {
        if (!actual.isArray()) {
            problems.add(path + ": expected an array, found " + brief(actual));
            return;
        }
        boolean unordered = expected.size() > 0 && UNORDERED.equals(expected.get(0).asText(null));
        if (!unordered) {
            for (int i = 0; i < expected.size(); i++) {
                if (i >= actual.size()) {
                    problems.add(path + "[" + i + "]: missing (the array has only " + actual.size() + " elements)");
                } else {
                    match(path + "[" + i + "]", expected.get(i), actual.get(i), problems);
                }
            }
            return;
        }
        List<JsonNode> wanted = new ArrayList<>();
        for (int i = 1; i < expected.size(); i++) {
            wanted.add(expected.get(i));
        }
        List<JsonNode> available = new ArrayList<>();
        actual.forEach(available::add);
        if (!assign(wanted, 0, available, new boolean[available.size()])) {
            List<String> unmatched = new ArrayList<>();
            for (JsonNode one : wanted) {
                if (available.stream().noneMatch(candidate -> mismatches(one, candidate).isEmpty())) {
                    unmatched.add(path + ": no element matches " + one + " (elements: " + brief(actual) + ")");
                }
            }
            if (unmatched.isEmpty()) {
                unmatched.add(path + ": the expected elements cannot each match a different element of " + brief(actual));
            }
            problems.addAll(unmatched);
        }
    }

    /** Backtracking: can wanted[from..] each match a distinct unused element of available? */
    private static boolean assign(List<JsonNode> wanted, int from, List<JsonNode> available, boolean[] used) {
        if (from == wanted.size()) {
            return true;
        }
        for (int i = 0; i < available.size(); i++) {
            if (!used[i] && mismatches(wanted.get(from), available.get(i)).isEmpty()) {
                used[i] = true;
                if (assign(wanted, from + 1, available, used)) {
                    return true;
                }
                used[i] = false;
            }
        }
        return false;
    }

    private static void matchText(String path, String pattern, JsonNode actual, List<String> problems) {
        if (pattern.startsWith("!~")) {
            String fragment = pattern.substring(2);
            if (actual.asText().contains(fragment)) {
                problems.add(path + ": should not contain \"" + fragment + "\" but is " + brief(actual));
            }
        } else if (pattern.startsWith("~")) {
            String fragment = pattern.substring(1);
            if (!actual.isValueNode() || !actual.asText().contains(fragment)) {
                problems.add(path + ": should contain \"" + fragment + "\" but is " + brief(actual));
            }
        } else if (pattern.matches("(<=|>=|<|>)\\s*-?[0-9.]+")) {
            matchBound(path, pattern, actual, problems);
        } else {
            String literal = pattern.startsWith("=") ? pattern.substring(1) : pattern;
            if (!actual.isTextual() || !actual.asText().equals(literal)) {
                problems.add(path + ": expected \"" + literal + "\", found " + brief(actual));
            }
        }
    }

    private static void matchBound(String path, String pattern, JsonNode actual, List<String> problems) {
        if (!actual.isNumber()) {
            problems.add(path + ": expected a number " + pattern + ", found " + brief(actual));
            return;
        }
        String operator = pattern.startsWith("<=") || pattern.startsWith(">=") ? pattern.substring(0, 2) : pattern.substring(0, 1);
        BigDecimal bound = new BigDecimal(pattern.substring(operator.length()).trim());
        int comparison = actual.decimalValue().compareTo(bound);
        boolean ok = switch (operator) {
            case "<" -> comparison < 0;
            case "<=" -> comparison <= 0;
            case ">" -> comparison > 0;
            default -> comparison >= 0;
        };
        if (!ok) {
            problems.add(path + ": expected a number " + pattern + ", found " + actual);
        }
    }

    private static String brief(JsonNode node) {
        String text = node.toString();
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }
}
