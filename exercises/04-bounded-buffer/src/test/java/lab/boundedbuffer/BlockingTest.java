package lab.boundedbuffer;

import static lab.boundedbuffer.BoundedBufferTest.contents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import lab.support.testing.Delays;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Waiting: {@code put} and {@code take} (and their timed forms) wait while they must, resume
 * when another thread makes room or adds an element, give up when the time runs out, and answer
 * an interrupt with {@link InterruptedException}.
 *
 * <p>"This call waits" is asserted by watching the thread reach WAITING or TIMED_WAITING
 * ({@link TestThreads#awaitBlocked}), never by sleeping. Every thread is joined (bounded) before
 * the test ends: a thread that never wakes up fails the test with its stack.
 */
@Timeout(30)
class BlockingTest {

    static final long LONG_MS = Delays.LONG.toMillis();

    /** A buffer of capacity 2 holding 0 and 1: full. */
    static BoundedBuffer<Integer> full() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(2);
        buffer.add(0);
        buffer.add(1);
        return buffer;
    }

    @AfterEach
    void noInterruptLeftOver() {
        assertFalse(Thread.interrupted(), "a test left the interrupt status of the test thread set");
    }

    // ------------------------------------------------------------------ take and poll(timeout) wait for an element

    /** take() on an empty buffer waits until another thread puts an element, then returns it. */
    @Test
    void takeWaitsWhileEmptyAndReturnsTheElementPutLater() throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(2);
        try (TestThreads threads = new TestThreads()) {
            Thread taker = threads.start("taker", () -> assertEquals(42, buffer.take()));
            threads.awaitBlocked(taker);
            buffer.put(42);
        }
        assertTrue(buffer.isEmpty());
    }

    /** poll(timeout) on an empty buffer waits until another thread offers an element. */
    @Test
    void timedPollWaitsWhileEmptyAndReturnsTheElementOfferedLater() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(2);
        try (TestThreads threads = new TestThreads()) {
            Thread poller = threads.start("poller",
                    () -> assertEquals(42, buffer.poll(LONG_MS, TimeUnit.MILLISECONDS)));
            threads.awaitBlocked(poller);
            assertTrue(buffer.offer(42));
        }
        assertTrue(buffer.isEmpty());
    }

    /** Several consumers wait on an empty buffer: each one gets one of the elements put later. */
    @Test
    void everyWaitingConsumerGetsAnElement() throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(3);
        Set<Integer> taken = ConcurrentHashMap.newKeySet();
        try (TestThreads threads = new TestThreads()) {
            for (int i = 0; i < 3; i++) {
                threads.awaitBlocked(threads.start("taker-" + i, () -> taken.add(buffer.take())));
            }
            for (int i = 0; i < 3; i++) {
                buffer.put(i);
            }
        }
        assertEquals(Set.of(0, 1, 2), taken, "every element put must reach exactly one waiting consumer");
    }

    // ------------------------------------------------------------------ put and offer(timeout) wait for room

    /** put(e) on a full buffer waits, without adding e, until another thread takes an element. */
    @Test
    void putWaitsWhileFullAndAddsOnceThereIsRoom() throws InterruptedException {
        BoundedBuffer<Integer> buffer = full();
        try (TestThreads threads = new TestThreads()) {
            Thread putter = threads.start("putter", () -> buffer.put(2));
            threads.awaitBlocked(putter);
            assertEquals(List.of(0, 1), contents(buffer), "a waiting put must not add its element yet");
            assertEquals(0, buffer.take());
        }
        assertEquals(List.of(1, 2), contents(buffer));
    }

    /** offer(e, timeout) on a full buffer waits until another thread polls an element. */
    @Test
    void timedOfferWaitsWhileFullAndAddsOnceThereIsRoom() {
        BoundedBuffer<Integer> buffer = full();
        try (TestThreads threads = new TestThreads()) {
            Thread offerer = threads.start("offerer",
                    () -> assertTrue(buffer.offer(2, LONG_MS, TimeUnit.MILLISECONDS)));
            threads.awaitBlocked(offerer);
            assertEquals(0, buffer.poll());
        }
        assertEquals(List.of(1, 2), contents(buffer));
    }

    /** Several producers wait on a full buffer: each one gets in as consumers take. */
    @Test
    void everyWaitingProducerGetsIn() throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(1);
        buffer.add(0);
        List<Integer> taken = new ArrayList<>();
        try (TestThreads threads = new TestThreads()) {
            for (int i = 1; i <= 3; i++) {
                int item = i;
                threads.awaitBlocked(threads.start("putter-" + i, () -> buffer.put(item)));
            }
            for (int i = 0; i < 4; i++) {
                taken.add(buffer.poll(LONG_MS, TimeUnit.MILLISECONDS));
            }
        }
        assertEquals(Set.of(0, 1, 2, 3), Set.copyOf(taken),
                "every waiting producer must get in once a consumer makes room; took " + taken);
        assertTrue(buffer.isEmpty());
    }

    // ------------------------------------------------------------------ other ways to make room wake producers

    /**
     * drainTo(c) makes room for every producer waiting on a full buffer. (drainTo need not be one
     * atomic step: it may also move elements that the woken producers add while it runs.)
     */
    @Test
    void drainToWakesWaitingProducers() {
        BoundedBuffer<Integer> buffer = full();
        List<Integer> sink = new ArrayList<>();
        try (TestThreads threads = new TestThreads()) {
            threads.awaitBlocked(threads.start("putter-2", () -> buffer.put(2)));
            threads.awaitBlocked(threads.start("putter-3", () -> buffer.put(3)));
            assertTrue(buffer.drainTo(sink) >= 2, "drainTo must move every element there is");
        }
        assertEquals(List.of(0, 1), sink.subList(0, 2), "drainTo moves the elements head first");
        List<Integer> all = new ArrayList<>(sink);
        all.addAll(contents(buffer));
        assertEquals(Set.of(0, 1, 2, 3), Set.copyOf(all),
                "producers waiting for room must be woken when drainTo empties the buffer");
        assertEquals(4, all.size(), "an element was lost or duplicated: " + all);
    }

    /** drainTo(c, n) makes room for a producer waiting on a full buffer. */
    @Test
    void drainToWithMaxWakesAWaitingProducer() {
        BoundedBuffer<Integer> buffer = full();
        List<Integer> sink = new ArrayList<>();
        try (TestThreads threads = new TestThreads()) {
            threads.awaitBlocked(threads.start("putter", () -> buffer.put(2)));
            assertEquals(1, buffer.drainTo(sink, 1));
        }
        assertEquals(List.of(1, 2), contents(buffer));
    }

    /**
     * clear() makes room for every producer waiting on a full buffer. (clear need not be one
     * atomic step: it may also remove elements that the woken producers add while it runs.)
     */
    @Test
    void clearWakesWaitingProducers() {
        BoundedBuffer<Integer> buffer = full();
        try (TestThreads threads = new TestThreads()) {
            threads.awaitBlocked(threads.start("putter-2", () -> buffer.put(2)));
            threads.awaitBlocked(threads.start("putter-3", () -> buffer.put(3)));
            buffer.clear();
        }
        assertTrue(Set.of(2, 3).containsAll(contents(buffer)),
                "after clear, only the waiting producers' elements may be in the buffer: " + contents(buffer));
    }

    /** remove(o) makes room for a producer waiting on a full buffer. */
    @Test
    void removeObjectWakesAWaitingProducer() {
        BoundedBuffer<Integer> buffer = full();
        try (TestThreads threads = new TestThreads()) {
            threads.awaitBlocked(threads.start("putter", () -> buffer.put(2)));
            assertTrue(buffer.remove(Integer.valueOf(1)));
        }
        assertEquals(List.of(0, 2), contents(buffer));
    }

    // ------------------------------------------------------------------ interrupts

    /** take() interrupted while it waits throws InterruptedException and clears the status. */
    @Test
    void takeInterruptedWhileWaitingThrowsInterruptedException() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(2);
        try (TestThreads threads = new TestThreads()) {
            Thread taker = threads.start("taker", () -> {
                assertThrows(InterruptedException.class, buffer::take,
                        "an interrupt must end a waiting take() with InterruptedException");
                assertFalse(Thread.interrupted(), "throwing InterruptedException clears the interrupt status");
            });
            threads.awaitBlocked(taker);
            taker.interrupt();
        }
        assertTrue(buffer.isEmpty());
    }

    /** take() on an empty buffer by an already interrupted thread throws InterruptedException. */
    @Test
    void takeWhenAlreadyInterruptedThrowsInterruptedException() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(2);
        try (TestThreads threads = new TestThreads()) {
            threads.start("taker", () -> {
                Thread.currentThread().interrupt();
                assertThrows(InterruptedException.class, buffer::take,
                        "a thread that is already interrupted must not start waiting");
                assertFalse(Thread.interrupted(), "throwing InterruptedException clears the interrupt status");
            });
        }
    }

    /** poll(timeout) interrupted while it waits throws InterruptedException. */
    @Test
    void timedPollInterruptedWhileWaitingThrowsInterruptedException() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(2);
        try (TestThreads threads = new TestThreads()) {
            Thread poller = threads.start("poller", () -> {
                assertThrows(InterruptedException.class, () -> buffer.poll(LONG_MS, TimeUnit.MILLISECONDS));
                assertFalse(Thread.interrupted(), "throwing InterruptedException clears the interrupt status");
            });
            threads.awaitBlocked(poller);
            poller.interrupt();
        }
    }

    /** put(e) interrupted while it waits throws InterruptedException and leaves e out. */
    @Test
    void putInterruptedWhileWaitingThrowsInterruptedException() {
        BoundedBuffer<Integer> buffer = full();
        try (TestThreads threads = new TestThreads()) {
            Thread putter = threads.start("putter", () -> {
                assertThrows(InterruptedException.class, () -> buffer.put(2),
                        "an interrupt must end a waiting put() with InterruptedException");
                assertFalse(Thread.interrupted(), "throwing InterruptedException clears the interrupt status");
            });
            threads.awaitBlocked(putter);
            putter.interrupt();
        }
        assertEquals(List.of(0, 1), contents(buffer), "an interrupted put must not add its element");
    }

    /** put(e) on a full buffer by an already interrupted thread throws InterruptedException. */
    @Test
    void putWhenAlreadyInterruptedThrowsInterruptedException() {
        BoundedBuffer<Integer> buffer = full();
        try (TestThreads threads = new TestThreads()) {
            threads.start("putter", () -> {
                Thread.currentThread().interrupt();
                assertThrows(InterruptedException.class, () -> buffer.put(2),
                        "a thread that is already interrupted must not start waiting");
                assertFalse(Thread.interrupted(), "throwing InterruptedException clears the interrupt status");
            });
        }
        assertEquals(List.of(0, 1), contents(buffer));
    }

    /** offer(e, timeout) interrupted while it waits throws InterruptedException and leaves e out. */
    @Test
    void timedOfferInterruptedWhileWaitingThrowsInterruptedException() {
        BoundedBuffer<Integer> buffer = full();
        try (TestThreads threads = new TestThreads()) {
            Thread offerer = threads.start("offerer", () -> {
                assertThrows(InterruptedException.class, () -> buffer.offer(2, LONG_MS, TimeUnit.MILLISECONDS));
                assertFalse(Thread.interrupted(), "throwing InterruptedException clears the interrupt status");
            });
            threads.awaitBlocked(offerer);
            offerer.interrupt();
        }
        assertEquals(List.of(0, 1), contents(buffer));
    }

    /** A consumer interrupted while waiting does not stop the next element reaching another consumer. */
    @Test
    void anInterruptedConsumerDoesNotSwallowTheNextElement() throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(2);
        try (TestThreads threads = new TestThreads()) {
            Thread quitter = threads.start("quitter", () -> assertThrows(InterruptedException.class, buffer::take));
            threads.awaitBlocked(quitter);
            Thread taker = threads.start("taker", () -> assertEquals(7, buffer.take()));
            threads.awaitBlocked(taker);
            quitter.interrupt();
            threads.join(quitter);
            buffer.put(7);
        }
        assertTrue(buffer.isEmpty());
    }
}
