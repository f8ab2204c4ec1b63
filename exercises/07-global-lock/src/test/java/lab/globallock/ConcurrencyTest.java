package lab.globallock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The visible tests of {@link WordIndex} under concurrent use: several threads start together
 * (behind a barrier) and update one index; no occurrence may be lost or counted twice.
 *
 * <p>These tests make a race likely, not certain; the jcstress tests of the {@code stress} check
 * hunt for it systematically.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ConcurrencyTest {

    private static final int THREADS = 4;

    @Test
    void threadsAddingTheSameDocumentsLoseNoOccurrence() {
        Random random = new Random(11);
        List<String> documents = Corpus.documents(random, Corpus.vocabulary(random, 100), 50, 200);
        Map<String, Long> expected = Corpus.times(Corpus.expectedCounts(documents), THREADS);

        for (int round = 0; round < 3; round++) {
            WordIndex index = new WordIndex();
            TestThreads.runTogether(THREADS, "indexer", t -> {
                for (String document : documents) {
                    index.addDocument(document);
                }
            });

            assertNull(Corpus.firstDifference(expected, index.snapshot()),
                    "lost update? " + THREADS + " threads each added the same 50 documents (round " + round + ")");
        }
    }

    @Test
    void threadsMeetingTheSameNewWordsCountEachOccurrence() {
        int words = 2_000;
        WordIndex index = new WordIndex();

        TestThreads.runTogether(THREADS, "indexer", t -> {
            for (int i = 0; i < words; i++) {
                index.addDocument("w" + i);
            }
        });

        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            long count = index.count("w" + i);
            if (count != THREADS) {
                wrong.add("w" + i + "=" + count);
            }
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(10, wrong.size())),
                wrong.size() + " of " + words + " words do not have count " + THREADS + ": " + THREADS
                        + " threads added each new word at about the same moment, and some found it missing"
                        + " and each put it in (check-then-act), or read the same count and wrote back"
                        + " count + 1 (lost update)");
        assertEquals(words, index.distinctWords());
    }

    @Test
    void threadsSplittingACorpusGetTheSequentialCounts() {
        Random random = new Random(12);
        List<String> documents = Corpus.documents(random, Corpus.vocabulary(random, 2_000), 80, 300);

        WordIndex index = new WordIndex();
        TestThreads.runTogether(THREADS, "indexer", t -> {
            for (int d = t; d < documents.size(); d += THREADS) {
                index.addDocument(documents.get(d));
            }
        });

        assertNull(Corpus.firstDifference(Corpus.expectedCounts(documents), index.snapshot()),
                THREADS + " threads each added every " + THREADS + "th of 80 documents");
    }

    @Test
    void concurrentMergesLoseNoCount() {
        Random random = new Random(13);
        List<String> vocabulary = Corpus.vocabulary(random, 200);
        List<Map<String, Long>> merges = new ArrayList<>();
        Map<String, Long> total = new HashMap<>();
        for (int m = 0; m < 300; m++) {
            Map<String, Long> merge = new HashMap<>();
            for (int w = 0; w < 20; w++) {
                merge.put(vocabulary.get(random.nextInt(vocabulary.size())), 1L + random.nextInt(3));
            }
            merges.add(merge);
            merge.forEach((word, count) -> total.merge(word, count, Long::sum));
        }

        WordIndex index = new WordIndex();
        TestThreads.runTogether(THREADS, "merger", t -> {
            for (Map<String, Long> merge : merges) {
                index.mergeCounts(merge);
            }
        });

        assertNull(Corpus.firstDifference(Corpus.times(total, THREADS), index.snapshot()),
                "lost update? " + THREADS + " threads each merged the same 300 maps");
    }

    @Test
    void addIfAbsentHasExactlyOneWinnerPerWord() {
        int words = 2_000;
        WordIndex index = new WordIndex();
        boolean[][] won = new boolean[THREADS][words];

        TestThreads.runTogether(THREADS, "adder", t -> {
            for (int i = 0; i < words; i++) {
                won[t][i] = index.addIfAbsent("n" + i, t + 1);
            }
        });

        for (int i = 0; i < words; i++) {
            int winners = 0;
            int winner = -1;
            for (int t = 0; t < THREADS; t++) {
                if (won[t][i]) {
                    winners++;
                    winner = t;
                }
            }
            assertEquals(1, winners, "addIfAbsent(\"n" + i + "\", ...) returned true in " + winners + " of "
                    + THREADS + " threads: exactly one may add a new word (check-then-act?)");
            assertEquals(winner + 1, index.count("n" + i),
                    "\"n" + i + "\" must keep the count of the one call that added it");
        }
    }

    @Test
    void documentsAndMergesTogetherLoseNothing() {
        Random random = new Random(14);
        List<String> vocabulary = Corpus.vocabulary(random, 150);
        List<String> documents = Corpus.documents(random, vocabulary, 40, 200);
        Map<String, Long> documentCounts = Corpus.expectedCounts(documents);

        WordIndex index = new WordIndex();
        TestThreads.runTogether(THREADS, "mixed", t -> {
            for (String document : documents) {
                if (t % 2 == 0) {
                    index.addDocument(document);
                } else {
                    index.mergeCounts(Corpus.expectedCounts(document));
                }
            }
        });

        assertNull(Corpus.firstDifference(Corpus.times(documentCounts, THREADS), index.snapshot()),
                "2 threads added 40 documents while 2 others merged the same documents' counts");
    }
}
