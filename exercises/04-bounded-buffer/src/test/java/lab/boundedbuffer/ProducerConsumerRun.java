package lab.boundedbuffer;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import lab.support.testing.Delays;
import lab.support.testing.TestThreads;

/**
 * One run of producers and consumers sharing a {@link BoundedBuffer}, and the checks made on it.
 *
 * <p>Each producer puts its own numbered items ({@code producer 2, item 17}); each consumer takes
 * until it receives an end marker, which the test adds once every producer has finished. Then:
 * <ul>
 *   <li>every item was taken exactly once (none lost, none duplicated), and never null;</li>
 *   <li>the buffer never reported more elements than its capacity;</li>
 *   <li>each consumer received each producer's items in the order they were put (FIFO).</li>
 * </ul>
 * A run that stops making progress (a missed wake-up) fails with the list of threads still
 * waiting and where, instead of hanging.
 */
final class ProducerConsumerRun {

    /** One item: who put it and its number in that producer's sequence. */
    record Item(int producer, int seq) {
        static final Item END = new Item(-1, -1);

        @Override
        public String toString() {
            return this == END ? "END" : "producer " + producer + ", item " + seq;
        }
    }

    /** How the producers insert and the consumers remove. */
    enum Style {
        /** put and take. */
        BLOCKING,
        /** offer and poll with a (long) timeout. */
        TIMED,
        /** a random mix of put, timed offer, take, timed poll and drainTo. */
        MIXED
    }

    private final int capacity;
    private final int producers;
    private final int consumers;
    private final int itemsPerProducer;
    private final Style style;
    private final BoundedBuffer<Item> buffer;
    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    private final AtomicInteger violationCount = new AtomicInteger();
    /** Items put plus items taken so far: a run is stuck only when this stops growing. */
    private final AtomicLong progress = new AtomicLong();
    private final List<List<Item>> takenBy = new ArrayList<>();
    private boolean watched;

    ProducerConsumerRun(int capacity, int producers, int consumers, int itemsPerProducer, Style style) {
        this.capacity = capacity;
        this.producers = producers;
        this.consumers = consumers;
        this.itemsPerProducer = itemsPerProducer;
        this.style = style;
        this.buffer = new BoundedBuffer<>(capacity);
        for (int c = 0; c < consumers; c++) {
            takenBy.add(new ArrayList<>());
        }
    }

    /**
     * Adds a watcher thread that reads {@code size()} and {@code remainingCapacity()} over and over
     * while the others work, and checks each value is between 0 and the capacity.
     */
    ProducerConsumerRun watched() {
        this.watched = true;
        return this;
    }

    /** Runs the producers and consumers to the end and checks everything; fails the test if not. */
    void runAndCheck() {
        CountDownLatch producersDone = new CountDownLatch(producers);
        CountDownLatch consumersDone = new CountDownLatch(consumers);
        List<Thread> workers = new ArrayList<>();
        try (TestThreads threads = new TestThreads()) {
            workers.addAll(threads.startTogether(producers, "producer", p -> {
                try {
                    produce(p);
                } finally {
                    producersDone.countDown();
                }
            }));
            workers.addAll(threads.startTogether(consumers, "consumer", c -> {
                try {
                    consume(takenBy.get(c));
                } finally {
                    consumersDone.countDown();
                }
            }));
            if (watched) {
                workers.add(threads.start("watcher", () -> watch(consumersDone)));
            }
            awaitOrExplain(producersDone, "the producers", workers);
            for (int c = 0; c < consumers; c++) {
                boolean added = offerEnd();
                if (!added) {
                    String report = stuckReport("the test could not add an end marker within "
                            + Delays.LONG.toMillis() + " ms although every producer had finished", workers);
                    stopAll(workers);
                    fail(report);
                }
            }
            awaitOrExplain(consumersDone, "the consumers", workers);
        }
        checkViolations();
        checkEveryItemTakenOnce();
        checkFifoPerConsumer();
    }

    // ------------------------------------------------------------------ the workers

    private void produce(int p) throws InterruptedException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try {
            for (int seq = 0; seq < itemsPerProducer; seq++) {
                Item item = new Item(p, seq);
                if (style == Style.BLOCKING || (style == Style.MIXED && random.nextBoolean())) {
                    buffer.put(item);
                } else if (!buffer.offer(item, Delays.LONG.toMillis(), TimeUnit.MILLISECONDS)) {
                    violation("offer(" + item + ", " + Delays.LONG.toMillis() + " ms) timed out: no "
                            + "consumer made room for that long, or this producer was not woken when one "
                            + "did (a missed wake-up)");
                    return;
                }
                progress.incrementAndGet();
                checkSize();
            }
        } catch (InterruptedException stopped) {
            // the test stopped the run after a violation
        }
    }

    private void consume(List<Item> taken) throws InterruptedException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try {
            while (true) {
                List<Item> batch = new ArrayList<>();
                if (style == Style.MIXED && random.nextInt(4) == 0) {
                    buffer.drainTo(batch, 1 + random.nextInt(capacity + 1));
                }
                if (batch.isEmpty()) {
                    batch.add(takeOne(random));
                }
                boolean ended = false;
                for (Item item : batch) {
                    if (item == null) {
                        violation(style == Style.BLOCKING
                                ? "take() returned null: a consumer was woken and removed an element from "
                                        + "an empty buffer (check the condition again after waking: while, not if)"
                                : "poll(" + Delays.LONG.toMillis() + " ms) returned null: no producer "
                                        + "added an element for that long, or this consumer was not woken when "
                                        + "one did (a missed wake-up), or an empty slot was handed out");
                        continue;
                    }
                    if (item == Item.END) {
                        if (ended) {
                            buffer.put(Item.END); // drained another consumer's end marker: give it back
                        }
                        ended = true;
                        continue;
                    }
                    taken.add(item);
                    progress.incrementAndGet();
                }
                if (ended) {
                    return;
                }
                checkSize();
            }
        } catch (InterruptedException stopped) {
            // the test stopped the run after a violation
        }
    }

    private void watch(CountDownLatch consumersDone) {
        while (consumersDone.getCount() > 0 && !Thread.currentThread().isInterrupted()) {
            checkSize();
            int remaining = buffer.remainingCapacity();
            if (remaining < 0 || remaining > capacity) {
                violation("remainingCapacity() was " + remaining + " in a buffer of capacity " + capacity
                        + ": the count went out of range (a woken thread did not check again before going on?)");
            }
        }
    }

    private Item takeOne(ThreadLocalRandom random) throws InterruptedException {
        if (style == Style.BLOCKING || (style == Style.MIXED && random.nextBoolean())) {
            return buffer.take();
        }
        return buffer.poll(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void checkSize() {
        int size = buffer.size();
        if (size > capacity || size < 0) {
            violation("size() was " + size + " in a buffer of capacity " + capacity
                    + ": a thread was woken and went on without checking again that there was room "
                    + "(or an element); use while, not if, around await()");
        }
    }

    private boolean offerEnd() {
        try {
            return buffer.offer(Item.END, Delays.LONG.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("the test thread was interrupted", e);
        }
    }

    // ------------------------------------------------------------------ waiting and explaining

    /**
     * Waits for the latch; stops early on a violation; explains who is stuck when no item has
     * been put or taken for {@link Delays#LONG} (a slow machine is not a hang).
     */
    private void awaitOrExplain(CountDownLatch latch, String who, List<Thread> workers) {
        long lastProgress = progress.get();
        long deadline = System.nanoTime() + Delays.LONG.toNanos();
        try {
            while (!latch.await(Delays.SHORT.toMillis(), TimeUnit.MILLISECONDS)) {
                if (!violations.isEmpty()) {
                    stopAll(workers);
                    checkViolations();
                }
                long now = progress.get();
                if (now != lastProgress) {
                    lastProgress = now;
                    deadline = System.nanoTime() + Delays.LONG.toNanos();
                } else if (System.nanoTime() > deadline) {
                    String report = stuckReport(who + " made no progress for " + Delays.LONG.toMillis()
                            + " ms: nothing was put or taken", workers);
                    stopAll(workers);
                    checkViolations();
                    fail(report);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("the test thread was interrupted", e);
        }
    }

    private String stuckReport(String headline, List<Thread> workers) {
        String waiting = workers.stream()
                .filter(t -> t.isAlive() && t.getState() != Thread.State.RUNNABLE)
                .map(t -> "  " + t.getName() + " is " + t.getState() + " in " + bufferMethodOf(t))
                .collect(Collectors.joining("\n"));
        return headline + ", with size() = " + buffer.size() + " and remainingCapacity() = "
                + buffer.remainingCapacity() + " (capacity " + capacity + ").\n"
                + "Threads still waiting:\n" + waiting + "\n"
                + "A thread that waits although it could go on missed its wake-up: was the right "
                + "condition signalled after every change that can let a waiter go on? "
                + "With one condition shared by producers and consumers, signal() may wake a thread "
                + "of the wrong kind.";
    }

    private static String bufferMethodOf(Thread thread) {
        return Arrays.stream(thread.getStackTrace())
                .filter(frame -> frame.getClassName().startsWith(BoundedBuffer.class.getName()))
                .reduce((inner, outer) -> outer)
                .map(frame -> frame.getMethodName() + "()")
                .orElse("(not in the buffer)");
    }

    private static void stopAll(List<Thread> workers) {
        for (Thread worker : workers) {
            worker.interrupt();
        }
    }

    // ------------------------------------------------------------------ the checks

    /** Records a broken rule; the first few are kept, the rest only counted. */
    private void violation(String message) {
        if (violationCount.getAndIncrement() < 10) {
            violations.add(message);
        }
    }

    private void checkViolations() {
        int count = violationCount.get();
        if (count > 0) {
            fail(violations.peek() + (count > 1 ? " (and " + (count - 1) + " more violations)" : ""));
        }
    }

    private void checkEveryItemTakenOnce() {
        int[][] times = new int[producers][itemsPerProducer];
        for (List<Item> taken : takenBy) {
            for (Item item : taken) {
                times[item.producer()][item.seq()]++;
            }
        }
        for (int p = 0; p < producers; p++) {
            for (int seq = 0; seq < itemsPerProducer; seq++) {
                if (times[p][seq] == 0) {
                    fail("lost item: " + new Item(p, seq) + " was put but never taken ("
                            + producers + " producers, " + consumers + " consumers, capacity " + capacity + ")");
                }
                if (times[p][seq] > 1) {
                    fail("duplicated item: " + new Item(p, seq) + " was taken " + times[p][seq] + " times");
                }
            }
        }
        if (!buffer.isEmpty()) {
            fail("the buffer still holds " + buffer + " after every item and end marker was taken");
        }
    }

    private void checkFifoPerConsumer() {
        for (int c = 0; c < consumers; c++) {
            int[] last = new int[producers];
            Arrays.fill(last, -1);
            for (Item item : takenBy.get(c)) {
                if (item.seq() <= last[item.producer()]) {
                    fail("FIFO order broken: consumer-" + c + " took " + item + " after item "
                            + last[item.producer()] + " of the same producer, which was put later");
                }
                last[item.producer()] = item.seq();
            }
        }
    }
}
