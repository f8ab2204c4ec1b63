/*
 * Alternative: atomics
 * Design: the value sits in a final AtomicReference and the slow path takes a ReentrantLock in a
 * try/finally, instead of a volatile field checked twice around a synchronized block.
 */
package lab.visibility;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A value computed on first use, at most once, and shared by every thread that asks for it.
 *
 * @param <T> the type of the value
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<? extends T> supplier;

    // Empty until the supplier has succeeded. AtomicReference.get() and set() have volatile
    // semantics: set() happens after the object was built, so a thread whose get() returns the
    // reference also sees every field the supplier wrote.
    private final AtomicReference<T> value = new AtomicReference<>();

    // Held by the one thread that calls the supplier; the others wait on it, then find the value.
    private final ReentrantLock building = new ReentrantLock();

    /**
     * Creates a lazy value; {@code supplier} is not called yet.
     *
     * @throws NullPointerException if {@code supplier} is null
     */
    public Lazy(Supplier<? extends T> supplier) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
    }

    /**
     * Returns the value, calling the supplier on the first call. The supplier runs at most once,
     * even when many threads call {@code get()} together; a supplier that throws or returns null
     * leaves nothing behind, and the next call tries again.
     *
     * @throws NullPointerException if the supplier returns null
     */
    @Override
    public T get() {
        T known = value.get();
        if (known != null) {
            return known;
        }
        building.lock();
        try {
            // Another thread may have built the value while this one waited for the lock.
            known = value.get();
            if (known == null) {
                known = Objects.requireNonNull(supplier.get(), "the supplier returned null");
                value.set(known);
            }
            return known;
        } finally {
            building.unlock();
        }
    }
}
