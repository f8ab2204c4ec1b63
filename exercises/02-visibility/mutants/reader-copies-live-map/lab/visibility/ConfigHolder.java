/*
 * Mutant: reader-copies-live-map
 * Bug: publish() rewrites one shared map in place under a lock, and current() copies it without the lock, so a reader can copy a half-updated map.
 * Caught by: stress
 */
package lab.visibility;

import java.util.HashMap;
import java.util.Map;

/**
 * The current configuration of a running program: writers publish new versions, readers on
 * other threads read the current one.
 */
public final class ConfigHolder {

    private final Map<String, String> settings = new HashMap<>();
    private volatile long version;

    public ConfigHolder() {
    }

    public synchronized ConfigSnapshot publish(Map<String, String> newSettings) {
        ConfigSnapshot next = new ConfigSnapshot(version + 1, newSettings);
        settings.clear();
        settings.putAll(newSettings);
        version = next.version();
        return next;
    }

    public ConfigSnapshot current() {
        return new ConfigSnapshot(version, settings);
    }
}
