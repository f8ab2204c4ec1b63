/*
 * Mutant: lazy-double-call
 * Bug: double-checked locking without the second check: a thread that waited for the lock calls the supplier again.
 * Caught by: tests
 */
package lab.visibility;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed on first use, at most once, and shared by every thread that asks for it.
 *
 * @param <T> the type of the value
 */
public final class Lazy<T> implements Supplier<T> {

    private volatile T value;

    private final Supplier<? extends T> supplier;

    public Lazy(Supplier<? extends T> supplier) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
    }

    @Override
    public T get() {
        T result = value;
        if (result != null) {
            return result;
        }
        synchronized (this) {
            result = Objects.requireNonNull(supplier.get(), "the supplier returned null");
            value = result;
            return result;
        }
    }
}
