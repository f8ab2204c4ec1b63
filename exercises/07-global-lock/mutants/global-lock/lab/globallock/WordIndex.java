/*
 * Mutant: global-lock
 * Bug: every method is synchronized on the index, tokenising included, so only one thread at a time makes progress: correct, but a second thread adds nothing (the GIL, rebuilt in Java).
 * Caught by: speed
 */
package lab.globallock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The index as it is "today": one HashMap, one lock (the index itself) around everything. */
public class WordIndex {

    private final Map<String, Long> counts = new HashMap<>();

    public WordIndex() {
    }

    public synchronized void addDocument(String text) {
        Objects.requireNonNull(text, "text");
        for (String word : words(text)) {
            counts.merge(word, 1L, Long::sum);
        }
    }

    public synchronized void mergeCounts(Map<String, Long> more) {
        Objects.requireNonNull(more, "counts");
        Map<String, Long> checked = new HashMap<>(more);
        for (Map.Entry<String, Long> entry : checked.entrySet()) {
            checkWord(entry.getKey());
            checkCount(entry.getValue());
        }
        for (Map.Entry<String, Long> entry : checked.entrySet()) {
            counts.merge(entry.getKey(), entry.getValue(), Long::sum);
        }
    }

    public synchronized boolean addIfAbsent(String word, long count) {
        checkWord(word);
        checkCount(count);
        if (counts.containsKey(word)) {
            return false;
        }
        counts.put(word, count);
        return true;
    }

    public synchronized long count(String word) {
        Objects.requireNonNull(word, "word");
        return counts.getOrDefault(word, 0L);
    }

    public synchronized int distinctWords() {
        return counts.size();
    }

    public synchronized Map<String, Long> snapshot() {
        return new HashMap<>(counts);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            if (start < i) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static void checkWord(String word) {
        Objects.requireNonNull(word, "word");
        if (word.isEmpty() || !word.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
            throw new IllegalArgumentException("not a word: " + word);
        }
    }

    private static void checkCount(Long count) {
        Objects.requireNonNull(count, "count");
        if (count < 1) {
            throw new IllegalArgumentException("a count must be at least 1, got " + count);
        }
    }
}
