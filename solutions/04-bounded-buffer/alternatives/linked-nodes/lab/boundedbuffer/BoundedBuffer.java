/*
 * Alternative: linked-nodes
 * Design: the elements live in a hand-written singly linked list behind a fixed sentinel node
 * (no array ring, no indices), iterators remember nodes rather than elements, and more of the
 * collection methods are left to AbstractQueue/AbstractCollection.
 */
package lab.boundedbuffer;

import java.util.AbstractQueue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
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
 * <p>One {@link ReentrantLock} guards the chain of nodes and the count; producers wait on the
 * lock's {@code hasRoom} condition and consumers on its {@code hasElements} condition. Null
 * elements are rejected. Iterators walk the nodes that were in the buffer when they were created
 * and never throw {@link java.util.ConcurrentModificationException}.
 *
 * @param <E> the type of the elements
 */
public class BoundedBuffer<E> extends AbstractQueue<E> implements BlockingQueue<E> {

    /** One link of the chain. A node's fields are read and written only under the lock. */
    private static final class Node<E> {
        E item;
        Node<E> next;

        Node(E item) {
            this.item = item;
        }
    }

    private final int capacity;

    /**
     * A sentinel that never holds an element: the first element is {@code sentinel.next}. With it,
     * removing the first node and removing any other node are the same operation.
     */
    private final Node<E> sentinel = new Node<>(null);

    /** The last node, or the sentinel when the buffer is empty. Guarded by {@code lock}. */
    private Node<E> last = sentinel;

    /** How many elements are linked after the sentinel. Guarded by {@code lock}. */
    private int count;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition hasElements = lock.newCondition();
    private final Condition hasRoom = lock.newCondition();

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
        this.capacity = capacity;
    }

    // ------------------------------------------------------------------ adding

    @Override
    public boolean offer(E e) {
        Objects.requireNonNull(e);
        lock.lock();
        try {
            if (count == capacity) {
                return false;
            }
            append(e);
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void put(E e) throws InterruptedException {
        Objects.requireNonNull(e);
        lock.lockInterruptibly();
        try {
            // A loop, not an if: the slot a consumer freed may be gone again by the time this
            // thread holds the lock, and await() may return without any signal.
            while (count == capacity) {
                hasRoom.await();
            }
            append(e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(e);
        long left = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (count == capacity) {
                if (left <= 0) {
                    return false;
                }
                left = hasRoom.awaitNanos(left);
            }
            append(e);
            return true;
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------ taking

    @Override
    public E poll() {
        lock.lock();
        try {
            return count == 0 ? null : unlinkFirst();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public E take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (count == 0) {
                hasElements.await();
            }
            return unlinkFirst();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long left = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (count == 0) {
                if (left <= 0) {
                    return null;
                }
                left = hasElements.awaitNanos(left);
            }
            return unlinkFirst();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public E peek() {
        lock.lock();
        try {
            return count == 0 ? null : sentinel.next.item;
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------ counting

    @Override
    public int size() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int remainingCapacity() {
        lock.lock();
        try {
            return capacity - count;
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------ bulk removal

    @Override
    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    @Override
    public int drainTo(Collection<? super E> c, int maxElements) {
        Objects.requireNonNull(c);
        if (c == this) {
            throw new IllegalArgumentException("a buffer cannot be drained into itself");
        }
        if (maxElements <= 0) {
            return 0;
        }
        lock.lock();
        int moved = 0;
        try {
            while (moved < maxElements && count > 0) {
                // Hand the element over first: if c refuses it, it stays here.
                c.add(sentinel.next.item);
                unlink(sentinel, sentinel.next);
                moved++;
            }
            return moved;
        } finally {
            if (moved > 0) {
                hasRoom.signalAll(); // several slots may have opened at once
            }
            lock.unlock();
        }
    }

    /** Empties the buffer in one step and lets every waiting producer try again. */
    @Override
    public void clear() {
        lock.lock();
        try {
            if (count > 0) {
                for (Node<E> node = sentinel.next; node != null; node = node.next) {
                    node.item = null;
                }
                sentinel.next = null;
                last = sentinel;
                count = 0;
                hasRoom.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Removes, in one pass under the lock, every element {@code filter} accepts. */
    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        lock.lock();
        int removed = 0;
        try {
            Node<E> before = sentinel;
            while (before.next != null) {
                Node<E> node = before.next;
                if (filter.test(node.item)) {
                    unlink(before, node);
                    removed++;
                } else {
                    before = node;
                }
            }
            return removed > 0;
        } finally {
            if (removed > 0) {
                hasRoom.signalAll();
            }
            lock.unlock();
        }
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(c::contains);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(e -> !c.contains(e));
    }

    /** Removes the element equal to {@code o} that is nearest the head, if there is one. */
    @Override
    public boolean remove(Object o) {
        if (o == null) {
            return false;
        }
        lock.lock();
        try {
            for (Node<E> before = sentinel; before.next != null; before = before.next) {
                if (o.equals(before.next.item)) {
                    unlink(before, before.next);
                    hasRoom.signal();
                    return true;
                }
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean contains(Object o) {
        if (o == null) {
            return false;
        }
        lock.lock();
        try {
            for (Node<E> node = sentinel.next; node != null; node = node.next) {
                if (o.equals(node.item)) {
                    return true;
                }
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------ views
    // toArray(T[]), toString, containsAll, isEmpty, addAll, add, remove() and element come from
    // AbstractQueue and AbstractCollection, built on the methods of this class.

    @Override
    public Object[] toArray() {
        lock.lock();
        try {
            Object[] copy = new Object[count];
            int i = 0;
            for (Node<E> node = sentinel.next; node != null; node = node.next) {
                copy[i++] = node.item;
            }
            return copy;
        } finally {
            lock.unlock();
        }
    }

    /**
     * An iterator over the nodes in the buffer now, head first. It never throws
     * {@link java.util.ConcurrentModificationException}; its {@code remove()} unlinks the very
     * node that holds the element last returned, if that node is still in the buffer.
     */
    @Override
    public Iterator<E> iterator() {
        lock.lock();
        try {
            List<Node<E>> nodes = new ArrayList<>(count);
            List<E> items = new ArrayList<>(count);
            for (Node<E> node = sentinel.next; node != null; node = node.next) {
                nodes.add(node);
                items.add(node.item);
            }
            return new NodeIterator(nodes, items);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Spliterator<E> spliterator() {
        return Spliterators.spliterator(toArray(), Spliterator.ORDERED | Spliterator.NONNULL);
    }

    // ------------------------------------------------------------------ the chain (lock held)

    /** Links {@code e} after the last node and wakes one consumer. Call with room and the lock. */
    private void append(E e) {
        Node<E> node = new Node<>(e);
        last.next = node;
        last = node;
        count++;
        hasElements.signal();
    }

    /** Unlinks the first node, wakes one producer and returns its element. Call with count > 0. */
    private E unlinkFirst() {
        Node<E> first = sentinel.next;
        E e = first.item;
        unlink(sentinel, first);
        hasRoom.signal();
        return e;
    }

    /**
     * Takes {@code node}, which follows {@code before}, out of the chain, without signalling. The
     * node's item is cleared, which also tells iterators that it is no longer in the buffer.
     */
    private void unlink(Node<E> before, Node<E> node) {
        before.next = node.next;
        if (last == node) {
            last = before;
        }
        node.item = null;
        node.next = null;
        count--;
    }

    /** Unlinks {@code node} if it is still in the chain, and wakes one producer if it was. */
    private void unlinkIfPresent(Node<E> node) {
        lock.lock();
        try {
            if (node.item == null) {
                return; // already taken or removed: unlinking cleared it
            }
            for (Node<E> before = sentinel; before.next != null; before = before.next) {
                if (before.next == node) {
                    unlink(before, node);
                    hasRoom.signal();
                    return;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Walks a list of nodes taken under the lock, with their elements as they were then. */
    private final class NodeIterator implements Iterator<E> {
        private final List<Node<E>> nodes;
        private final List<E> items;
        private int cursor;
        private Node<E> lastReturned;

        NodeIterator(List<Node<E>> nodes, List<E> items) {
            this.nodes = nodes;
            this.items = items;
        }

        @Override
        public boolean hasNext() {
            return cursor < items.size();
        }

        @Override
        public E next() {
            if (cursor >= items.size()) {
                throw new NoSuchElementException();
            }
            lastReturned = nodes.get(cursor);
            return items.get(cursor++);
        }

        @Override
        public void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException("next() has not been called, or remove() already has");
            }
            unlinkIfPresent(lastReturned);
            lastReturned = null;
        }
    }
}
