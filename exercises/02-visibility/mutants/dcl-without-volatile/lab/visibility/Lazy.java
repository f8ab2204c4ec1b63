/*
 * Mutant: dcl-without-volatile
 * Bug: double-checked locking on a plain field: a thread on the lock-free path can see the reference before the object's fields.
 * Caught by: design
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

    private T value;

    private Supplier<? extends T> supplier;

    public Lazy(Supplier<? extends T> supplier) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
    }

    @Override
    public T get() {
        T result = value;
        if (result != null) {
            return result;
        }
        return initialise();
    }

    private synchronized T initialise() {
        T result = value;
        if (result == null) {
            result = Objects.requireNonNull(supplier.get(), "the supplier returned null");
            value = result;
            supplier = null;
        }
        return result;
    }
}
