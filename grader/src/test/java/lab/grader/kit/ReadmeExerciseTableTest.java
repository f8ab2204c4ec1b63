package lab.grader.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The kit README's table of exercises says how each exercise is graded; it must say what the
 * exercises' metadata does (an 08 row once left out the jcstress check it had).
 */
class ReadmeExerciseTableTest {

    private static final Path KIT = Path.of("..").toAbsolutePath().normalize();

    /** "| 04 | bounded-buffer | what you build | tests, hidden, jcstress, design |" */
    private static final Pattern ROW = Pattern.compile("^\\| (\\d\\d) \\| ([a-z0-9-]+) \\|.*\\| ([^|]+) \\|$");

    @Test
    void everyExerciseIsListedWithTheChecksThatGradeIt() throws IOException {
        Map<String, Set<String>> listed = new TreeMap<>();
        for (String line : Files.readAllLines(KIT.resolve("README.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                listed.put(row.group(1) + "-" + row.group(2), checksNamed(row.group(3)));
            }
        }
        Map<String, Set<String>> graded = new TreeMap<>();
        for (Exercise exercise : Kit.open(KIT).exercises()) {
            Set<String> kinds = new TreeSet<>();
            for (CheckKind kind : CheckKind.values()) {
                if (exercise.metadata().grades(kind)) {
                    kinds.add(kind.id());
                }
            }
            graded.put(exercise.directoryName(), kinds);
        }
        assertEquals(graded, listed);
    }

    /** "tests, hidden (deadlock watchdog), jcstress" as check ids; the README says jcstress for stress. */
    private static Set<String> checksNamed(String cell) {
        Set<String> kinds = new TreeSet<>();
        Arrays.stream(cell.split(","))
                .map(word -> word.replaceAll("\\(.*\\)", "").trim())
                .map(word -> word.equals("jcstress") ? CheckKind.STRESS.id() : word)
                .forEach(kinds::add);
        return kinds;
    }
}
