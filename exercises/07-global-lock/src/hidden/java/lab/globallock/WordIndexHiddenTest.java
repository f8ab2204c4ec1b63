package lab.globallock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The hidden tests of {@link WordIndex} on one thread: every separator, all-or-nothing merges, edge cases. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WordIndexHiddenTest {

    private final WordIndex index = new WordIndex();

    @Test
    void everyCharacterButAsciiLettersAndDigitsSeparatesWords() {
        List<String> joined = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                continue;
            }
            WordIndex fresh = new WordIndex();
            fresh.addDocument("a" + (char) c + "b");
            if (!fresh.snapshot().equals(Map.of("a", 1L, "b", 1L))) {
                joined.add(String.format("U+%04X gave %s", c, fresh.snapshot()));
            }
        }
        assertEquals(List.of(), joined.subList(0, Math.min(8, joined.size())), joined.size()
                + " characters did not separate \"a\" from \"b\" in \"a?b\"; only A-Z, a-z and 0-9 are word"
                + " characters (Character.isLetterOrDigit also accepts é, ² or fullwidth letters)");
    }

    @Test
    void lettersThatLowerCaseIntoAsciiAreStillSeparators() {
        // The Kelvin sign lower-cases to 'k', and the dotted capital I to 'i' plus a combining dot:
        // lower-casing the whole text before splitting it turns separators into word characters.
        index.addDocument("\u212Aelvin \u0130stanbul");

        assertEquals(Map.of("elvin", 1L, "stanbul", 1L), index.snapshot(),
                "U+212A (Kelvin sign) and U+0130 (capital I with dot) are not ASCII: they separate words,"
                        + " even though String.toLowerCase turns them into ASCII letters");
    }

    @Test
    void lowerCasingDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            index.addDocument("TITLE IN ISTANBUL");
        } finally {
            Locale.setDefault(saved);
        }

        assertEquals(Map.of("title", 1L, "in", 1L, "istanbul", 1L), index.snapshot(),
                "in a Turkish locale, \"I\".toLowerCase() is a dotless \u0131: lower-case with Locale.ROOT"
                        + " (or by hand), so that A-Z always become a-z");
    }

    @Test
    void aVeryLongWordIsOneWord() {
        String word = "ab1".repeat(100_000);
        index.addDocument("  " + word.toUpperCase(Locale.ROOT) + "  " + word + ".");

        assertEquals(2, index.count(word), "a 300,000-character word, once in capitals and once not");
        assertEquals(1, index.distinctWords());
    }

    @Test
    void wordsAtTheVeryStartAndEndOfTheText() {
        index.addDocument("start middle end");
        index.addDocument("x");
        index.addDocument("y.");
        index.addDocument(".z");

        assertEquals(Map.of("start", 1L, "middle", 1L, "end", 1L, "x", 1L, "y", 1L, "z", 1L), index.snapshot());
    }

    @Test
    void manyDifferentWords() {
        Random random = new Random(21);
        List<String> vocabulary = Corpus.vocabulary(random, 60_000);
        List<String> documents = Corpus.documents(random, vocabulary, 30, 5_000);

        for (String document : documents) {
            index.addDocument(document);
        }

        Map<String, Long> expected = Corpus.expectedCounts(documents);
        assertNull(Corpus.firstDifference(expected, index.snapshot()), "30 documents over 60,000 words");
        assertEquals(expected.size(), index.distinctWords());
    }

    @Test
    void aMergeWithABadEntryAtTheEndChangesNothing() {
        index.addDocument("cat dog");
        Map<String, Long> before = index.snapshot();

        assertThrows(IllegalArgumentException.class, () -> index.mergeCounts(validThen("Bad", 1L)));
        assertEquals(before, index.snapshot(), "mergeCounts threw for \"Bad\" (not a word), but the entries"
                + " before it were already added: check every entry before changing anything");

        assertThrows(IllegalArgumentException.class, () -> index.mergeCounts(validThen("bad", 0L)));
        assertEquals(before, index.snapshot(), "mergeCounts threw for a count of 0, but the entries before it"
                + " were already added: a merge is all or nothing");

        assertThrows(NullPointerException.class, () -> index.mergeCounts(validThen("bad", null)));
        assertEquals(before, index.snapshot(), "mergeCounts threw for a null count, but the entries before it"
                + " were already added: a merge is all or nothing");

        assertThrows(NullPointerException.class, () -> index.mergeCounts(validThen(null, 1L)));
        assertEquals(before, index.snapshot(), "mergeCounts threw for a null word, but the entries before it"
                + " were already added: a merge is all or nothing");
    }

    @Test
    void aMergeDoesNotKeepItsArgument() {
        Map<String, Long> counts = new HashMap<>(Map.of("cat", 2L));

        index.mergeCounts(counts);
        counts.put("cat", 100L);
        counts.put("dog", 1L);

        assertEquals(Map.of("cat", 2L), index.snapshot(), "changing the map after the merge must not change the index");
    }

    @Test
    void countsPastTheIntRange() {
        index.mergeCounts(Map.of("big", 3_000_000_000L));
        index.mergeCounts(Map.of("big", 3_000_000_000L));
        index.addDocument("big");

        assertEquals(6_000_000_001L, index.count("big"), "counts are longs, not ints");
        assertTrue(index.addIfAbsent("huge", 1L << 40));
        assertEquals(1L << 40, index.count("huge"));
    }

    @Test
    void addIfAbsentSeesWordsFromEveryKindOfUpdate() {
        index.mergeCounts(Map.of("merged", 1L));
        index.addDocument("Added");

        assertFalse(index.addIfAbsent("merged", 4), "\"merged\" came in through mergeCounts");
        assertFalse(index.addIfAbsent("added", 4), "\"added\" came in through addDocument (as \"Added\")");
        assertTrue(index.addIfAbsent("fresh", 4));
        assertEquals(Map.of("merged", 1L, "added", 1L, "fresh", 4L), index.snapshot());
    }

    @Test
    void aWordAddedByAddIfAbsentCountsOnLikeAnyOther() {
        assertTrue(index.addIfAbsent("seed", 10));
        index.addDocument("seed seed");
        index.mergeCounts(Map.of("seed", 5L));

        assertEquals(17, index.count("seed"));
    }

    @Test
    void rejectedCallsLeaveTheIndexUnchanged() {
        index.addDocument("keep");

        assertThrows(IllegalArgumentException.class, () -> index.addIfAbsent("keep", -1));
        assertThrows(IllegalArgumentException.class, () -> index.addIfAbsent("new word", 1));
        assertThrows(IllegalArgumentException.class, () -> index.addIfAbsent("\u212Aelvin", 1));
        assertThrows(IllegalArgumentException.class, () -> index.mergeCounts(Map.of("UPPER", 1L)));
        assertThrows(IllegalArgumentException.class, () -> index.mergeCounts(Map.of("\u00b2", 1L)));

        assertEquals(Map.of("keep", 1L), index.snapshot());
    }

    @Test
    void snapshotsAreIndependentOfEachOther() {
        index.addDocument("one");
        Map<String, Long> first = index.snapshot();
        Map<String, Long> second = index.snapshot();
        try {
            first.clear();
        } catch (UnsupportedOperationException unmodifiable) {
            // An unmodifiable snapshot is fine too.
        }

        assertEquals(Map.of("one", 1L), second, "each snapshot is a map of its own");
        assertEquals(Map.of("one", 1L), index.snapshot());
    }

    /** Ten valid entries, then one more, in this order. */
    private static Map<String, Long> validThen(String word, Long count) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            counts.put("ok" + i, 1L);
        }
        counts.put("cat", 5L);
        counts.put(word, count);
        return counts;
    }
}
