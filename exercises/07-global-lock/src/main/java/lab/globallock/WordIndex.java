package lab.globallock;

import java.util.Map;

/**
 * An in-memory word index: how often each word occurs in the documents added to it.
 *
 * <p><b>Words.</b> A word is a maximal run of the characters {@code A-Z}, {@code a-z} and
 * {@code 0-9} in a text, with {@code A-Z} turned into {@code a-z}. Every other character separates
 * words: white space, punctuation, hyphens and apostrophes, and every letter outside ASCII. So
 * {@code "Don't stop-2024, Café!"} holds the words {@code don}, {@code t}, {@code stop},
 * {@code 2024} and {@code caf}. The index stores words in this form only; any other string (such as
 * {@code "Apple"}, {@code "two words"} or {@code ""}) is not a word.
 *
 * <p><b>Threads.</b> An index is safe to use from any number of threads at once, and it must let
 * them work in parallel: threads adding different documents at the same time should finish sooner
 * than one thread adding them all (this is timed). Each call behaves as if one word's count at a
 * time changed atomically: concurrent calls never lose or double an occurrence, whatever words they
 * share. A call that changes several words is not one atomic step as a whole: a thread reading
 * while another adds a document may see some of its words counted already and others not yet. Once
 * a call has returned, everything it added is seen by every later call, on every thread.
 *
 * <p>Counts are {@code long}s; you may assume they never overflow.
 */
public class WordIndex {

    /** Creates an empty index. */
    public WordIndex() {
        throw new UnsupportedOperationException("TODO: set up the index's (empty) state");
    }

    /**
     * Splits {@code text} into words (see the class comment) and adds every occurrence to the
     * index: {@code addDocument("the cat and THE hat")} adds 2 to the count of {@code the} and 1 to
     * each of {@code cat}, {@code and} and {@code hat}. A text without words changes nothing.
     *
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public void addDocument(String text) {
        throw new UnsupportedOperationException(
                "TODO: split the text into words and add each occurrence to the index; many threads"
                        + " call this at once, and they must not wait for each other while they read their texts");
    }

    /**
     * Adds every count in {@code counts} to the index: {@code mergeCounts(Map.of("cat", 3L))} adds 3
     * to the count of {@code cat}, as three occurrences would. The whole merge is applied, or, if
     * any entry is invalid, none of it: the index is then unchanged. {@code counts} itself is not
     * modified.
     *
     * @throws NullPointerException if {@code counts}, one of its keys or one of its values is
     *         {@code null}
     * @throws IllegalArgumentException if a key is not a word (see the class comment) or a value is
     *         less than 1
     */
    public void mergeCounts(Map<String, Long> counts) {
        throw new UnsupportedOperationException(
                "TODO: check every entry, then add each count to its word; concurrent merges and"
                        + " documents must never lose an occurrence");
    }

    /**
     * Gives {@code word} the count {@code count} if the index does not hold it yet, as one atomic
     * step: of several threads calling this for the same new word at once, exactly one succeeds.
     *
     * @return {@code true} if {@code word} was absent and now has the count {@code count};
     *         {@code false} if it was already in the index, which is then unchanged
     * @throws NullPointerException if {@code word} is {@code null}
     * @throws IllegalArgumentException if {@code word} is not a word (see the class comment) or
     *         {@code count < 1}
     */
    public boolean addIfAbsent(String word, long count) {
        throw new UnsupportedOperationException(
                "TODO: add the word with this count only if the index does not hold it yet, and say whether it did");
    }

    /**
     * Returns how many times {@code word} occurs in the index: 0 for a word never added, and for
     * any string that is not a word (such as {@code "Apple"}).
     *
     * @throws NullPointerException if {@code word} is {@code null}
     */
    public long count(String word) {
        throw new UnsupportedOperationException("TODO: return the word's count, 0 if it has none");
    }

    /** Returns how many different words the index holds (each with a count of at least 1). */
    public int distinctWords() {
        throw new UnsupportedOperationException("TODO: return the number of different words in the index");
    }

    /**
     * Returns a new map from every word in the index to its count. The map is the caller's: later
     * changes to the index do not show in it, and changing it does not change the index. While
     * other threads change the index, each word's count in the map is a count that word had at some
     * moment during the call.
     */
    public Map<String, Long> snapshot() {
        throw new UnsupportedOperationException("TODO: copy every word and its count into a new map");
    }
}
