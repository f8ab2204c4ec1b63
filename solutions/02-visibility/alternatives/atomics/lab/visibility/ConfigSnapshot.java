/*
 * Alternative: atomics
 * Design: the snapshot is a record (its components are private final fields by construction)
 * whose compact constructor takes the defensive copy, instead of a hand-written final class.
 */
package lab.visibility;

import java.util.Map;

/**
 * One version of a configuration: an immutable set of settings, safe to share with any thread
 * without a lock.
 *
 * @param version the version: 0 for the empty initial one, then 1, 2, 3... in publish order
 * @param settings all settings, as an unmodifiable copy of the map the snapshot was built from
 */
public record ConfigSnapshot(long version, Map<String, String> settings) {

    /**
     * Keeps an unmodifiable copy of {@code settings}; later changes to the caller's map do not
     * affect the snapshot.
     *
     * @throws NullPointerException if {@code settings} is null or holds a null key or value
     */
    public ConfigSnapshot {
        settings = Map.copyOf(settings);
    }

    /** The value of one setting, or null if the snapshot has no such key. */
    public String get(String key) {
        return settings.get(key);
    }
}
