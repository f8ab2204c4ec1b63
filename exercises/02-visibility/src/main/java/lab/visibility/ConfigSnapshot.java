package lab.visibility;

import java.util.Map;

/**
 * One version of a configuration: an immutable set of settings.
 *
 * <p>Immutable means every field is final and set by the constructor, and nothing reachable
 * from the snapshot ever changes. Such an object can be shared with any thread without a lock.
 */
public final class ConfigSnapshot {

    /**
     * Creates a snapshot holding a copy of {@code settings}; later changes to the caller's map
     * do not affect it.
     *
     * @throws NullPointerException if {@code settings} is null or holds a null key or value
     */
    public ConfigSnapshot(long version, Map<String, String> settings) {
        throw new UnsupportedOperationException(
                "TODO: keep the version and a copy of the settings that no one can change");
    }

    /** The version of this snapshot: 0 for the empty initial one, then 1, 2, 3... in publish order. */
    public long version() {
        throw new UnsupportedOperationException("TODO: return the version");
    }

    /** All settings, as an unmodifiable map. */
    public Map<String, String> settings() {
        throw new UnsupportedOperationException("TODO: return the settings; callers must not be able to change them");
    }

    /** The value of one setting, or null if the snapshot has no such key. */
    public String get(String key) {
        throw new UnsupportedOperationException("TODO: look the key up in the settings");
    }
}
