/*
 * Alternative: striped-locks
 * Design: lock striping by hand: 64 plain HashMaps, each guarded by its own ReentrantLock, a word's hash choosing its stripe; a character-by-character tokeniser into a local tally.
 */
package lab.globallock;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The word index with lock striping built by hand: the words are spread over {@value #STRIPES}
 * plain {@link HashMap}s by their hash, and each map has its own lock. Two threads wait for each
 * other only when they update words of the same stripe at the same moment; every access to a map,
 * reads included, holds that map's lock.
 */
public class WordIndex {

    private static final int STRIPES = 64;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
    private final Map<String, long[]>[] shards;

    @SuppressWarnings("unchecked")
    public WordIndex() {
        shards = new Map[STRIPES];
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
            shards[i] = new HashMap<>();
        }
    }

    private static int stripe(String word) {
        return Math.floorMod(word.hashCode(), STRIPES);
    }

    private void add(String word, long n) {
        int s = stripe(word);
        locks[s].lock();
        try {
            long[] c = shards[s].get(word);
            if (c == null) {
                shards[s].put(word, new long[] {n});
            } else {
                c[0] += n;
            }
        } finally {
            locks[s].unlock();
        }
    }

    public void addDocument(String text) {
        Objects.requireNonNull(text);
        // The tokenising and counting use no lock: only this call sees the local tally.
        Map<String, long[]> local = new HashMap<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                current.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                current.append((char) (c + 32));
            } else if (current.length() > 0) {
                local.computeIfAbsent(current.toString(), k -> new long[1])[0]++;
                current.setLength(0);
            }
        }
        local.forEach((w, c) -> add(w, c[0]));
    }

    public void mergeCounts(Map<String, Long> counts) {
        Map<String, Long> copy = new HashMap<>(Objects.requireNonNull(counts));
        copy.forEach((w, c) -> validate(w, c));
        copy.forEach(this::add);
    }

    public boolean addIfAbsent(String word, long count) {
        validate(word, count);
        int s = stripe(word);
        locks[s].lock();
        try {
            if (shards[s].containsKey(word)) {
                return false;
            }
            shards[s].put(word, new long[] {count});
            return true;
        } finally {
            locks[s].unlock();
        }
    }

    public long count(String word) {
        Objects.requireNonNull(word);
        int s = stripe(word);
        locks[s].lock();
        try {
            long[] c = shards[s].get(word);
            return c == null ? 0 : c[0];
        } finally {
            locks[s].unlock();
        }
    }

    public int distinctWords() {
        int n = 0;
        for (int s = 0; s < STRIPES; s++) {
            locks[s].lock();
            try {
                n += shards[s].size();
            } finally {
                locks[s].unlock();
            }
        }
        return n;
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> result = new HashMap<>();
        for (int s = 0; s < STRIPES; s++) {
            locks[s].lock();
            try {
                shards[s].forEach((w, c) -> result.put(w, c[0]));
            } finally {
                locks[s].unlock();
            }
        }
        return result;
    }

    private static void validate(String word, Long count) {
        Objects.requireNonNull(word);
        Objects.requireNonNull(count);
        if (word.isEmpty() || !word.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
            throw new IllegalArgumentException(word);
        }
        if (count < 1) {
            throw new IllegalArgumentException("count " + count);
        }
    }
}
