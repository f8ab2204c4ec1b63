package lab.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The golden files' matcher must itself be right, or the scenario tests prove nothing. */
class JsonSubsetTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> check(String expected, String actual) throws Exception {
        return JsonSubset.mismatches(JSON.readTree(expected.replace('\'', '"')), JSON.readTree(actual.replace('\'', '"')));
    }

    private static void matches(String expected, String actual) throws Exception {
        List<String> problems = check(expected, actual);
        assertTrue(problems.isEmpty(), () -> expected + " should match " + actual + " but: " + problems);
    }

    private static void doesNotMatch(String expected, String actual) throws Exception {
        assertTrue(!check(expected, actual).isEmpty(), () -> expected + " should not match " + actual);
    }

    @Test
    void objectsMatchKeyByKeyAndIgnoreKeysTheFragmentLeavesOut() throws Exception {
        matches("{'a': 1}", "{'a': 1, 'b': 2}");
        matches("{'a': {'b': 'x'}}", "{'a': {'b': 'x', 'c': 3}}");
        doesNotMatch("{'a': 1, 'z': 1}", "{'a': 1}");
        doesNotMatch("{'a': {'b': 'x'}}", "{'a': {'b': 'y'}}");
        doesNotMatch("{'a': {}}", "{'a': 5}");
    }

    @Test
    void numbersMatchByValue() throws Exception {
        matches("{'score': 60}", "{'score': 60.0}");
        doesNotMatch("{'score': 60}", "{'score': 59.9}");
        doesNotMatch("{'score': 60}", "{'score': '60'}");
    }

    @Test
    void numericBounds() throws Exception {
        matches("{'s': '<60'}", "{'s': 48.0}");
        doesNotMatch("{'s': '<60'}", "{'s': 60.0}");
        matches("{'s': '<=60'}", "{'s': 60.0}");
        matches("{'s': '>0'}", "{'s': 0.1}");
        doesNotMatch("{'s': '>0'}", "{'s': 0}");
        matches("{'s': '>=0'}", "{'s': 0}");
        doesNotMatch("{'s': '>0'}", "{'s': 'many'}");
    }

    @Test
    void stringsAreEqualContainedOrNotContained() throws Exception {
        matches("{'m': 'exact'}", "{'m': 'exact'}");
        doesNotMatch("{'m': 'exact'}", "{'m': 'exactly'}");
        matches("{'m': '~Deadlock:'}", "{'m': 'x\\nDeadlock: a holds b'}");
        doesNotMatch("{'m': '~Deadlock:'}", "{'m': 'no cycle'}");
        matches("{'m': '!~time limit'}", "{'m': '5 of 5 passed'}");
        doesNotMatch("{'m': '!~time limit'}", "{'m': 'ran past its time limit'}");
        matches("{'m': '=~literal'}", "{'m': '~literal'}");
        matches("{'m': '=<3'}", "{'m': '<3'}");
    }

    @Test
    void allOfAppliesEveryMatcherToTheSameValue() throws Exception {
        matches("{'m': {'$allOf': ['~a', '~b', '!~c']}}", "{'m': 'b and a'}");
        doesNotMatch("{'m': {'$allOf': ['~a', '~b']}}", "{'m': 'a only'}");
    }

    @Test
    void arraysMatchElementByElementForTheElementsGiven() throws Exception {
        matches("[1, 2]", "[1, 2, 3]");
        doesNotMatch("[2, 1]", "[1, 2, 3]");
        doesNotMatch("[1, 2, 3, 4]", "[1, 2, 3]");
        matches("[{'k': 'tests'}]", "[{'k': 'tests', 'x': 1}, {'k': 'design'}]");
        doesNotMatch("{'a': [1]}", "{'a': 1}");
    }

    @Test
    void unorderedArraysNeedADistinctMatchForEachElement() throws Exception {
        matches("['$unordered', {'n': 'b'}, {'n': 'a'}]", "[{'n': 'a'}, {'n': 'b'}, {'n': 'c'}]");
        doesNotMatch("['$unordered', {'n': 'd'}]", "[{'n': 'a'}, {'n': 'b'}]");
        // Both expected elements would match the first actual one; only one may use it.
        doesNotMatch("['$unordered', {'s': 'fail'}, {'s': 'fail'}]", "[{'s': 'fail'}, {'s': 'pass'}]");
        // The greedy choice (first for the first) is wrong here; backtracking finds the assignment.
        matches("['$unordered', {'s': '~a'}, {'s': 'ab'}]", "[{'s': 'ab'}, {'s': 'ba'}]");
    }

    @Test
    void mismatchesSayWhere() throws Exception {
        List<String> problems = check("{'exercises': [{'checks': [{'status': 'pass'}]}]}",
                "{'exercises': [{'checks': [{'status': 'fail'}]}]}");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("$.exercises[0].checks[0].status:"), problems.get(0));
        JsonNode missing = JSON.readTree("{}");
        assertTrue(JsonSubset.mismatches(JSON.readTree("{\"a\": 1}"), missing).get(0).contains("$.a: missing"));
    }
}
