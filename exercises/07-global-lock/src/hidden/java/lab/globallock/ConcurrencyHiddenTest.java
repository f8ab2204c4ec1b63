package lab.globallock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The hidden tests of {@link WordIndex} under load: more threads than cores, large corpora, every
 * kind of update at once, and readers that watch the counts while they change.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConcurrencyHiddenTest {

    private static final int THREADS = 8;

    @Test
    void manyThreadsSplittingALargeCorpus() {
        Random random = new Random(31);
        List<String> documents = Corpus.documents(random, Corpus.vocabulary(random, 20_000), 400, 500);
        Map<String, Long> expected = Corpus.expectedCounts(documents);

        for (int round = 0; round < 2; round++) {
            WordIndex index = new WordIndex();
            TestThreads.runTogether(THREADS, "indexer", t -> {
                for (int d = t; d < documents.size(); d += THREADS) {
                    index.addDocument(documents.get(d));
                }
            });

            assertNull(Corpus.firstDifference(expected, index.snapshot()),
                    THREADS + " threads splitting 400 documents over 20,000 words (round " + round + ")");
            assertEquals(expected.size(), index.distinctWords());
        }
    }

    @Test
    void oneHotWordHammeredByEveryThread() {
        int calls = 20_000;
        WordIndex index = new WordIndex();

        TestThreads.runTogether(THREADS, "hammer", t -> {
            for (int i = 0; i < calls; i++) {
                switch (i % 3) {
                    case 0 -> index.addDocument("hot");
                    case 1 -> index.addDocument("HOT hot");
                    default -> index.mergeCounts(Map.of("hot", 3L));
                }
            }
        });

        long perThread = (calls + 2) / 3 + 2L * ((calls + 1) / 3) + 3L * (calls / 3);
        assertEquals(THREADS * perThread, index.count("hot"), "lost update on one word that "
                + THREADS + " threads update all the time, through addDocument and mergeCounts");
    }

    @Test
    void everyKindOfUpdateAtOnce() {
        Random random = new Random(32);
        List<String> vocabulary = Corpus.vocabulary(random, 500);
        List<String> documents = Corpus.documents(random, vocabulary, 100, 150);
        Map<String, Long> documentCounts = Corpus.expectedCounts(documents);
        int freshWords = 3_000;
        boolean[][] won = new boolean[THREADS][freshWords];

        WordIndex index = new WordIndex();
        TestThreads.runTogether(THREADS, "mixed", t -> {
            switch (t % 4) {
                case 0 -> documents.forEach(index::addDocument);
                case 1 -> documents.forEach(d -> index.mergeCounts(Corpus.expectedCounts(d)));
                case 2 -> {
                    for (int i = 0; i < freshWords; i++) {
                        won[t][i] = index.addIfAbsent("fresh" + i, t + 1);
                    }
                }
                default -> {
                    for (int i = 0; i < freshWords; i++) {
                        index.addDocument("Fresh" + i);
                    }
                }
            }
        });

        // Two threads each added and two each merged every document: 4 times its counts.
        Map<String, Long> expected = Corpus.times(documentCounts, 4);
        Map<String, Long> snapshot = index.snapshot();
        for (int i = 0; i < freshWords; i++) {
            String word = "fresh" + i;
            int winners = 0;
            long winnerCount = 0;
            for (int t = 0; t < THREADS; t++) {
                if (won[t][i]) {
                    winners++;
                    winnerCount = t + 1;
                }
            }
            assertTrue(winners <= 1, "addIfAbsent(\"" + word + "\") succeeded in " + winners + " threads at once");
            // Two threads added the word once each; the addIfAbsent calls won only if they came first.
            expected.put(word, winnerCount + 2);
        }
        assertNull(Corpus.firstDifference(expected, snapshot),
                "2 threads added documents, 2 merged their counts, 2 raced addIfAbsent on new words"
                        + " while 2 others added the same words as documents");
    }

    @Test
    void readersNeverSeeACountGoDown() {
        int documents = 3_000;
        int writers = 4;
        WordIndex index = new WordIndex();
        AtomicInteger writing = new AtomicInteger(writers);
        AtomicBoolean wentDown = new AtomicBoolean();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());

        try (TestThreads threads = new TestThreads()) {
            threads.startTogether(writers + 2, "worker", t -> {
                if (t < writers) {
                    for (int i = 0; i < documents; i++) {
                        index.addDocument("tick tock w" + t + "x" + i);
                    }
                    writing.decrementAndGet();
                    return;
                }
                long lastTick = 0;
                long lastTock = 0;
                int lastDistinct = 0;
                while (writing.get() > 0) {
                    long tick = t % 2 == 0 ? index.count("tick") : index.snapshot().getOrDefault("tick", 0L);
                    long tock = index.count("tock");
                    int distinct = index.distinctWords();
                    if (tick < lastTick || tock < lastTock || distinct < lastDistinct) {
                        wentDown.set(true);
                        problems.add("tick " + lastTick + " -> " + tick + ", tock " + lastTock + " -> " + tock
                                + ", distinct " + lastDistinct + " -> " + distinct);
                    }
                    lastTick = tick;
                    lastTock = tock;
                    lastDistinct = distinct;
                }
            });
        }

        assertEquals(false, wentDown.get(), "a reader saw a count or the number of words go down while"
                + " documents were only being added: " + problems.subList(0, Math.min(3, problems.size())));
        assertEquals((long) writers * documents, index.count("tick"));
        assertEquals((long) writers * documents, index.count("tock"));
        assertEquals(2 + writers * documents, index.distinctWords());
    }

    @Test
    void snapshotsTakenDuringWritesHoldRealCounts() {
        Random random = new Random(33);
        List<String> documents = Corpus.documents(random, Corpus.vocabulary(random, 300), 200, 100);
        Map<String, Long> finalCounts = Corpus.times(Corpus.expectedCounts(documents), 2);
        WordIndex index = new WordIndex();
        AtomicInteger writing = new AtomicInteger(2);

        TestThreads.runTogether(4, "worker", t -> {
            if (t < 2) {
                documents.forEach(index::addDocument);
                writing.decrementAndGet();
                return;
            }
            Map<String, Long> previous = new HashMap<>();
            while (writing.get() > 0) {
                Map<String, Long> snapshot = index.snapshot();
                for (Map.Entry<String, Long> entry : snapshot.entrySet()) {
                    long count = entry.getValue();
                    String word = entry.getKey();
                    Long finalCount = finalCounts.get(word);
                    assertTrue(finalCount != null, "a snapshot holds \"" + word + "\", which no document contains");
                    assertTrue(count <= finalCount, "a snapshot says \"" + word + "\" = " + count
                            + ", more than the final " + finalCount);
                    assertTrue(count >= previous.getOrDefault(word, 0L), "\"" + word + "\" went down from "
                            + previous.get(word) + " to " + count + " between two snapshots");
                }
                previous = snapshot;
            }
        });

        assertNull(Corpus.firstDifference(finalCounts, index.snapshot()), "2 threads each added 200 documents");
    }
}
