package lab.globallock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The visible tests of {@link WordIndex} on one thread: the word rule, the counts, the errors. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class WordIndexTest {

    private final WordIndex index = new WordIndex();

    @Test
    void aNewIndexIsEmpty() {
        assertEquals(0, index.distinctWords(), "a new index holds no words");
        assertEquals(0, index.count("the"), "a word never added has count 0");
        Map<String, Long> snapshot = index.snapshot();
        assertNotNull(snapshot, "snapshot() must return a map, not null");
        assertTrue(snapshot.isEmpty(), "the snapshot of a new index is empty, got " + snapshot);
    }

    @Test
    void countsEveryOccurrence() {
        index.addDocument("the cat and the hat");

        assertEquals(2, index.count("the"), "\"the\" occurs twice in \"the cat and the hat\"");
        assertEquals(1, index.count("cat"));
        assertEquals(1, index.count("and"));
        assertEquals(1, index.count("hat"));
        assertEquals(4, index.distinctWords(), "the, cat, and, hat: 4 different words");
        assertEquals(Map.of("the", 2L, "cat", 1L, "and", 1L, "hat", 1L), index.snapshot());
    }

    @Test
    void countsAddUpOverDocuments() {
        index.addDocument("one fish two fish");
        index.addDocument("red fish blue fish");

        assertEquals(4, index.count("fish"), "\"fish\" occurs twice in each of two documents");
        assertEquals(1, index.count("red"));
        assertEquals(5, index.distinctWords(), "one, fish, two, red, blue: 5 different words");
    }

    @Test
    void upperCaseLettersAreLowerCased() {
        index.addDocument("The THE tHe the");

        assertEquals(4, index.count("the"), "The, THE, tHe and the are all the word \"the\"");
        assertEquals(0, index.count("The"), "the index stores lower-case words only: \"The\" is not a word");
        assertEquals(1, index.distinctWords());
    }

    @Test
    void digitsBelongToWords() {
        index.addDocument("Route 66, MP3 files from 2024; 007 is not 7");

        assertEquals(1, index.count("66"), "a run of digits is a word");
        assertEquals(1, index.count("mp3"), "letters and digits together make one word");
        assertEquals(1, index.count("2024"));
        assertEquals(1, index.count("007"), "a word is kept as written: \"007\" stays \"007\"");
        assertEquals(1, index.count("7"));
    }

    @Test
    void everyOtherCharacterSeparatesWords() {
        index.addDocument("Don't stop-2024, Café!");

        assertEquals(Map.of("don", 1L, "t", 1L, "stop", 1L, "2024", 1L, "caf", 1L), index.snapshot(),
                "apostrophes, hyphens, punctuation and letters outside ASCII (like é) all separate words");
    }

    @Test
    void underscoresTabsAndNewlinesSeparateWords() {
        index.addDocument("snake_case\tword\nnext\r\nline/path.end");

        assertEquals(Map.of("snake", 1L, "case", 1L, "word", 1L, "next", 1L, "line", 1L, "path", 1L, "end", 1L),
                index.snapshot(), "only A-Z, a-z and 0-9 are word characters; _ \\t \\n \\r / . separate words");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "  ,.;:!?  ", "\n\t", "éàü", "---", "\u2014 \ud83d\ude00"})
    void aTextWithoutWordsChangesNothing(String text) {
        index.addDocument(text);

        assertEquals(0, index.distinctWords(), "this text has no word characters, so no words: " + index.snapshot());
    }

    @Test
    void countsLikeTheWordRuleOnGeneratedText() {
        Random random = new Random(7);
        List<String> documents = Corpus.documents(random, Corpus.vocabulary(random, 300), 20, 400);

        for (String document : documents) {
            index.addDocument(document);
        }

        String difference = Corpus.firstDifference(Corpus.expectedCounts(documents), index.snapshot());
        assertEquals(null, difference, "20 generated documents (mixed case, punctuation, accents, emoji)");
    }

    @Test
    void addDocumentRejectsNull() {
        assertThrows(NullPointerException.class, () -> index.addDocument(null));
    }

    @Test
    void countOfAnythingThatIsNotAWordIsZero() {
        index.addDocument("apple pie");

        assertEquals(0, index.count("Apple"), "\"Apple\" is not a word (words are lower case)");
        assertEquals(0, index.count("apple pie"), "\"apple pie\" is two words, not one");
        assertEquals(0, index.count(""), "the empty string is not a word");
        assertThrows(NullPointerException.class, () -> index.count(null));
    }

    @Test
    void mergeCountsAddsEachCount() {
        index.addDocument("cat cat");
        Map<String, Long> counts = new HashMap<>(Map.of("cat", 3L, "dog", 1L));

        index.mergeCounts(counts);

        assertEquals(5, index.count("cat"), "2 from the document plus 3 from the merge");
        assertEquals(1, index.count("dog"), "a merged word the index did not hold yet");
        assertEquals(2, index.distinctWords());
        assertEquals(Map.of("cat", 3L, "dog", 1L), counts, "mergeCounts must not change its argument");
    }

    @Test
    void mergingTheSnapshotDoublesEveryCount() {
        index.addDocument("a b b c c c");

        index.mergeCounts(index.snapshot());

        assertEquals(Map.of("a", 2L, "b", 4L, "c", 6L), index.snapshot());
    }

    @Test
    void mergingAnEmptyMapChangesNothing() {
        index.addDocument("x");

        index.mergeCounts(Map.of());

        assertEquals(Map.of("x", 1L), index.snapshot());
    }

    @Test
    void mergeCountsRejectsWhatIsNotAWordOrNotACount() {
        index.addDocument("cat");

        assertThrows(NullPointerException.class, () -> index.mergeCounts(null));
        assertThrows(IllegalArgumentException.class, () -> index.mergeCounts(Map.of("Cat", 1L)),
                "\"Cat\" is not a word: words are lower case");
        assertThrows(IllegalArgumentException.class, () -> index.mergeCounts(Map.of("", 1L)),
                "the empty string is not a word");
        assertThrows(IllegalArgumentException.class, () -> index.mergeCounts(Map.of("two words", 1L)));
        assertThrows(IllegalArgumentException.class, () -> index.mergeCounts(Map.of("café", 1L)));
        assertThrows(IllegalArgumentException.class, () -> index.mergeCounts(Map.of("cat", 0L)),
                "a count must be at least 1");
        assertThrows(IllegalArgumentException.class, () -> index.mergeCounts(Map.of("cat", -5L)));
        Map<String, Long> nullKey = new HashMap<>();
        nullKey.put(null, 1L);
        assertThrows(NullPointerException.class, () -> index.mergeCounts(nullKey));
        Map<String, Long> nullValue = new HashMap<>();
        nullValue.put("cat", null);
        assertThrows(NullPointerException.class, () -> index.mergeCounts(nullValue));

        assertEquals(Map.of("cat", 1L), index.snapshot(), "a rejected merge must leave the index unchanged");
    }

    @Test
    void addIfAbsentAddsANewWord() {
        assertTrue(index.addIfAbsent("zebra", 7), "\"zebra\" was not in the index: addIfAbsent must add it");

        assertEquals(7, index.count("zebra"));
        assertEquals(1, index.distinctWords());
    }

    @Test
    void addIfAbsentLeavesAWordThatIsThereAlone() {
        index.addDocument("zebra zebra");

        assertFalse(index.addIfAbsent("zebra", 7), "\"zebra\" was already in the index: addIfAbsent must say false");

        assertEquals(2, index.count("zebra"), "addIfAbsent must not change a word the index already holds");
    }

    @Test
    void addIfAbsentSucceedsOnlyOnce() {
        assertTrue(index.addIfAbsent("once", 1));
        assertFalse(index.addIfAbsent("once", 5), "the second call finds the word there");
        assertEquals(1, index.count("once"));
    }

    @Test
    void addIfAbsentRejectsWhatIsNotAWordOrNotACount() {
        assertThrows(NullPointerException.class, () -> index.addIfAbsent(null, 1));
        assertThrows(IllegalArgumentException.class, () -> index.addIfAbsent("Zebra", 1), "\"Zebra\" is not a word");
        assertThrows(IllegalArgumentException.class, () -> index.addIfAbsent("", 1));
        assertThrows(IllegalArgumentException.class, () -> index.addIfAbsent("x-ray", 1));
        assertThrows(IllegalArgumentException.class, () -> index.addIfAbsent("zebra", 0), "a count must be at least 1");

        assertEquals(0, index.distinctWords(), "a rejected call must leave the index unchanged");
    }

    @Test
    void aSnapshotIsACopy() {
        index.addDocument("red green");
        Map<String, Long> snapshot = index.snapshot();

        index.addDocument("red blue");

        assertEquals(Map.of("red", 1L, "green", 1L), snapshot, "a snapshot must not change when the index does");
        try {
            snapshot.put("purple", 9L);
        } catch (UnsupportedOperationException unmodifiable) {
            // An unmodifiable snapshot is fine too.
        }
        assertEquals(0, index.count("purple"), "changing a snapshot must not change the index");
        assertEquals(Map.of("red", 2L, "green", 1L, "blue", 1L), index.snapshot());
    }
}
