package lab.visibility;

import java.util.function.Supplier;

/**
 * A value computed on first use, at most once, and shared by every thread that asks for it.
 *
 * @param <T> the type of the value
 */
public final class Lazy<T> implements Supplier<T> {

    /**
     * Creates a lazy value; {@code supplier} is not called yet.
     *
     * @throws NullPointerException if {@code supplier} is null
     */
    public Lazy(Supplier<? extends T> supplier) {
        throw new UnsupportedOperationException("TODO: remember the supplier; do not call it yet");
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
        throw new UnsupportedOperationException(
                "TODO: call the supplier once, on first use, and hand every caller that same object");
    }
}
