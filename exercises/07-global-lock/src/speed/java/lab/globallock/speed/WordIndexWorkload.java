package lab.globallock.speed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import lab.globallock.WordIndex;
import lab.support.speed.SpeedWorkload;

/**
 * The timed workload of the global-lock exercise: indexing a fixed, seeded corpus of long
 * documents, sequentially with the kit's own code and with {@code threads} threads sharing one of
 * the student's {@link WordIndex}es.
 *
 * <p>The corpus is shaped so that the work <em>can</em> scale: every document is long (about
 * {@value #WORDS_PER_DOCUMENT} words) but draws on a limited vocabulary (a topic of
 * {@value #TOPIC_WORDS} words plus {@value #COMMON_WORDS} common words every document shares), so
 * reading and counting a document costs far more than publishing its few thousand distinct
 * counts. An index that tokenises under one global lock gets no faster with a second thread; one
 * that counts each document privately and then updates a concurrent map does.
 *
 * <p>The text exercises the whole word rule: capitals, digits, punctuation, hyphens, apostrophes
 * and a few accented letters, so a wrong tokeniser shows up as a wrong count.
 */
public final class WordIndexWorkload implements SpeedWorkload<Map<String, Long>> {

    /** Documents in the corpus: enough that threads taking them one at a time finish close together. */
    static final int DOCUMENTS = 96;

    /** Words per document. */
    static final int WORDS_PER_DOCUMENT = 60_000;

    /** The whole vocabulary. */
    static final int VOCABULARY = 40_000;

    /** Words of one document's topic, a random stretch of the vocabulary. */
    static final int TOPIC_WORDS = 1_500;

    /** Words every document uses often ("the", "of" ...): the shared counts every thread updates. */
    static final int COMMON_WORDS = 100;

    private static final long SEED = 20240707L;

    private List<String> documents;

    /** Creates the workload; {@link #setUp()} builds its corpus. */
    public WordIndexWorkload() {
    }

    @Override
    public void setUp() {
        Random random = new Random(SEED);
        String[] vocabulary = vocabulary(random);
        documents = new ArrayList<>(DOCUMENTS);
        for (int d = 0; d < DOCUMENTS; d++) {
            documents.add(document(random, vocabulary));
        }
    }

    /** One thread, one plain {@link HashMap} of mutable counters: the fair sequential baseline. */
    @Override
    public Map<String, Long> baseline() {
        Map<String, long[]> tally = new HashMap<>();
        for (String text : documents) {
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
                    long[] count = tally.get(word);
                    if (count == null) {
                        tally.put(word, new long[] {1});
                    } else {
                        count[0]++;
                    }
                }
            }
        }
        Map<String, Long> counts = new HashMap<>(tally.size() * 2);
        tally.forEach((word, count) -> counts.put(word, count[0]));
        return counts;
    }

    /**
     * A fresh index fed by {@code threads} threads, each taking the next document not yet taken
     * until none is left, then a snapshot of it.
     *
     * <p>Taking documents one at a time (rather than a fixed share each) keeps both cores busy to
     * the end even when something else on the machine slows one thread down for a while.
     */
    @Override
    public Map<String, Long> candidate(int threads) throws Exception {
        WordIndex index = new WordIndex();
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                for (int d = next.getAndIncrement(); d < documents.size(); d = next.getAndIncrement()) {
                    index.addDocument(documents.get(d));
                }
            }, "indexer-" + t);
            worker.setUncaughtExceptionHandler((thread, e) -> {
                synchronized (failure) {
                    if (failure[0] == null) {
                        failure[0] = e;
                    }
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        synchronized (failure) {
            if (failure[0] != null) {
                throw new IllegalStateException("addDocument threw " + failure[0], failure[0]);
            }
        }
        return index.snapshot();
    }

    @Override
    public String compare(Map<String, Long> expected, Map<String, Long> actual) {
        if (actual == null) {
            return "snapshot() returned null instead of the counts";
        }
        // Report the alphabetically first wrong word, so the same mistake always gives the same message.
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
                            + (want == null ? "none (it is not a word of the corpus)" : want);
                }
            }
        }
        if (wrong == 0) {
            return null;
        }
        return wrong + " of " + words.size() + " words have a wrong count; the first: " + first
                + " (lost updates between threads, or a tokeniser that breaks the word rule?)";
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Distinct made-up words of 2 to 11 letters, a few with digits in them. */
    private static String[] vocabulary(Random random) {
        Set<String> words = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        while (words.size() < VOCABULARY) {
            word.setLength(0);
            int length = 2 + random.nextInt(10);
            for (int i = 0; i < length; i++) {
                word.append(random.nextInt(40) == 0 ? (char) ('0' + random.nextInt(10))
                        : (char) ('a' + random.nextInt(26)));
            }
            words.add(word.toString());
        }
        return words.toArray(new String[0]);
    }

    /** One document: common words and the words of its topic, in sentences with punctuation. */
    private static String document(Random random, String[] vocabulary) {
        int topicStart = COMMON_WORDS + random.nextInt(VOCABULARY - COMMON_WORDS - TOPIC_WORDS);
        StringBuilder text = new StringBuilder(WORDS_PER_DOCUMENT * 8);
        boolean sentenceStart = true;
        for (int w = 0; w < WORDS_PER_DOCUMENT; w++) {
            String word = random.nextInt(3) == 0
                    ? vocabulary[skewed(random, COMMON_WORDS)]
                    : vocabulary[topicStart + skewed(random, TOPIC_WORDS)];
            int style = random.nextInt(200);
            if (style == 0) {
                word = word.toUpperCase(Locale.ROOT);
            } else if (sentenceStart || style < 8) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            text.append(word);
            sentenceStart = false;
            int separator = random.nextInt(100);
            if (separator < 70) {
                text.append(' ');
            } else if (separator < 80) {
                text.append(", ");
            } else if (separator < 88) {
                text.append(". ");
                sentenceStart = true;
            } else if (separator < 92) {
                text.append('-');
            } else if (separator < 95) {
                text.append('\'');
            } else if (separator < 97) {
                text.append(".\n\n");
                sentenceStart = true;
            } else if (separator < 98) {
                text.append(" \u00e9"); // an accented letter is not a word character: it separates
            } else {
                text.append("; (").append(random.nextInt(200)).append(") ");
            }
        }
        return text.toString();
    }

    /** A random index below {@code n}, small ones more likely (roughly Zipf-like, as in real text). */
    private static int skewed(Random random, int n) {
        double u = random.nextDouble();
        return (int) (Math.pow(n + 1, u)) - 1;
    }
}
