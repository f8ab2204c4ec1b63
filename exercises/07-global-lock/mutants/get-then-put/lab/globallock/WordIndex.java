/*
 * Mutant: get-then-put
 * Bug: reads a count with get() and writes count + n with put(): each call on the ConcurrentHashMap is thread-safe, but the pair is not, so two threads read the same count and one update is lost.
 * Caught by: stress
 */
package lab.globallock;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** The reference index with the one mistake the header describes. */
public class WordIndex {

    /** Every word's count. A word is present only with a count of at least 1. */
    private final ConcurrentHashMap<String, Long> counts = new ConcurrentHashMap<>();

    /** Creates an empty index. */
    public WordIndex() {
    }

    /**
     * Splits {@code text} into words and adds each occurrence to the index.
     *
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public void addDocument(String text) {
        Objects.requireNonNull(text, "text");
        // The CPU work, with nothing shared: this thread's own tally of this document.
        Map<String, Tally> tally = tally(text);
        // Then one short atomic update per distinct word. merge() adds to the count inside the
        // map's lock for that word's bin: no other thread can slip in between the read and the write.
        for (Map.Entry<String, Tally> entry : tally.entrySet()) {
            add(entry.getKey(), entry.getValue().count);
        }
    }

    /**
     * Adds every count of {@code more} to the index, all of them or, if one entry is invalid,
     * none of them.
     *
     * @throws NullPointerException if {@code more}, one of its words or one of its counts is
     *         {@code null}
     * @throws IllegalArgumentException if a key is not a word or a count is less than 1
     */
    public void mergeCounts(Map<String, Long> more) {
        Objects.requireNonNull(more, "counts");
        // A private copy: checked once, applied as checked, even if the caller changes its map.
        Map<String, Long> checked = new HashMap<>(more);
        // Check everything before changing anything, so that a bad entry cannot leave half a
        // merge behind.
        for (Map.Entry<String, Long> entry : checked.entrySet()) {
            checkWord(entry.getKey());
            checkCount(entry.getValue());
        }
        for (Map.Entry<String, Long> entry : checked.entrySet()) {
            add(entry.getKey(), entry.getValue());
        }
    }

    /**
     * Gives {@code word} the count {@code count} if it has none yet.
     *
     * @return {@code true} if the word was absent and now has {@code count}, {@code false} if it
     *         was already in the index (which is then unchanged)
     * @throws NullPointerException if {@code word} is {@code null}
     * @throws IllegalArgumentException if {@code word} is not a word or {@code count < 1}
     */
    public boolean addIfAbsent(String word, long count) {
        checkWord(word);
        checkCount(count);
        // "Is it there? If not, put it" as one atomic step of the map, not two calls.
        return counts.putIfAbsent(word, count) == null;
    }

    /**
     * How many times {@code word} occurs in the index: 0 if never.
     *
     * @throws NullPointerException if {@code word} is {@code null}
     */
    public long count(String word) {
        Objects.requireNonNull(word, "word");
        Long count = counts.get(word);
        return count == null ? 0 : count;
    }

    /** Each call on the ConcurrentHashMap is atomic, but the read and the write are two calls. */
    private void add(String word, long count) {
        Long old = counts.get(word);
        counts.put(word, old == null ? count : old + count);
    }

    /** How many different words the index holds. */
    public int distinctWords() {
        return counts.size();
    }

    /** A new map from every word in the index to its count, independent of the index. */
    public Map<String, Long> snapshot() {
        return new HashMap<>(counts);
    }

    /** One word's running count in a document's private tally: mutable, so counting allocates nothing. */
    private static final class Tally {
        long count;
    }

    /** Counts the words of {@code text}: plain sequential code on data no other thread sees. */
    private static Map<String, Tally> tally(String text) {
        Map<String, Tally> tally = new HashMap<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean upperCase = false;
            while (i < length && isWordChar(text.charAt(i))) {
                char c = text.charAt(i);
                upperCase |= c >= 'A' && c <= 'Z';
                i++;
            }
            if (start < i) {
                String word = text.substring(start, i);
                if (upperCase) {
                    word = word.toLowerCase(Locale.ROOT);
                }
                tally.computeIfAbsent(word, w -> new Tally()).count++;
            }
        }
        return tally;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static void checkWord(String word) {
        Objects.requireNonNull(word, "word");
        if (word.isEmpty()) {
            throw new IllegalArgumentException("the empty string is not a word");
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                throw new IllegalArgumentException("not a word (only a-z and 0-9 may appear in one): " + word);
            }
        }
    }

    private static void checkCount(Long count) {
        Objects.requireNonNull(count, "count");
        if (count < 1) {
            throw new IllegalArgumentException("a count must be at least 1, got " + count);
        }
    }
}
