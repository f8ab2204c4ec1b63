package lab.boundedbuffer;

import static lab.boundedbuffer.BlockingTest.LONG_MS;
import static lab.boundedbuffer.BlockingTest.full;
import static lab.boundedbuffer.BoundedBufferTest.contents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import lab.support.testing.Delays;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * More waiting: every operation that makes room wakes a waiting producer, every operation that
 * adds wakes a waiting consumer, interrupts leave the buffer intact, timeouts do not add late.
 */
@Timeout(60)
class BlockingHiddenTest {

    @AfterEach
    void noInterruptLeftOver() {
        assertFalse(Thread.interrupted(), "a test left the interrupt status of the test thread set");
    }

    /**
     * Starts {@code waiting} producers on a full buffer of capacity 2 (holding 0 and 1), each
     * putting {@code 10 + i}; runs {@code makeRoom}; then checks that they all got in.
     */
    private static void producersGetInAfter(String operation, int waiting, Consumer<BoundedBuffer<Integer>> makeRoom,
            List<Integer> expectedAfter) {
        BoundedBuffer<Integer> buffer = full();
        try (TestThreads threads = new TestThreads()) {
            for (int i = 0; i < waiting; i++) {
                int item = 10 + i;
                threads.awaitBlocked(threads.start("putter-" + item, () -> buffer.put(item)));
            }
            makeRoom.accept(buffer);
        }
        assertEquals(Set.copyOf(expectedAfter), Set.copyOf(contents(buffer)),
                "producers waiting for room must be woken by " + operation);
    }

    // ------------------------------------------------------------------ making room wakes producers

    /** poll() wakes a waiting producer. */
    @Test
    void pollWakesAWaitingProducer() {
        producersGetInAfter("poll()", 1, b -> assertEquals(0, b.poll()), List.of(1, 10));
    }

    /** poll(timeout) wakes a waiting producer. */
    @Test
    void timedPollWakesAWaitingProducer() {
        producersGetInAfter("poll(timeout)", 1, b -> {
            try {
                assertEquals(0, b.poll(LONG_MS, TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }, List.of(1, 10));
    }

    /** remove() wakes a waiting producer. */
    @Test
    void removeWakesAWaitingProducer() {
        producersGetInAfter("remove()", 1, b -> assertEquals(0, b.remove()), List.of(1, 10));
    }

    /** Iterator.remove() wakes a waiting producer. */
    @Test
    void iteratorRemoveWakesAWaitingProducer() {
        producersGetInAfter("Iterator.remove()", 1, b -> {
            Iterator<Integer> it = b.iterator();
            it.next();
            it.remove();
        }, List.of(1, 10));
    }

    /** removeIf wakes as many waiting producers as it frees slots. */
    @Test
    void removeIfWakesWaitingProducers() {
        producersGetInAfter("removeIf", 2, b -> assertTrue(b.removeIf(e -> e < 10)), List.of(10, 11));
    }

    /** removeAll wakes waiting producers. */
    @Test
    void removeAllWakesWaitingProducers() {
        producersGetInAfter("removeAll", 2, b -> assertTrue(b.removeAll(List.of(0, 1))), List.of(10, 11));
    }

    /** retainAll wakes a waiting producer. */
    @Test
    void retainAllWakesAWaitingProducer() {
        producersGetInAfter("retainAll", 1, b -> assertTrue(b.retainAll(List.of(1))), List.of(1, 10));
    }

    /** clear() wakes the waiting producers; those that do not fit wait for the next free slot. */
    @Test
    void clearWakesProducersAndTheRestGetInLater() {
        makeRoomForThreeProducers("clear()", BoundedBuffer::clear);
    }

    /** drainTo wakes the waiting producers; those that do not fit wait for the next free slot. */
    @Test
    void drainToWakesProducersAndTheRestGetInLater() {
        List<Integer> sink = new ArrayList<>();
        makeRoomForThreeProducers("drainTo", b -> assertTrue(b.drainTo(sink) >= 2));
        assertEquals(List.of(0, 1), sink.subList(0, 2));
        assertTrue(List.of(0, 1, 10, 11, 12).containsAll(sink), "drainTo moved elements never put: " + sink);
    }

    /**
     * Three producers wait on a full buffer of capacity 2; {@code makeRoom} empties it; then the
     * test polls until every producer has finished, checking the buffer never holds more than 2
     * elements and never hands out one twice. (clear and drainTo need not be atomic: they may
     * also remove what the woken producers add while they run.)
     */
    private static void makeRoomForThreeProducers(String operation, Consumer<BoundedBuffer<Integer>> makeRoom) {
        BoundedBuffer<Integer> buffer = full();
        List<Integer> taken = new ArrayList<>();
        try (TestThreads threads = new TestThreads()) {
            List<Thread> putters = new ArrayList<>();
            for (int item = 10; item < 13; item++) {
                int element = item;
                Thread putter = threads.start("putter-" + item, () -> buffer.put(element));
                threads.awaitBlocked(putter);
                putters.add(putter);
            }
            makeRoom.accept(buffer);
            long deadline = System.nanoTime() + Delays.LONG.toNanos();
            while (putters.stream().anyMatch(Thread::isAlive) && System.nanoTime() < deadline) {
                int size = buffer.size();
                assertTrue(size <= 2, "a buffer of capacity 2 held " + size + " elements after " + operation
                        + ": woken producers must check again for room (while, not if)");
                Integer next = buffer.poll(Delays.SHORT.toMillis(), TimeUnit.MILLISECONDS);
                if (next != null) {
                    taken.add(next);
                }
            }
            taken.addAll(contents(buffer));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertTrue(List.of(10, 11, 12).containsAll(taken), "took elements never put: " + taken);
        assertEquals(Set.copyOf(taken).size(), taken.size(), "an element was taken twice: " + taken);
    }

    // ------------------------------------------------------------------ adding wakes consumers

    /** offer(e) wakes a waiting consumer. */
    @Test
    void offerWakesAWaitingConsumer() {
        consumersGetOneEachAfter("offer(e)", 1, b -> assertTrue(b.offer(7)), Set.of(7));
    }

    /** add(e) wakes a waiting consumer. */
    @Test
    void addWakesAWaitingConsumer() {
        consumersGetOneEachAfter("add(e)", 1, b -> b.add(7), Set.of(7));
    }

    /** addAll wakes every waiting consumer it can serve. */
    @Test
    void addAllWakesWaitingConsumers() {
        consumersGetOneEachAfter("addAll", 3, b -> b.addAll(List.of(7, 8, 9)), Set.of(7, 8, 9));
    }

    /** offer(e, timeout) wakes a waiting consumer. */
    @Test
    void timedOfferWakesAWaitingConsumer() {
        consumersGetOneEachAfter("offer(e, timeout)", 1, b -> {
            try {
                assertTrue(b.offer(7, LONG_MS, TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }, Set.of(7));
    }

    private static void consumersGetOneEachAfter(String operation, int waiting,
            Consumer<BoundedBuffer<Integer>> add, Set<Integer> expected) {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(3);
        Set<Integer> taken = ConcurrentHashMap.newKeySet();
        try (TestThreads threads = new TestThreads()) {
            for (int i = 0; i < waiting; i++) {
                boolean timed = i % 2 == 1;
                threads.awaitBlocked(threads.start("taker-" + i, () -> taken.add(timed
                        ? buffer.poll(LONG_MS, TimeUnit.MILLISECONDS)
                        : buffer.take())));
            }
            add.accept(buffer);
        }
        assertEquals(expected, taken, "consumers waiting for an element must be woken by " + operation);
    }

    // ------------------------------------------------------------------ interrupts and timeouts

    /** Interrupting every waiting producer leaves the buffer as it was, and it still works. */
    @Test
    void interruptedProducersLeaveTheBufferIntact() throws InterruptedException {
        BoundedBuffer<Integer> buffer = full();
        try (TestThreads threads = new TestThreads()) {
            List<Thread> putters = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int item = 10 + i;
                boolean timed = i == 1;
                Thread putter = threads.start("putter-" + i, () -> assertThrows(InterruptedException.class, () -> {
                    if (timed) {
                        buffer.offer(item, LONG_MS, TimeUnit.MILLISECONDS);
                    } else {
                        buffer.put(item);
                    }
                }));
                threads.awaitBlocked(putter);
                putters.add(putter);
            }
            putters.forEach(Thread::interrupt);
        }
        assertEquals(List.of(0, 1), contents(buffer), "interrupted producers must not add their elements");
        assertEquals(0, buffer.take());
        buffer.put(2);
        assertEquals(List.of(1, 2), contents(buffer));
    }

    /** Consumers interrupted while waiting do not take the element meant for the one left. */
    @Test
    void interruptedConsumersLoseNoElement() throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(2);
        try (TestThreads threads = new TestThreads()) {
            Thread quitter1 = threads.start("quitter-1", () -> assertThrows(InterruptedException.class, buffer::take));
            threads.awaitBlocked(quitter1);
            Thread stayer = threads.start("stayer", () -> assertEquals(5, buffer.take()));
            threads.awaitBlocked(stayer);
            Thread quitter2 = threads.start("quitter-2",
                    () -> assertThrows(InterruptedException.class, () -> buffer.poll(LONG_MS, TimeUnit.MILLISECONDS)));
            threads.awaitBlocked(quitter2);
            quitter1.interrupt();
            quitter2.interrupt();
            threads.join(quitter1);
            threads.join(quitter2);
            buffer.put(5);
        }
        assertTrue(buffer.isEmpty());
    }

    /** A timed offer that timed out never adds its element later. */
    @Test
    void aTimedOutOfferDoesNotAddLater() throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(1);
        buffer.put(0);
        try (TestThreads threads = new TestThreads()) {
            threads.start("offerer",
                    () -> assertFalse(buffer.offer(1, Delays.SHORT.toMillis(), TimeUnit.MILLISECONDS)));
        }
        assertEquals(0, buffer.take());
        assertNull(buffer.poll(Delays.SHORT.toMillis(), TimeUnit.MILLISECONDS),
                "the element of a timed-out offer appeared in the buffer later");
    }

    /** A timed poll that timed out does not take an element added later. */
    @Test
    void aTimedOutPollDoesNotTakeLater() throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(1);
        try (TestThreads threads = new TestThreads()) {
            threads.start("poller", () -> assertNull(buffer.poll(Delays.SHORT.toMillis(), TimeUnit.MILLISECONDS)));
        }
        buffer.put(3);
        assertEquals(List.of(3), contents(buffer));
    }

    // ------------------------------------------------------------------ handoffs

    /** Two threads pass a token back and forth through two buffers of capacity 1, many times. */
    @Test
    void pingPong() {
        BoundedBuffer<Integer> ping = new BoundedBuffer<>(1);
        BoundedBuffer<Integer> pong = new BoundedBuffer<>(1);
        int rounds = 10_000;
        try (TestThreads threads = new TestThreads()) {
            threads.start("pinger", () -> {
                for (int i = 0; i < rounds; i++) {
                    ping.put(i);
                    assertEquals(i, pong.take(), "the token came back changed");
                }
            });
            threads.start("ponger", () -> {
                for (int i = 0; i < rounds; i++) {
                    pong.put(ping.take());
                }
            });
        }
        assertTrue(ping.isEmpty() && pong.isEmpty());
    }

    /** Producers waiting on a full buffer each get in once, as a consumer takes one at a time. */
    @Test
    void manyWaitingProducersAllGetIn() throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(1);
        buffer.put(0);
        int producers = 8;
        Set<Integer> taken = ConcurrentHashMap.newKeySet();
        try (TestThreads threads = new TestThreads()) {
            for (int i = 1; i <= producers; i++) {
                int item = i;
                threads.awaitBlocked(threads.start("putter-" + i, () -> buffer.put(item)));
            }
            for (int i = 0; i <= producers; i++) {
                Integer next = buffer.poll(LONG_MS, TimeUnit.MILLISECONDS);
                assertTrue(next != null, "a waiting producer was not woken when a slot freed up");
                taken.add(next);
            }
        }
        assertEquals(producers + 1, taken.size());
    }
}
