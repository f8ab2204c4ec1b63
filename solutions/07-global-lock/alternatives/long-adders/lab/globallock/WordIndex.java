/*
 * Alternative: long-adders
 * Design: a ConcurrentHashMap of LongAdders, each put in with its first count already added (putIfAbsent) and added to outside the map's locks; a regular-expression tokeniser into a local tally.
 */
package lab.globallock;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word index as a {@link ConcurrentHashMap} of {@link LongAdder}s. Additions to a word that is
 * there already need no lock of the map at all. A new word's adder goes into the map with its first
 * count already added, so no thread ever sees a word that is present with the count 0.
 */
public class WordIndex {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+");

    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();

    public WordIndex() {
    }

    public void addDocument(String text) {
        Matcher m = WORD.matcher(text);
        Map<String, Long> local = new HashMap<>();
        while (m.find()) {
            local.merge(m.group().toLowerCase(Locale.ROOT), 1L, Long::sum);
        }
        local.forEach(this::add);
    }

    public void mergeCounts(Map<String, Long> more) {
        Map<String, Long> copy = new HashMap<>(more);
        for (Map.Entry<String, Long> e : copy.entrySet()) {
            check(e.getKey(), e.getValue());
        }
        copy.forEach(this::add);
    }

    public boolean addIfAbsent(String word, long count) {
        check(word, count);
        return counts.putIfAbsent(word, adderOf(count)) == null;
    }

    private void add(String word, long count) {
        LongAdder adder = counts.get(word);
        if (adder == null) {
            adder = counts.putIfAbsent(word, adderOf(count));
            if (adder == null) {
                return;
            }
        }
        adder.add(count);
    }

    private static LongAdder adderOf(long count) {
        LongAdder adder = new LongAdder();
        adder.add(count);
        return adder;
    }

    public long count(String word) {
        LongAdder a = counts.get(Objects.requireNonNull(word));
        return a == null ? 0 : a.sum();
    }

    public int distinctWords() {
        return counts.size();
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> s = new HashMap<>();
        counts.forEach((w, a) -> s.put(w, a.sum()));
        return s;
    }

    private static void check(String word, Long count) {
        if (!VALID.matcher(Objects.requireNonNull(word)).matches()) {
            throw new IllegalArgumentException(word);
        }
        if (Objects.requireNonNull(count) < 1) {
            throw new IllegalArgumentException();
        }
    }
}
