package lab.boundedbuffer;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A first-in-first-out queue of fixed capacity that producers and consumers share: {@code put}
 * waits while the buffer is full, {@code take} waits while it is empty.
 *
 * <p>It is a {@link BlockingQueue} with the semantics the JDK documents for that interface, the
 * same as {@link java.util.concurrent.ArrayBlockingQueue}'s:
 * <ul>
 *   <li>Null elements are rejected with {@link NullPointerException}.</li>
 *   <li>Every method is safe to call from many threads at once, and each one acts in one
 *       indivisible step: no thread ever sees more than {@code capacity} elements, an element
 *       taken twice, or an element lost.</li>
 *   <li>A method that waits throws {@link InterruptedException} when its thread is interrupted
 *       while it waits (or is already interrupted when it would have to wait), clears the
 *       thread's interrupt status as it does so, and leaves the buffer unchanged.</li>
 *   <li>A thread waiting for room or for an element resumes once there is some.</li>
 * </ul>
 *
 * <p>{@link AbstractQueue} already provides {@code add}, {@code remove()}, {@code element},
 * {@code addAll} and {@code clear}, written in terms of {@link #offer(Object)}, {@link #poll()}
 * and {@link #peek()}; {@code AbstractCollection} provides {@code isEmpty}, {@code contains},
 * {@code remove(Object)}, {@code toArray}, {@code containsAll}, {@code removeAll},
 * {@code retainAll} and {@code toString}, written in terms of {@link #size()} and
 * {@link #iterator()}. You may override any of them, for example to do one in a single step.
 *
 * <p>The rules of this exercise: build it on one {@link java.util.concurrent.locks.ReentrantLock}
 * and {@link java.util.concurrent.locks.Condition}s of that lock; use no ready-made concurrent
 * collection and no {@code synchronized}, {@code wait} or {@code notify}.
 *
 * @param <E> the type of the elements
 */
public class BoundedBuffer<E> extends AbstractQueue<E> implements BlockingQueue<E> {

    /**
     * Creates an empty buffer that holds at most {@code capacity} elements.
     *
     * @param capacity the capacity of this buffer
     * @throws IllegalArgumentException if {@code capacity} is less than 1
     */
    public BoundedBuffer(int capacity) {
        throw new UnsupportedOperationException(
                "TODO: reject a capacity below 1; set up an empty buffer with room for capacity elements");
    }

    /**
     * Inserts {@code e} at the tail if there is room now, without waiting.
     *
     * @return {@code true} if it was added, {@code false} if the buffer is full
     * @throws NullPointerException if {@code e} is null
     */
    @Override
    public boolean offer(E e) {
        throw new UnsupportedOperationException("TODO: add e at the tail if there is room; never wait");
    }

    /**
     * Inserts {@code e} at the tail, waiting as long as necessary for room.
     *
     * @throws InterruptedException if interrupted while waiting (the buffer is then unchanged)
     * @throws NullPointerException if {@code e} is null
     */
    @Override
    public void put(E e) throws InterruptedException {
        throw new UnsupportedOperationException("TODO: add e at the tail, waiting while the buffer is full");
    }

    /**
     * Inserts {@code e} at the tail, waiting up to {@code timeout} for room. A timeout of zero or
     * less means: do not wait.
     *
     * @return {@code true} if it was added, {@code false} if the time ran out first
     * @throws InterruptedException if interrupted while waiting (the buffer is then unchanged)
     * @throws NullPointerException if {@code e} is null
     */
    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        throw new UnsupportedOperationException(
                "TODO: add e at the tail, waiting at most the given time in total while the buffer is full");
    }

    /** Removes and returns the head, or returns {@code null} at once if the buffer is empty. */
    @Override
    public E poll() {
        throw new UnsupportedOperationException("TODO: remove and return the head, or null if empty; never wait");
    }

    /**
     * Removes and returns the head, waiting as long as necessary for an element.
     *
     * @throws InterruptedException if interrupted while waiting (the buffer is then unchanged)
     */
    @Override
    public E take() throws InterruptedException {
        throw new UnsupportedOperationException("TODO: remove and return the head, waiting while the buffer is empty");
    }

    /**
     * Removes and returns the head, waiting up to {@code timeout} for an element. A timeout of
     * zero or less means: do not wait.
     *
     * @return the head, or {@code null} if the time ran out first
     * @throws InterruptedException if interrupted while waiting (the buffer is then unchanged)
     */
    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        throw new UnsupportedOperationException(
                "TODO: remove and return the head, waiting at most the given time in total while the buffer is empty");
    }

    /** Returns the head without removing it, or {@code null} if the buffer is empty. */
    @Override
    public E peek() {
        throw new UnsupportedOperationException("TODO: return the head without removing it, or null if empty");
    }

    /** Returns the number of elements in this buffer (the latest value, whichever thread changed it). */
    @Override
    public int size() {
        throw new UnsupportedOperationException("TODO: return how many elements the buffer holds now");
    }

    /** Returns how many more elements this buffer can take now without waiting. */
    @Override
    public int remainingCapacity() {
        throw new UnsupportedOperationException("TODO: return capacity minus size");
    }

    /**
     * Removes all elements and adds them to {@code c}, in FIFO order. Producers waiting for room
     * may go on.
     *
     * @return the number of elements transferred
     * @throws NullPointerException if {@code c} is null
     * @throws IllegalArgumentException if {@code c} is this buffer
     */
    @Override
    public int drainTo(Collection<? super E> c) {
        throw new UnsupportedOperationException("TODO: move every element to c, head first");
    }

    /**
     * Removes at most {@code maxElements} elements and adds them to {@code c}, in FIFO order.
     * Producers waiting for room may go on. If {@code c.add} throws, the exception propagates; as
     * the JDK says, which elements were moved is then unspecified, but this buffer stays usable.
     *
     * @return the number of elements transferred; 0 if {@code maxElements} is 0 or negative
     * @throws NullPointerException if {@code c} is null
     * @throws IllegalArgumentException if {@code c} is this buffer
     */
    @Override
    public int drainTo(Collection<? super E> c, int maxElements) {
        throw new UnsupportedOperationException("TODO: move at most maxElements elements to c, head first");
    }

    /**
     * Returns an iterator over the elements in FIFO order. It must never throw
     * {@link java.util.ConcurrentModificationException}: it may walk a snapshot taken when it was
     * created, or be weakly consistent (like {@code ArrayBlockingQueue}'s). Its {@code remove()}
     * removes the element last returned by {@code next()} from this buffer, if it is still there,
     * and throws {@link IllegalStateException} if {@code next()} has not been called since the
     * last {@code remove()}.
     */
    @Override
    public Iterator<E> iterator() {
        throw new UnsupportedOperationException(
                "TODO: return an iterator over the elements, head first, that is safe while other threads change the buffer");
    }
}
