package lab.boundedbuffer;

import static lab.boundedbuffer.BoundedBufferTest.contents;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import lab.support.testing.Delays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * More inputs and edge cases for every method, one thread at a time: every rotation of the ring,
 * removal from every position, capacities 1 and large, arrays of every size, failing sinks.
 */
@Timeout(30)
class BoundedBufferHiddenTest {

    static final int CAPACITY = 5;

    /**
     * A buffer of capacity 5 whose head has moved {@code rotation} slots on, holding
     * {@code 100, 101, ...} ({@code size} elements).
     */
    static BoundedBuffer<Integer> rotated(int rotation, int size) {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        for (int i = 0; i < rotation; i++) {
            assertTrue(buffer.offer(-1));
            assertEquals(-1, buffer.poll());
        }
        for (int i = 0; i < size; i++) {
            assertTrue(buffer.offer(100 + i));
        }
        return buffer;
    }

    static List<Integer> range(int from, int size) {
        return IntStream.range(from, from + size).boxed().toList();
    }

    @AfterEach
    void noInterruptLeftOver() {
        assertFalse(Thread.interrupted(), "a test left the interrupt status of the test thread set");
    }

    // ------------------------------------------------------------------ capacities

    /** A buffer of capacity 1 holds one element at a time, over and over. */
    @Test
    void capacityOneHoldsOneElementAtATime() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(1);
        for (int i = 0; i < 1_000; i++) {
            assertTrue(buffer.offer(i));
            assertFalse(buffer.offer(-i), "a buffer of capacity 1 holding one element is full");
            assertEquals(0, buffer.remainingCapacity());
            assertEquals(i, buffer.peek());
            assertEquals(i, buffer.poll());
            assertNull(buffer.poll());
            assertEquals(1, buffer.remainingCapacity());
        }
    }

    /** A large buffer keeps a thousand elements in FIFO order. */
    @Test
    void largeCapacityKeepsFifoOrder() throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(1_000);
        for (int i = 0; i < 1_000; i++) {
            buffer.put(i);
        }
        assertFalse(buffer.offer(1_000));
        assertEquals(range(0, 1_000), contents(buffer));
        for (int i = 0; i < 1_000; i++) {
            assertEquals(i, buffer.take());
        }
        assertTrue(buffer.isEmpty());
    }

    /** Every way of reading the head agrees, in every rotation of the ring. */
    @Test
    void headIsTheOldestElementInEveryRotation() {
        for (int rotation = 0; rotation < CAPACITY; rotation++) {
            for (int size = 1; size <= CAPACITY; size++) {
                BoundedBuffer<Integer> buffer = rotated(rotation, size);
                String where = " (rotation " + rotation + ", size " + size + ")";
                assertEquals(100, buffer.peek(), "peek" + where);
                assertEquals(100, buffer.element(), "element" + where);
                assertEquals(range(100, size), contents(buffer), "contents" + where);
                assertEquals(size, buffer.size(), "size" + where);
                assertEquals(CAPACITY - size, buffer.remainingCapacity(), "remainingCapacity" + where);
                assertEquals(100, buffer.remove(), "remove()" + where);
            }
        }
    }

    /** A timeout so long that it overflows nanoseconds is fine when no wait is needed. */
    @Test
    void hugeTimeoutsDoNotOverflow() throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(1);
        assertTrue(buffer.offer(1, Long.MAX_VALUE, TimeUnit.DAYS));
        assertEquals(1, buffer.poll(Long.MAX_VALUE, TimeUnit.DAYS));
    }

    // ------------------------------------------------------------------ remove(Object) and contains

    /** remove(o) works at every position of every rotation of a full ring. */
    @Test
    void removeObjectAtEveryPositionOfAFullRing() {
        for (int rotation = 0; rotation < CAPACITY; rotation++) {
            for (int position = 0; position < CAPACITY; position++) {
                BoundedBuffer<Integer> buffer = rotated(rotation, CAPACITY);
                String where = " (rotation " + rotation + ", position " + position + ")";
                assertTrue(buffer.remove(Integer.valueOf(100 + position)), "remove" + where);
                List<Integer> expected = new ArrayList<>(range(100, CAPACITY));
                expected.remove(Integer.valueOf(100 + position));
                assertEquals(expected, contents(buffer), "after remove" + where);
                assertEquals(1, buffer.remainingCapacity(), "remove frees one slot" + where);
                assertTrue(buffer.offer(200), "offer after remove" + where);
                expected.add(200);
                assertEquals(expected, contents(buffer), "offer after remove" + where);
                for (Integer e : expected) {
                    assertEquals(e, buffer.poll(), "poll after remove" + where);
                }
            }
        }
    }

    /** remove(o) works at every position of a ring that is neither full nor empty. */
    @Test
    void removeObjectAtEveryPositionOfAPartlyFullRing() {
        for (int rotation = 0; rotation < CAPACITY; rotation++) {
            for (int position = 0; position < 3; position++) {
                BoundedBuffer<Integer> buffer = rotated(rotation, 3);
                String where = " (rotation " + rotation + ", position " + position + ")";
                assertTrue(buffer.remove(Integer.valueOf(100 + position)), where);
                List<Integer> expected = new ArrayList<>(range(100, 3));
                expected.remove(Integer.valueOf(100 + position));
                assertEquals(expected, contents(buffer), where);
                assertTrue(buffer.offer(7));
                assertTrue(buffer.offer(8));
                assertTrue(buffer.offer(9));
                assertFalse(buffer.offer(10), "exactly the freed slots are available" + where);
            }
        }
    }

    /** remove(o) removes the equal element nearest the head, not a later equal one. */
    @Test
    void removeObjectRemovesTheFirstEqualElement() {
        BoundedBuffer<String> buffer = new BoundedBuffer<>(CAPACITY);
        String first = new String("twin");
        String second = new String("twin");
        buffer.add("a");
        buffer.add(first);
        buffer.add(second);
        assertTrue(buffer.remove("twin"));
        assertEquals(List.of("a", "twin"), new ArrayList<>(buffer));
        assertEquals("a", buffer.poll());
        assertSame(second, buffer.poll(), "the second equal element must remain");
    }

    /** remove(o) on an empty buffer returns false. */
    @Test
    void removeObjectFromAnEmptyBufferReturnsFalse() {
        assertFalse(new BoundedBuffer<Integer>(CAPACITY).remove(Integer.valueOf(1)));
    }

    /** contains(o) finds every element of every rotation, and nothing else. */
    @Test
    void containsFindsEveryElementOfEveryRotation() {
        for (int rotation = 0; rotation < CAPACITY; rotation++) {
            BoundedBuffer<Integer> buffer = rotated(rotation, CAPACITY);
            for (int i = 0; i < CAPACITY; i++) {
                assertTrue(buffer.contains(100 + i), "rotation " + rotation + ", element " + (100 + i));
            }
            assertFalse(buffer.contains(-1), "a polled element is gone (rotation " + rotation + ")");
            assertTrue(buffer.containsAll(range(100, CAPACITY)));
            assertFalse(buffer.containsAll(List.of(100, 999)));
        }
    }

    // ------------------------------------------------------------------ bulk operations

    /** removeIf removes the matching elements, keeps the others in order and frees their slots. */
    @Test
    void removeIfRemovesMatchingElements() {
        BoundedBuffer<Integer> buffer = rotated(3, CAPACITY);
        assertTrue(buffer.removeIf(e -> e % 2 == 1));
        assertEquals(List.of(100, 102, 104), contents(buffer));
        assertEquals(2, buffer.remainingCapacity());
        assertFalse(buffer.removeIf(e -> e > 1_000));
        assertTrue(buffer.offer(1));
        assertTrue(buffer.offer(2));
        assertEquals(List.of(100, 102, 104, 1, 2), contents(buffer));
    }

    /** removeAll and retainAll remove what they should. */
    @Test
    void removeAllAndRetainAll() {
        BoundedBuffer<Integer> buffer = rotated(2, CAPACITY);
        assertTrue(buffer.removeAll(List.of(101, 103, 999)));
        assertEquals(List.of(100, 102, 104), contents(buffer));
        assertTrue(buffer.retainAll(List.of(102, 999)));
        assertEquals(List.of(102), contents(buffer));
        assertFalse(buffer.retainAll(List.of(102)));
        assertEquals(CAPACITY - 1, buffer.remainingCapacity());
    }

    /** addAll(this) throws IllegalArgumentException; addAll(null) throws NullPointerException. */
    @Test
    void addAllOfItselfOrNullThrows() {
        BoundedBuffer<Integer> buffer = rotated(0, 2);
        assertThrows(IllegalArgumentException.class, () -> buffer.addAll(buffer));
        assertThrows(NullPointerException.class, () -> buffer.addAll(null));
        assertEquals(2, buffer.size());
    }

    /** clear() on an empty buffer is harmless; after clear the ring refills to capacity in order. */
    @Test
    void clearThenRefill() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        buffer.clear();
        assertTrue(buffer.isEmpty());
        for (int rotation = 0; rotation < CAPACITY; rotation++) {
            buffer = rotated(rotation, 3);
            buffer.clear();
            for (int i = 0; i < CAPACITY; i++) {
                assertTrue(buffer.offer(i), "after clear, every slot is free (rotation " + rotation + ")");
            }
            assertFalse(buffer.offer(99));
            assertEquals(range(0, CAPACITY), contents(buffer));
        }
    }

    // ------------------------------------------------------------------ toArray and toString

    /** toArray() and toArray(a) of a full, wrapped ring return every element head first. */
    @Test
    void toArrayOfAFullWrappedRing() {
        for (int rotation = 0; rotation < CAPACITY; rotation++) {
            BoundedBuffer<Integer> buffer = rotated(rotation, CAPACITY);
            assertArrayEquals(range(100, CAPACITY).toArray(), buffer.toArray(), "rotation " + rotation);
            assertArrayEquals(range(100, CAPACITY).toArray(new Integer[0]), buffer.toArray(new Integer[0]));
        }
    }

    /** toArray(a) with a of exactly the right length fills it and writes nothing more. */
    @Test
    void toArrayWithAnArrayOfExactlyTheRightLength() {
        BoundedBuffer<Integer> buffer = rotated(4, 3);
        Integer[] a = new Integer[3];
        assertSame(a, buffer.toArray(a));
        assertArrayEquals(new Integer[] {100, 101, 102}, a);
    }

    /** toArray(a) of an empty buffer sets a[0] to null and returns a. */
    @Test
    void toArrayOfAnEmptyBufferMarksTheEnd() {
        Integer[] a = {1, 2, 3};
        assertSame(a, new BoundedBuffer<Integer>(CAPACITY).toArray(a));
        assertArrayEquals(new Integer[] {null, 2, 3}, a);
    }

    /** toArray(a) of an array type that cannot hold the elements throws ArrayStoreException. */
    @Test
    void toArrayOfAnIncompatibleTypeThrowsArrayStoreException() {
        BoundedBuffer<Integer> buffer = rotated(2, 3);
        assertThrows(ArrayStoreException.class, () -> buffer.toArray(new String[10]));
        assertThrows(ArrayStoreException.class, () -> buffer.toArray(new String[0]));
    }

    /** toArray(generator) and streams see the elements head first. */
    @Test
    void toArrayWithAGeneratorAndStreams() {
        BoundedBuffer<Integer> buffer = rotated(3, 4);
        assertArrayEquals(new Integer[] {100, 101, 102, 103}, buffer.toArray(Integer[]::new));
        assertEquals(range(100, 4), buffer.stream().toList());
        List<Integer> seen = new ArrayList<>();
        buffer.forEach(seen::add);
        assertEquals(range(100, 4), seen);
    }

    /** toString() of a full wrapped ring lists its elements head first. */
    @Test
    void toStringOfAFullWrappedRing() {
        assertEquals("[100, 101, 102, 103, 104]", rotated(2, CAPACITY).toString());
    }

    // ------------------------------------------------------------------ iterator

    /** Iterator.remove() works at every position of every rotation of a full ring. */
    @Test
    void iteratorRemoveAtEveryPositionOfAFullRing() {
        for (int rotation = 0; rotation < CAPACITY; rotation++) {
            for (int position = 0; position < CAPACITY; position++) {
                BoundedBuffer<Integer> buffer = rotated(rotation, CAPACITY);
                String where = " (rotation " + rotation + ", position " + position + ")";
                Iterator<Integer> it = buffer.iterator();
                for (int i = 0; i < position; i++) {
                    it.next();
                }
                assertEquals(100 + position, it.next(), where);
                it.remove();
                List<Integer> rest = new ArrayList<>();
                it.forEachRemaining(rest::add);
                assertEquals(range(101 + position, CAPACITY - 1 - position), rest,
                        "the iterator goes on after remove()" + where);
                List<Integer> expected = new ArrayList<>(range(100, CAPACITY));
                expected.remove(Integer.valueOf(100 + position));
                assertEquals(expected, contents(buffer), where);
                assertTrue(buffer.offer(200), "iterator.remove() frees a slot" + where);
            }
        }
    }

    /** Iterator.remove() after the element was already polled removes nothing else. */
    @Test
    void iteratorRemoveOfAnElementAlreadyGoneRemovesNothingElse() {
        BoundedBuffer<Integer> buffer = rotated(1, 3);
        Iterator<Integer> it = buffer.iterator();
        assertEquals(100, it.next());
        assertEquals(100, buffer.poll());
        it.remove();
        assertEquals(List.of(101, 102), contents(buffer),
                "removing an element that is no longer there must not remove another one");
    }

    /** Iterating every element with forEachRemaining, then next() throws NoSuchElementException. */
    @Test
    void iteratorForEachRemainingThenNextThrows() {
        BoundedBuffer<Integer> buffer = rotated(4, CAPACITY);
        Iterator<Integer> it = buffer.iterator();
        assertEquals(100, it.next());
        List<Integer> rest = new ArrayList<>();
        it.forEachRemaining(rest::add);
        assertEquals(range(101, CAPACITY - 1), rest);
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
    }

    /** An iterator survives clear(): it never throws and returns only elements that were there. */
    @Test
    void iteratorSurvivesClear() {
        BoundedBuffer<Integer> buffer = rotated(2, 4);
        Iterator<Integer> it = buffer.iterator();
        assertEquals(100, it.next());
        buffer.clear();
        while (it.hasNext()) {
            assertTrue(range(100, 4).contains(it.next()));
        }
        assertThrows(NoSuchElementException.class, it::next);
        assertTrue(buffer.isEmpty());
    }

    // ------------------------------------------------------------------ drainTo

    /** drainTo(c) of every rotation moves the elements head first. */
    @Test
    void drainToOfEveryRotationKeepsFifoOrder() {
        for (int rotation = 0; rotation < CAPACITY; rotation++) {
            BoundedBuffer<Integer> buffer = rotated(rotation, CAPACITY);
            List<Integer> sink = new ArrayList<>();
            assertEquals(2, buffer.drainTo(sink, 2));
            assertEquals(3, buffer.drainTo(sink));
            assertEquals(range(100, CAPACITY), sink, "rotation " + rotation);
            assertTrue(buffer.isEmpty());
            assertEquals(CAPACITY, buffer.remainingCapacity());
        }
    }

    /** drainTo of an empty buffer moves nothing. */
    @Test
    void drainToOfAnEmptyBufferReturnsZero() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        List<Integer> sink = new ArrayList<>();
        assertEquals(0, buffer.drainTo(sink));
        assertEquals(0, buffer.drainTo(sink, 3));
        assertTrue(sink.isEmpty());
    }

    /**
     * When c.add throws, the exception reaches the caller and the buffer stays consistent: what
     * is left is the tail of what was there, in order, and the buffer works normally afterwards.
     * (Which elements moved is unspecified: the JDK allows the refused one to end up in neither.)
     */
    @Test
    void drainToIntoACollectionThatRefusesAnElement() {
        BoundedBuffer<Integer> buffer = rotated(3, CAPACITY);
        List<Integer> sink = new ArrayList<>() {
            @Override
            public boolean add(Integer e) {
                if (e == 102) {
                    throw new IllegalStateException("no room for 102");
                }
                return super.add(e);
            }
        };
        assertThrows(IllegalStateException.class, () -> buffer.drainTo(sink));
        assertEquals(List.of(100, 101), sink, "drainTo adds head first until c refuses one");
        List<Integer> left = contents(buffer);
        List<Integer> original = range(100, CAPACITY);
        assertEquals(original.subList(CAPACITY - left.size(), CAPACITY), left,
                "after a failed drainTo the buffer must hold the tail of its elements, in order");
        assertTrue(left.containsAll(List.of(103, 104)), "elements after the refused one must not be lost");
        assertEquals(CAPACITY, buffer.size() + buffer.remainingCapacity());
        while (buffer.offer(7)) {
            assertTrue(buffer.size() <= CAPACITY);
        }
        assertEquals(CAPACITY, buffer.size());
        for (Integer expected : left) {
            assertEquals(expected, buffer.poll());
        }
    }

    /** drainTo(c, n) with n beyond the size moves what there is. */
    @Test
    void drainToWithMaxBeyondTheSize() {
        BoundedBuffer<Integer> buffer = rotated(1, 3);
        List<Integer> sink = new ArrayList<>();
        assertEquals(3, buffer.drainTo(sink, Integer.MAX_VALUE));
        assertEquals(range(100, 3), sink);
    }

    /** A timed poll with a short timeout on an empty buffer still returns null after it. */
    @Test
    void shortTimedPollOnEmptyReturnsNull() throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        assertNull(buffer.poll(Delays.SHORT.toNanos(), TimeUnit.NANOSECONDS));
        assertNull(buffer.poll(1, TimeUnit.NANOSECONDS));
    }
}
