package lab.boundedbuffer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import lab.support.testing.Delays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of every method of {@link BoundedBuffer}, one thread at a time: first what each
 * method does normally, then each exception it throws (the order of the JSR-166 TCK).
 * The waiting behaviour is in {@link BlockingTest}; many threads at once in
 * {@link ProducerConsumerTest}.
 */
@Timeout(20)
class BoundedBufferTest {

    static final int CAPACITY = 5;

    /** A buffer holding 0, 1, ..., n-1 (head first) with room for {@link #CAPACITY}. */
    static BoundedBuffer<Integer> populated(int n) {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        for (int i = 0; i < n; i++) {
            assertTrue(buffer.offer(i), "offer into a buffer with room must succeed");
        }
        return buffer;
    }

    /** A buffer whose ring has wrapped around: it holds 3, 4, 5, 6 in slots 3, 4, 0, 1. */
    static BoundedBuffer<Integer> wrapped() {
        BoundedBuffer<Integer> buffer = populated(CAPACITY);
        for (int i = 0; i < 3; i++) {
            assertEquals(i, buffer.poll());
        }
        buffer.add(5);
        buffer.add(6);
        return buffer;
    }

    static List<Integer> contents(BlockingQueue<Integer> buffer) {
        return Arrays.asList(buffer.toArray(new Integer[0]));
    }

    @AfterEach
    void noInterruptLeftOver() {
        assertFalse(Thread.interrupted(), "a test left the interrupt status of the test thread set");
    }

    // ------------------------------------------------------------------ constructor

    /** A new buffer is empty and has room for exactly its capacity. */
    @Test
    void constructorMakesAnEmptyBufferWithTheGivenCapacity() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        assertTrue(buffer.isEmpty());
        assertEquals(0, buffer.size());
        assertEquals(CAPACITY, buffer.remainingCapacity());
    }

    /** A capacity of 1 is allowed. */
    @Test
    void constructorAcceptsCapacityOne() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(1);
        assertEquals(1, buffer.remainingCapacity());
    }

    /** A capacity of 0 is rejected. */
    @Test
    void constructorRejectsCapacityZero() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedBuffer<Integer>(0));
    }

    /** A negative capacity is rejected. */
    @Test
    void constructorRejectsNegativeCapacity() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedBuffer<Integer>(-1));
    }

    // ------------------------------------------------------------------ offer, add, put

    /** offer(e) adds e at the tail while there is room. */
    @Test
    void offerAddsAtTheTail() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        for (int i = 0; i < CAPACITY; i++) {
            assertTrue(buffer.offer(i));
            assertEquals(i + 1, buffer.size());
            assertEquals(CAPACITY - i - 1, buffer.remainingCapacity());
        }
        assertEquals(List.of(0, 1, 2, 3, 4), contents(buffer));
    }

    /** offer(e) returns false, and changes nothing, when the buffer is full. */
    @Test
    void offerReturnsFalseWhenFull() {
        BoundedBuffer<Integer> buffer = populated(CAPACITY);
        assertFalse(buffer.offer(99), "offer into a full buffer must return false, not wait or overwrite");
        assertEquals(CAPACITY, buffer.size());
        assertEquals(List.of(0, 1, 2, 3, 4), contents(buffer));
    }

    /** offer(null) throws NullPointerException. */
    @Test
    void offerNullThrowsNullPointerException() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        assertThrows(NullPointerException.class, () -> buffer.offer(null));
        assertEquals(0, buffer.size());
    }

    /** add(e) adds e at the tail while there is room. */
    @Test
    void addAddsAtTheTail() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        assertTrue(buffer.add(7));
        assertTrue(buffer.add(8));
        assertEquals(List.of(7, 8), contents(buffer));
    }

    /** add(e) throws IllegalStateException when the buffer is full. */
    @Test
    void addWhenFullThrowsIllegalStateException() {
        BoundedBuffer<Integer> buffer = populated(CAPACITY);
        assertThrows(IllegalStateException.class, () -> buffer.add(99));
        assertEquals(CAPACITY, buffer.size());
    }

    /** add(null) throws NullPointerException. */
    @Test
    void addNullThrowsNullPointerException() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        assertThrows(NullPointerException.class, () -> buffer.add(null));
    }

    /** addAll adds every element in order. */
    @Test
    void addAllAddsEveryElement() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        assertTrue(buffer.addAll(List.of(1, 2, 3)));
        assertEquals(List.of(1, 2, 3), contents(buffer));
    }

    /** addAll throws IllegalStateException when the elements do not fit. */
    @Test
    void addAllBeyondCapacityThrowsIllegalStateException() {
        BoundedBuffer<Integer> buffer = populated(CAPACITY - 1);
        assertThrows(IllegalStateException.class, () -> buffer.addAll(List.of(10, 11)));
        assertEquals(CAPACITY, buffer.size());
    }

    /** addAll of a collection holding null throws NullPointerException. */
    @Test
    void addAllWithNullElementThrowsNullPointerException() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        assertThrows(NullPointerException.class, () -> buffer.addAll(Arrays.asList(1, null)));
    }

    /** put(e) adds e at once while there is room. */
    @Test
    void putAddsAtTheTailWhenThereIsRoom() throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        for (int i = 0; i < CAPACITY; i++) {
            buffer.put(i);
        }
        assertEquals(List.of(0, 1, 2, 3, 4), contents(buffer));
        assertEquals(0, buffer.remainingCapacity());
    }

    /** put(null) throws NullPointerException. */
    @Test
    void putNullThrowsNullPointerException() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        assertThrows(NullPointerException.class, () -> buffer.put(null));
    }

    /** offer(e, timeout, unit) adds e at once while there is room. */
    @Test
    void timedOfferAddsAtTheTailWhenThereIsRoom() throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        assertTrue(buffer.offer(1, Delays.LONG.toMillis(), TimeUnit.MILLISECONDS));
        assertTrue(buffer.offer(2, 0, TimeUnit.MILLISECONDS));
        assertEquals(List.of(1, 2), contents(buffer));
    }

    /** offer(e, timeout, unit) on a full buffer gives up after the timeout and returns false. */
    @Test
    void timedOfferReturnsFalseAfterTheTimeoutWhenFull() throws InterruptedException {
        BoundedBuffer<Integer> buffer = populated(CAPACITY);
        long start = System.nanoTime();
        assertFalse(buffer.offer(99, Delays.MEDIUM.toMillis(), TimeUnit.MILLISECONDS));
        long waited = System.nanoTime() - start;
        assertTrue(waited >= Delays.MEDIUM.toNanos(),
                "a timed offer on a full buffer must wait the whole timeout; it gave up after "
                        + TimeUnit.NANOSECONDS.toMillis(waited) + " ms");
        assertEquals(List.of(0, 1, 2, 3, 4), contents(buffer));
    }

    /** offer(e, 0, unit) and a negative timeout on a full buffer return false at once. */
    @Test
    void timedOfferWithNoTimeLeftReturnsFalseAtOnce() throws InterruptedException {
        BoundedBuffer<Integer> buffer = populated(CAPACITY);
        assertFalse(buffer.offer(99, 0, TimeUnit.SECONDS));
        assertFalse(buffer.offer(99, -1, TimeUnit.SECONDS));
        assertEquals(CAPACITY, buffer.size());
    }

    /** offer(null, timeout, unit) throws NullPointerException without waiting. */
    @Test
    void timedOfferNullThrowsNullPointerException() {
        BoundedBuffer<Integer> buffer = populated(CAPACITY);
        assertThrows(NullPointerException.class, () -> buffer.offer(null, 1, TimeUnit.HOURS));
    }

    // ------------------------------------------------------------------ poll, take, peek, element, remove

    /** poll() removes and returns the head: elements come out in the order they went in. */
    @Test
    void pollReturnsElementsInFifoOrder() {
        BoundedBuffer<Integer> buffer = populated(CAPACITY);
        for (int i = 0; i < CAPACITY; i++) {
            assertEquals(i, buffer.poll(), "a buffer is first-in-first-out");
        }
        assertTrue(buffer.isEmpty());
    }

    /** poll() returns null when the buffer is empty. */
    @Test
    void pollReturnsNullWhenEmpty() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        assertNull(buffer.poll());
    }

    /** take() removes and returns the head at once while the buffer is not empty. */
    @Test
    void takeReturnsElementsInFifoOrder() throws InterruptedException {
        BoundedBuffer<Integer> buffer = populated(CAPACITY);
        for (int i = 0; i < CAPACITY; i++) {
            assertEquals(i, buffer.take());
        }
        assertEquals(0, buffer.size());
    }

    /** poll(timeout, unit) returns the head at once while the buffer is not empty. */
    @Test
    void timedPollReturnsElementsInFifoOrder() throws InterruptedException {
        BoundedBuffer<Integer> buffer = populated(CAPACITY);
        for (int i = 0; i < CAPACITY; i++) {
            assertEquals(i, buffer.poll(Delays.LONG.toMillis(), TimeUnit.MILLISECONDS));
        }
        assertNull(buffer.poll(0, TimeUnit.MILLISECONDS));
    }

    /** poll(timeout, unit) on an empty buffer gives up after the timeout and returns null. */
    @Test
    void timedPollReturnsNullAfterTheTimeoutWhenEmpty() throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        long start = System.nanoTime();
        assertNull(buffer.poll(Delays.MEDIUM.toMillis(), TimeUnit.MILLISECONDS));
        long waited = System.nanoTime() - start;
        assertTrue(waited >= Delays.MEDIUM.toNanos(),
                "a timed poll on an empty buffer must wait the whole timeout; it gave up after "
                        + TimeUnit.NANOSECONDS.toMillis(waited) + " ms");
    }

    /** poll(0, unit) and a negative timeout on an empty buffer return null at once. */
    @Test
    void timedPollWithNoTimeLeftReturnsNullAtOnce() throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        assertNull(buffer.poll(0, TimeUnit.SECONDS));
        assertNull(buffer.poll(-1, TimeUnit.SECONDS));
    }

    /** peek() returns the head and leaves it there. */
    @Test
    void peekReturnsTheHeadWithoutRemovingIt() {
        BoundedBuffer<Integer> buffer = populated(CAPACITY);
        for (int i = 0; i < CAPACITY; i++) {
            assertEquals(i, buffer.peek());
            assertEquals(i, buffer.peek(), "peek must not remove the head");
            assertEquals(i, buffer.poll());
        }
        assertNull(buffer.peek());
    }

    /** element() returns the head and leaves it there. */
    @Test
    void elementReturnsTheHeadWithoutRemovingIt() {
        BoundedBuffer<Integer> buffer = populated(2);
        assertEquals(0, buffer.element());
        assertEquals(2, buffer.size());
    }

    /** element() throws NoSuchElementException when the buffer is empty. */
    @Test
    void elementWhenEmptyThrowsNoSuchElementException() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        assertThrows(NoSuchElementException.class, buffer::element);
    }

    /** remove() removes and returns the head. */
    @Test
    void removeReturnsTheHead() {
        BoundedBuffer<Integer> buffer = populated(2);
        assertEquals(0, buffer.remove());
        assertEquals(1, buffer.remove());
    }

    /** remove() throws NoSuchElementException when the buffer is empty. */
    @Test
    void removeWhenEmptyThrowsNoSuchElementException() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        assertThrows(NoSuchElementException.class, () -> buffer.remove());
    }

    /** Elements stay in FIFO order as the ring wraps around many times. */
    @Test
    void fifoOrderSurvivesWrappingAround() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(3);
        int next = 0;
        int expected = 0;
        for (int round = 0; round < 20; round++) {
            while (buffer.offer(next)) {
                next++;
            }
            assertEquals(3, buffer.size(), "offer stops only when the buffer is full");
            assertEquals(expected++, buffer.poll());
            assertEquals(expected++, buffer.poll());
        }
    }

    // ------------------------------------------------------------------ size, remainingCapacity

    /** size() and remainingCapacity() always add up to the capacity. */
    @Test
    void sizePlusRemainingCapacityIsTheCapacity() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(CAPACITY);
        for (int i = 0; i < CAPACITY; i++) {
            assertEquals(i, buffer.size());
            assertEquals(CAPACITY, buffer.size() + buffer.remainingCapacity());
            buffer.add(i);
        }
        for (int i = CAPACITY; i > 0; i--) {
            assertEquals(i, buffer.size());
            assertEquals(CAPACITY, buffer.size() + buffer.remainingCapacity());
            buffer.remove();
        }
        assertTrue(buffer.isEmpty());
    }

    // ------------------------------------------------------------------ contains, remove(Object)

    /** contains(o) tells whether an equal element is in the buffer. */
    @Test
    void containsFindsElementsThatAreThere() {
        BoundedBuffer<Integer> buffer = populated(3);
        assertTrue(buffer.contains(0));
        assertTrue(buffer.contains(2));
        assertFalse(buffer.contains(3));
        buffer.poll();
        assertFalse(buffer.contains(0), "a polled element is no longer in the buffer");
    }

    /** contains(null) returns false. */
    @Test
    void containsNullReturnsFalse() {
        assertFalse(populated(3).contains(null));
    }

    /** remove(o) removes one equal element from the middle and keeps the others in order. */
    @Test
    void removeObjectRemovesOneElementFromTheMiddle() {
        BoundedBuffer<Integer> buffer = populated(CAPACITY);
        assertTrue(buffer.remove(Integer.valueOf(2)));
        assertFalse(buffer.remove(Integer.valueOf(2)), "it is gone: a second remove finds nothing");
        assertEquals(List.of(0, 1, 3, 4), contents(buffer));
        assertEquals(1, buffer.remainingCapacity(), "removing an element frees a slot");
        assertTrue(buffer.offer(5));
        assertEquals(List.of(0, 1, 3, 4, 5), contents(buffer));
    }

    /** remove(o) returns false for an element that is not there, and for null. */
    @Test
    void removeObjectReturnsFalseWhenAbsent() {
        BoundedBuffer<Integer> buffer = populated(3);
        assertFalse(buffer.remove(Integer.valueOf(7)));
        assertFalse(buffer.remove(null));
        assertEquals(3, buffer.size());
    }

    // ------------------------------------------------------------------ toArray

    /** toArray() returns the elements in FIFO order, even after the ring wrapped around. */
    @Test
    void toArrayReturnsElementsInFifoOrder() {
        assertArrayEquals(new Object[] {0, 1, 2}, populated(3).toArray());
        assertArrayEquals(new Object[] {3, 4, 5, 6}, wrapped().toArray());
        assertArrayEquals(new Object[0], new BoundedBuffer<Integer>(CAPACITY).toArray());
    }

    /** toArray(a) fills a when the elements fit, and puts null right after the last one. */
    @Test
    void toArrayFillsAGivenArrayThatIsLargeEnough() {
        BoundedBuffer<Integer> buffer = populated(2);
        Integer[] a = {7, 7, 7, 7};
        assertSame(a, buffer.toArray(a));
        assertArrayEquals(new Integer[] {0, 1, null, 7}, a);
    }

    /** toArray(a) returns a new array of a's type when the elements do not fit. */
    @Test
    void toArrayAllocatesANewArrayWhenTheGivenOneIsTooSmall() {
        BoundedBuffer<Integer> buffer = populated(3);
        Integer[] a = new Integer[1];
        Integer[] result = buffer.toArray(a);
        assertArrayEquals(new Integer[] {0, 1, 2}, result);
        assertSame(Integer[].class, result.getClass());
    }

    /** toArray(null) throws NullPointerException. */
    @Test
    void toArrayNullThrowsNullPointerException() {
        BoundedBuffer<Integer> buffer = populated(3);
        assertThrows(NullPointerException.class, () -> buffer.toArray((Integer[]) null));
    }

    // ------------------------------------------------------------------ iterator

    /** The iterator returns the elements in FIFO order, then throws NoSuchElementException. */
    @Test
    void iteratorReturnsElementsInFifoOrder() {
        BoundedBuffer<Integer> buffer = wrapped();
        Iterator<Integer> it = buffer.iterator();
        for (int expected = 3; expected <= 6; expected++) {
            assertTrue(it.hasNext());
            assertEquals(expected, it.next());
        }
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
    }

    /** The iterator of an empty buffer has nothing. */
    @Test
    void iteratorOfAnEmptyBufferHasNothing() {
        Iterator<Integer> it = new BoundedBuffer<Integer>(CAPACITY).iterator();
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
    }

    /** Iterator.remove() removes the element that next() last returned, and frees its slot. */
    @Test
    void iteratorRemoveRemovesTheLastReturnedElement() {
        BoundedBuffer<Integer> buffer = populated(CAPACITY);
        Iterator<Integer> it = buffer.iterator();
        assertEquals(0, it.next());
        assertEquals(1, it.next());
        it.remove();
        assertEquals(2, it.next());
        assertEquals(List.of(0, 2, 3, 4), contents(buffer));
        assertEquals(1, buffer.remainingCapacity());
    }

    /** Iterator.remove() before next(), or twice in a row, throws IllegalStateException. */
    @Test
    void iteratorRemoveWithoutNextThrowsIllegalStateException() {
        BoundedBuffer<Integer> buffer = populated(3);
        Iterator<Integer> it = buffer.iterator();
        assertThrows(IllegalStateException.class, it::remove);
        it.next();
        it.remove();
        assertThrows(IllegalStateException.class, it::remove);
        assertEquals(List.of(1, 2), contents(buffer));
    }

    /**
     * Changing the buffer while iterating never throws ConcurrentModificationException: the
     * iterator still returns the elements that were there when it was created and stayed.
     */
    @Test
    void iteratorToleratesChangesWhileIterating() {
        BoundedBuffer<Integer> buffer = populated(3);
        List<Integer> seen = new ArrayList<>();
        Iterator<Integer> it = buffer.iterator();
        buffer.add(3);
        buffer.remove(Integer.valueOf(0));
        try {
            while (it.hasNext()) {
                seen.add(it.next());
            }
        } catch (ConcurrentModificationException e) {
            throw new AssertionError("a buffer shared by threads must not fail its iterators with "
                    + "ConcurrentModificationException: iterate a snapshot or be weakly consistent", e);
        }
        assertTrue(seen.containsAll(List.of(1, 2)), "elements present all along must be seen; saw " + seen);
        assertTrue(List.of(0, 1, 2, 3).containsAll(seen), "saw elements that never were in the buffer: " + seen);
        assertEquals(seen.size(), Set.copyOf(seen).size(), "saw an element twice: " + seen);
    }

    /** toString() lists the elements head first. */
    @Test
    void toStringListsTheElementsInFifoOrder() {
        assertEquals("[3, 4, 5, 6]", wrapped().toString());
        assertEquals("[]", new BoundedBuffer<Integer>(CAPACITY).toString());
    }

    // ------------------------------------------------------------------ clear

    /** clear() removes everything and frees every slot. */
    @Test
    void clearEmptiesTheBuffer() {
        BoundedBuffer<Integer> buffer = wrapped();
        buffer.clear();
        assertTrue(buffer.isEmpty());
        assertEquals(CAPACITY, buffer.remainingCapacity());
        assertNull(buffer.peek());
        buffer.add(42);
        assertEquals(List.of(42), contents(buffer));
    }

    // ------------------------------------------------------------------ drainTo

    /** drainTo(c) moves every element to c, head first, and empties the buffer. */
    @Test
    void drainToMovesEveryElementInFifoOrder() {
        BoundedBuffer<Integer> buffer = wrapped();
        List<Integer> sink = new ArrayList<>(List.of(-1));
        assertEquals(4, buffer.drainTo(sink));
        assertEquals(List.of(-1, 3, 4, 5, 6), sink, "drainTo appends to c in FIFO order");
        assertTrue(buffer.isEmpty());
        assertEquals(CAPACITY, buffer.remainingCapacity());
    }

    /** drainTo(c, n) moves at most n elements, head first. */
    @Test
    void drainToWithMaxMovesAtMostMaxElements() {
        BoundedBuffer<Integer> buffer = populated(CAPACITY);
        List<Integer> sink = new ArrayList<>();
        assertEquals(2, buffer.drainTo(sink, 2), "drainTo(c, 2) must move 2 elements, not all of them");
        assertEquals(List.of(0, 1), sink);
        assertEquals(List.of(2, 3, 4), contents(buffer));
        assertEquals(3, buffer.drainTo(sink, 10), "drainTo(c, 10) moves what there is");
        assertEquals(List.of(0, 1, 2, 3, 4), sink);
    }

    /** drainTo(c, n) with n of 0 or less moves nothing and returns 0. */
    @Test
    void drainToWithNonPositiveMaxMovesNothing() {
        BoundedBuffer<Integer> buffer = populated(2);
        List<Integer> sink = new ArrayList<>();
        for (int n : new int[] {0, -1, Integer.MIN_VALUE}) {
            assertEquals(0, buffer.drainTo(sink, n));
        }
        assertTrue(sink.isEmpty());
        assertEquals(2, buffer.size());
    }

    /** drainTo(null) throws NullPointerException. */
    @Test
    void drainToNullThrowsNullPointerException() {
        BoundedBuffer<Integer> buffer = populated(2);
        assertThrows(NullPointerException.class, () -> buffer.drainTo(null));
        assertThrows(NullPointerException.class, () -> buffer.drainTo(null, 0));
        assertEquals(2, buffer.size());
    }

    /** drainTo(this) throws IllegalArgumentException. */
    @Test
    void drainToSelfThrowsIllegalArgumentException() {
        BoundedBuffer<Integer> buffer = populated(2);
        assertThrows(IllegalArgumentException.class, () -> buffer.drainTo(buffer));
        assertThrows(IllegalArgumentException.class, () -> buffer.drainTo(buffer, 0));
        assertEquals(2, buffer.size());
    }
}
