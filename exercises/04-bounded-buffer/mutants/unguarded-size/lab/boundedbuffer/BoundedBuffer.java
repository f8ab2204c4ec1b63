/*
 * Mutant: unguarded-size
 * Bug: size() reads the plain count field without taking the lock: nothing makes another thread's update visible, and the JIT may hoist the read out of a caller's loop so that it never sees a change.
 * Caught by: hidden
 */
package lab.boundedbuffer;

import java.util.AbstractQueue;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * A first-in-first-out queue of fixed capacity that producers and consumers share: {@code put}
 * waits while the buffer is full, {@code take} waits while it is empty.
 *
 * <p>The reference solution. One {@link ReentrantLock} guards all the state (the ring of slots,
 * where the next item is taken and put, and how many items there are). Threads that must wait use
 * two {@link Condition}s of that lock: producers wait on {@code notFull}, consumers on
 * {@code notEmpty}. Because the two kinds of waiter never share a condition, {@code signal()}
 * (wake one) is enough: whoever is woken is a thread that can use the change that woke it.
 *
 * <p>Null elements are rejected. Iterators walk a snapshot taken when they are created, in FIFO
 * order; they never throw {@link java.util.ConcurrentModificationException}.
 *
 * @param <E> the type of the elements
 */
public class BoundedBuffer<E> extends AbstractQueue<E> implements BlockingQueue<E> {

    /** The slots: a ring. Items live in {@code count} slots starting at {@code takeIndex}. */
    private final Object[] items;

    /** The slot the next take, poll, peek or remove reads. */
    private int takeIndex;

    /** The slot the next put, offer or add writes. */
    private int putIndex;

    /** How many items are in the buffer. */
    private int count;

    /** Guards every field above: nothing reads or writes them without holding it. */
    private final ReentrantLock lock = new ReentrantLock();

    /** Consumers wait here while the buffer is empty. */
    private final Condition notEmpty = lock.newCondition();

    /** Producers wait here while the buffer is full. */
    private final Condition notFull = lock.newCondition();

    /**
     * Creates an empty buffer that holds at most {@code capacity} elements.
     *
     * @param capacity the capacity of this buffer
     * @throws IllegalArgumentException if {@code capacity} is less than 1
     */
    public BoundedBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.items = new Object[capacity];
    }

    // ------------------------------------------------------------------ inserting

    /**
     * Inserts {@code e} at the tail if there is room, without waiting.
     *
     * @return {@code true} if it was added, {@code false} if the buffer is full
     * @throws NullPointerException if {@code e} is null
     */
    @Override
    public boolean offer(E e) {
        Objects.requireNonNull(e);
        lock.lock();
        try {
            if (count == items.length) {
                return false;
            }
            enqueue(e);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Inserts {@code e} at the tail, waiting as long as necessary for room.
     *
     * @throws InterruptedException if interrupted while waiting (the buffer is then unchanged)
     * @throws NullPointerException if {@code e} is null
     */
    @Override
    public void put(E e) throws InterruptedException {
        Objects.requireNonNull(e);
        // lockInterruptibly: a thread that is already interrupted, or is interrupted while it
        // queues for the lock, gives up at once, as ArrayBlockingQueue does.
        lock.lockInterruptibly();
        try {
            // while, not if: waking up is a hint, not a promise. Another producer may have filled
            // the freed slot before this thread got the lock back, and await() may also return
            // spuriously. So check again every time.
            while (count == items.length) {
                notFull.await();
            }
            enqueue(e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Inserts {@code e} at the tail, waiting up to {@code timeout} for room.
     *
     * @return {@code true} if it was added, {@code false} if the time ran out first
     * @throws InterruptedException if interrupted while waiting (the buffer is then unchanged)
     * @throws NullPointerException if {@code e} or {@code unit} is null
     */
    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(e);
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (count == items.length) {
                if (nanos <= 0L) {
                    return false;
                }
                // awaitNanos returns what is left of the wait, so a wake-up that finds the buffer
                // full again goes back to sleep for the rest of the time, not for all of it.
                nanos = notFull.awaitNanos(nanos);
            }
            enqueue(e);
            return true;
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------ removing

    /** Removes and returns the head, or returns {@code null} at once if the buffer is empty. */
    @Override
    public E poll() {
        lock.lock();
        try {
            return (count == 0) ? null : dequeue();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes and returns the head, waiting as long as necessary for an element.
     *
     * @throws InterruptedException if interrupted while waiting (the buffer is then unchanged)
     */
    @Override
    public E take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (count == 0) {
                notEmpty.await();
            }
            return dequeue();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes and returns the head, waiting up to {@code timeout} for an element.
     *
     * @return the head, or {@code null} if the time ran out first
     * @throws InterruptedException if interrupted while waiting (the buffer is then unchanged)
     * @throws NullPointerException if {@code unit} is null
     */
    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (count == 0) {
                if (nanos <= 0L) {
                    return null;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            return dequeue();
        } finally {
            lock.unlock();
        }
    }

    /** Returns the head without removing it, or {@code null} if the buffer is empty. */
    @Override
    public E peek() {
        lock.lock();
        try {
            return itemAt(takeIndex); // null when empty: free slots always hold null
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------ counting

    /** Returns the number of elements in this buffer. */
    @Override
    public int size() {
        // Even a single int is read under the lock: the lock's release and acquire are what make
        // another thread's last put visible here (and what stops the JIT from caching the value).
        return count; // "just reading one int is atomic": but without the lock, nothing makes the update visible
    }

    /** Returns how many more elements this buffer can take now without waiting. */
    @Override
    public int remainingCapacity() {
        lock.lock();
        try {
            return items.length - count;
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------ draining

    /**
     * Removes all elements and adds them to {@code c}, in FIFO order.
     *
     * @return the number of elements transferred
     * @throws NullPointerException if {@code c} is null
     * @throws IllegalArgumentException if {@code c} is this buffer
     */
    @Override
    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    /**
     * Removes at most {@code maxElements} elements and adds them to {@code c}, in FIFO order.
     * If {@code c.add} throws, the element it refused stays in this buffer, as do the ones after it.
     *
     * @return the number of elements transferred (0 if {@code maxElements} is not positive)
     * @throws NullPointerException if {@code c} is null
     * @throws IllegalArgumentException if {@code c} is this buffer
     */
    @Override
    public int drainTo(Collection<? super E> c, int maxElements) {
        Objects.requireNonNull(c);
        if (c == this) {
            throw new IllegalArgumentException("cannot drain a buffer into itself");
        }
        if (maxElements <= 0) {
            return 0;
        }
        lock.lock();
        try {
            int wanted = Math.min(maxElements, count);
            int moved = 0;
            try {
                while (moved < wanted) {
                    c.add(itemAt(takeIndex)); // may throw: then this element stays here
                    removeHead();
                    moved++;
                }
            } finally {
                if (moved > 0) {
                    // Many slots may have opened at once: every waiting producer may now fit.
                    notFull.signalAll();
                }
            }
            return moved;
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------ whole-collection views

    /** Returns {@code true} if this buffer holds an element equal to {@code o}. */
    @Override
    public boolean contains(Object o) {
        if (o == null) {
            return false;
        }
        lock.lock();
        try {
            return indexOf(o, false) >= 0;
        } finally {
            lock.unlock();
        }
    }

    /** Removes one element equal to {@code o}, the one nearest the head, if there is one. */
    @Override
    public boolean remove(Object o) {
        if (o == null) {
            return false;
        }
        lock.lock();
        try {
            int i = indexOf(o, false);
            if (i < 0) {
                return false;
            }
            removeAt(i);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Returns the elements in FIFO order in a new {@code Object[]}. */
    @Override
    public Object[] toArray() {
        lock.lock();
        try {
            Object[] copy = new Object[count];
            copyInto(copy);
            return copy;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns the elements in FIFO order in {@code a} if they fit (setting the slot after the last
     * one to null if there is room), or else in a new array of the same runtime type.
     *
     * @throws NullPointerException if {@code a} is null
     * @throws ArrayStoreException if an element cannot be stored in an array of that type
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        Objects.requireNonNull(a);
        lock.lock();
        try {
            T[] result = (a.length >= count) ? a : Arrays.copyOf(a, count);
            copyInto(result);
            if (result.length > count) {
                result[count] = null;
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    /** Removes every element, waking every producer that waits for room. */
    @Override
    public void clear() {
        lock.lock();
        try {
            if (count > 0) {
                Arrays.fill(items, null);
                takeIndex = 0;
                putIndex = 0;
                count = 0;
                notFull.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Removes, in one step under the lock, every element {@code filter} accepts. */
    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        lock.lock();
        try {
            return bulkRemove(filter);
        } finally {
            lock.unlock();
        }
    }

    /** Removes every element that {@code c} contains. */
    @Override
    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(c::contains);
    }

    /** Removes every element that {@code c} does not contain. */
    @Override
    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(e -> !c.contains(e));
    }

    /**
     * Returns an iterator over a snapshot of this buffer taken now, in FIFO order. It never throws
     * {@link java.util.ConcurrentModificationException}; its {@code remove()} removes the element
     * last returned (that very object) from the buffer, if it is still there.
     */
    @Override
    public Iterator<E> iterator() {
        return new SnapshotIterator(toArray());
    }

    /** Returns a spliterator over a snapshot of this buffer taken now, in FIFO order. */
    @Override
    public Spliterator<E> spliterator() {
        return Spliterators.spliterator(toArray(), Spliterator.ORDERED | Spliterator.NONNULL);
    }

    // ------------------------------------------------------------------ the ring (lock held)

    /** Stores {@code e} at the tail and wakes one consumer. Call with the lock held and room. */
    private void enqueue(E e) {
        items[putIndex] = e;
        putIndex = next(putIndex);
        count++;
        notEmpty.signal();
    }

    /** Removes the head and wakes one producer. Call with the lock held and count > 0. */
    private E dequeue() {
        E e = itemAt(takeIndex);
        removeHead();
        notFull.signal();
        return e;
    }

    /** Frees the head slot without signalling. Call with the lock held and count > 0. */
    private void removeHead() {
        items[takeIndex] = null;
        takeIndex = next(takeIndex);
        count--;
    }

    /**
     * Removes the element in slot {@code i}, closing the gap by moving the later elements one slot
     * towards the head, and wakes one producer. Call with the lock held.
     */
    private void removeAt(int i) {
        if (i == takeIndex) {
            removeHead();
        } else {
            for (int from = next(i); from != putIndex; from = next(from)) {
                items[i] = items[from];
                i = from;
            }
            items[i] = null;
            putIndex = i;
            count--;
        }
        notFull.signal();
    }

    /** Removes the elements {@code filter} accepts: first asks about all, then removes. */
    private boolean bulkRemove(Predicate<? super E> filter) {
        // Ask first and change nothing until every answer is in: if the filter throws, the buffer
        // is left as it was.
        boolean[] doomed = new boolean[count];
        int removed = 0;
        for (int k = 0, i = takeIndex; k < count; k++, i = next(i)) {
            if (filter.test(itemAt(i))) {
                doomed[k] = true;
                removed++;
            }
        }
        if (removed == 0) {
            return false;
        }
        Object[] survivors = new Object[items.length];
        int kept = 0;
        for (int k = 0, i = takeIndex; k < count; k++, i = next(i)) {
            if (!doomed[k]) {
                survivors[kept++] = items[i];
            }
        }
        System.arraycopy(survivors, 0, items, 0, items.length);
        takeIndex = 0;
        putIndex = (kept == items.length) ? 0 : kept;
        count = kept;
        notFull.signalAll();
        return true;
    }

    /** Returns the slot of the first element equal to (or, if {@code same}, identical to) o. */
    private int indexOf(Object o, boolean same) {
        for (int k = 0, i = takeIndex; k < count; k++, i = next(i)) {
            if (same ? items[i] == o : o.equals(items[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Copies the elements in FIFO order to the start of {@code target}. Call with the lock held. */
    private void copyInto(Object[] target) {
        int end = takeIndex + count;
        if (end <= items.length) {
            System.arraycopy(items, takeIndex, target, 0, count);
        } else {
            int first = items.length - takeIndex;
            System.arraycopy(items, takeIndex, target, 0, first);
            System.arraycopy(items, 0, target, first, count - first);
        }
    }

    private int next(int i) {
        return (i + 1 == items.length) ? 0 : i + 1;
    }

    @SuppressWarnings("unchecked")
    private E itemAt(int i) {
        return (E) items[i];
    }

    /** Removes one element, that very object, if it is still in the buffer. */
    private void removeSame(Object o) {
        lock.lock();
        try {
            int i = indexOf(o, true);
            if (i >= 0) {
                removeAt(i);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Walks a snapshot; remove() reaches back into the live buffer. */
    private final class SnapshotIterator implements Iterator<E> {
        private final Object[] snapshot;
        private int cursor;
        private Object lastReturned;

        SnapshotIterator(Object[] snapshot) {
            this.snapshot = snapshot;
        }

        @Override
        public boolean hasNext() {
            return cursor < snapshot.length;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            if (cursor >= snapshot.length) {
                throw new NoSuchElementException();
            }
            lastReturned = snapshot[cursor++];
            return (E) lastReturned;
        }

        @Override
        public void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException("next() has not been called, or remove() already has");
            }
            removeSame(lastReturned);
            lastReturned = null;
        }
    }
}
