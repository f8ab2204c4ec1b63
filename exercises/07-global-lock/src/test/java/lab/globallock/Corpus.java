package lab.globallock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test data for the word index: seeded random documents, and the counts they must give, worked
 * out by an independent rule (a regular expression) rather than by the code under test.
 */
final class Corpus {

    /** The word rule of the class comment of {@link WordIndex}, as a regular expression. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+");

    /** Separators of every kind the word rule names, plus some it implies. */
    private static final String[] SEPARATORS = {
        " ", " ", " ", " ", ", ", ". ", "\n", "\t", "-", "'", "_", "/", " \u00e9 ", "\u00fc", " \u2014 ",
        "\ud83d\ude00", "(", ") ", "; ", "!? "
    };

    private Corpus() {
    }

    /** The counts {@code texts} must give: every match of {@code [A-Za-z0-9]+}, lower-cased. */
    static Map<String, Long> expectedCounts(List<String> texts) {
        Map<String, Long> counts = new HashMap<>();
        for (String text : texts) {
            Matcher matcher = WORD.matcher(text);
            while (matcher.find()) {
                counts.merge(matcher.group().toLowerCase(Locale.ROOT), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** The counts one text must give. */
    static Map<String, Long> expectedCounts(String text) {
        return expectedCounts(List.of(text));
    }

    /** {@code size} distinct lower-case words of 1 to 8 characters, some with digits. */
    static List<String> vocabulary(Random random, int size) {
        List<String> words = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        StringBuilder word = new StringBuilder();
        while (words.size() < size) {
            word.setLength(0);
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                word.append(random.nextInt(10) == 0 ? (char) ('0' + random.nextInt(10)) : (char) ('a' + random.nextInt(26)));
            }
            if (seen.add(word.toString())) {
                words.add(word.toString());
            }
        }
        return words;
    }

    /**
     * {@code count} documents of {@code wordsEach} words drawn from {@code vocabulary} (the first
     * words far more often than the last, as in real text), in mixed case, with separators of every
     * kind between them.
     */
    static List<String> documents(Random random, List<String> vocabulary, int count, int wordsEach) {
        List<String> documents = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < wordsEach; w++) {
                String word = vocabulary.get(skewed(random, vocabulary.size()));
                switch (random.nextInt(10)) {
                    case 0 -> word = word.toUpperCase(Locale.ROOT);
                    case 1 -> word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    default -> { }
                }
                text.append(word).append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            documents.add(text.toString());
        }
        return documents;
    }

    /** A random index below {@code n}, small ones more likely. */
    private static int skewed(Random random, int n) {
        return (int) Math.pow(n + 1, random.nextDouble()) - 1;
    }

    /** Every count of {@code counts} times {@code factor}. */
    static Map<String, Long> times(Map<String, Long> counts, long factor) {
        Map<String, Long> result = new HashMap<>();
        counts.forEach((word, count) -> result.put(word, count * factor));
        return result;
    }

    /** The first word whose count differs between the two maps, in words, or null if they agree. */
    static String firstDifference(Map<String, Long> expected, Map<String, Long> actual) {
        TreeSet<String> words = new TreeSet<>(expected.keySet());
        words.addAll(actual.keySet());
        int wrong = 0;
        String first = null;
        for (String word : words) {
            Long want = expected.get(word);
            Long got = actual.get(word);
            if (want == null ? got != null : !want.equals(got)) {
                wrong++;
                if (first == null) {
                    first = "\"" + word + "\" has count " + (got == null ? "none" : got) + ", expected "
                            + (want == null ? "none" : want);
                }
            }
        }
        return first == null ? null : wrong + " of " + words.size() + " words are wrong, the first: " + first;
    }
}
