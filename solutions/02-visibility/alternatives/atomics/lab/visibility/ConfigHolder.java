/*
 * Alternative: atomics
 * Design: the current snapshot lives in an AtomicReference and publish is a lock-free
 * compareAndSet retry loop, instead of a synchronized publish writing a volatile field.
 */
package lab.visibility;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The current configuration of a running program: writers publish new versions, readers on
 * other threads read the current one. Nobody ever blocks, and readers never see a snapshot that
 * is only partly built.
 */
public final class ConfigHolder {

    private final AtomicReference<ConfigSnapshot> current =
            new AtomicReference<>(new ConfigSnapshot(0, Map.of()));

    /** Creates a holder whose current snapshot is version 0 with no settings. */
    public ConfigHolder() {
    }

    /**
     * Publishes a copy of {@code settings} as the next version and returns it. Versions increase
     * by one with each publish, also when several threads publish at once.
     *
     * @throws NullPointerException if {@code settings} is null or holds a null key or value; the
     *     current snapshot is then unchanged
     */
    public ConfigSnapshot publish(Map<String, String> settings) {
        // Copy (and reject nulls) once, before touching the shared reference; Map.copyOf of this
        // copy returns the copy itself, so each retry below is cheap.
        Map<String, String> copy = Map.copyOf(settings);
        while (true) {
            ConfigSnapshot previous = current.get();
            ConfigSnapshot next = new ConfigSnapshot(previous.version() + 1, copy);
            // Succeeds only if no other publisher got in since we read previous; otherwise our
            // version number is taken, so read the new current one and build again.
            if (current.compareAndSet(previous, next)) {
                return next;
            }
        }
    }

    /**
     * The current snapshot: the very object the most recent {@link #publish} returned, or the
     * empty version 0 before the first publish. Never blocks.
     */
    public ConfigSnapshot current() {
        return current.get();
    }
}
