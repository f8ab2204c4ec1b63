/*
 * Mutant: snapshot-shares-callers-map
 * Bug: the snapshot wraps the caller's map instead of copying it, so the caller can still change a published snapshot.
 * Caught by: tests
 */
package lab.visibility;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * One version of a configuration: an immutable set of settings.
 *
 * <p>Immutable means every field is final and set by the constructor, and nothing reachable
 * from the snapshot ever changes. Such an object can be shared with any thread without a lock.
 */
public final class ConfigSnapshot {

    // Final fields: the Java memory model guarantees that a thread that sees a reference to
    // this snapshot sees these fields as the constructor set them, however the reference reached it.
    private final long version;
    private final Map<String, String> settings;

    /**
     * Creates a snapshot holding a copy of {@code settings}; later changes to the caller's map
     * do not affect it.
     *
     * @throws NullPointerException if {@code settings} is null or holds a null key or value
     */
    public ConfigSnapshot(long version, Map<String, String> settings) {
        this.version = version;
        this.settings = Collections.unmodifiableMap(Objects.requireNonNull(settings));
    }

    /** The version of this snapshot: 0 for the empty initial one, then 1, 2, 3... in publish order. */
    public long version() {
        return version;
    }

    /** All settings, as an unmodifiable map. */
    public Map<String, String> settings() {
        return settings;
    }

    /** The value of one setting, or null if the snapshot has no such key. */
    public String get(String key) {
        return settings.get(key);
    }

    @Override
    public String toString() {
        return "ConfigSnapshot{version=" + version + ", settings=" + settings + "}";
    }
}
