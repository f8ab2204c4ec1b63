package lab.visibility;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed on first use, at most once, and shared by every thread that asks for it.
 *
 * @param <T> the type of the value
 */
public final class Lazy<T> implements Supplier<T> {

    // Read without the lock by get()'s fast path, so it must be volatile: the volatile write
    // happens after the supplier built the object, and a thread whose volatile read sees the
    // reference also sees everything written before it, i.e. the object's fields.
    // A plain field here is the broken "double-checked locking": a reader could see the
    // reference before the writes that filled in the object.
    private volatile T value;

    // Guarded by "this"; dropped after use so that whatever it captured can be collected.
    private Supplier<? extends T> supplier;

    /**
     * Creates a lazy value; {@code supplier} is not called yet.
     *
     * @throws NullPointerException if {@code supplier} is null
     */
    public Lazy(Supplier<? extends T> supplier) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
    }

    /**
     * Returns the value, calling the supplier on the first call.
     *
     * <p>The supplier runs at most once, even when many threads call {@code get()} at the same
     * time: one of them runs it, the others wait for its result. Every caller gets the same,
     * fully built object. If the supplier throws, {@code get()} rethrows and nothing is
     * remembered: the next call tries the supplier again.
     *
     * @throws NullPointerException if the supplier returns null
     */
    @Override
    public T get() {
        // Fast path: one volatile read once the value exists; no lock.
        T result = value;
        if (result != null) {
            return result;
        }
        return initialise();
    }

    private synchronized T initialise() {
        // Check again under the lock: another thread may have finished while we waited for it.
        T result = value;
        if (result == null) {
            result = Objects.requireNonNull(supplier.get(), "the supplier returned null");
            value = result;
            supplier = null;
        }
        return result;
    }
}
