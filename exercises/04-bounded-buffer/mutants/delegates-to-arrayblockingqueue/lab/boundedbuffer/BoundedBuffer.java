/*
 * Mutant: delegates-to-arrayblockingqueue
 * Bug: every method forwards to a java.util.concurrent.ArrayBlockingQueue: it behaves correctly, but the exercise (a lock and its conditions, written by hand) is skipped.
 * Caught by: design
 */
package lab.boundedbuffer;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A first-in-first-out queue of fixed capacity that producers and consumers share: {@code put}
 * waits while the buffer is full, {@code take} waits while it is empty.
 *
 * @param <E> the type of the elements
 */
public class BoundedBuffer<E> extends AbstractQueue<E> implements BlockingQueue<E> {

    /** The JDK already has one: why write it? */
    private final ArrayBlockingQueue<E> queue;

    public BoundedBuffer(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    @Override
    public boolean offer(E e) {
        return queue.offer(e);
    }

    @Override
    public void put(E e) throws InterruptedException {
        queue.put(e);
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return queue.offer(e, timeout, unit);
    }

    @Override
    public E poll() {
        return queue.poll();
    }

    @Override
    public E take() throws InterruptedException {
        return queue.take();
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return queue.poll(timeout, unit);
    }

    @Override
    public E peek() {
        return queue.peek();
    }

    @Override
    public int size() {
        return queue.size();
    }

    @Override
    public int remainingCapacity() {
        return queue.remainingCapacity();
    }

    @Override
    public int drainTo(Collection<? super E> c) {
        if (c == this) {
            throw new IllegalArgumentException();
        }
        return queue.drainTo(c);
    }

    @Override
    public int drainTo(Collection<? super E> c, int maxElements) {
        if (c == this) {
            throw new IllegalArgumentException();
        }
        return queue.drainTo(c, maxElements);
    }

    @Override
    public Iterator<E> iterator() {
        return queue.iterator();
    }
}
