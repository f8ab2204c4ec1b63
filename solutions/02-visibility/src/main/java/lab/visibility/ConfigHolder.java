package lab.visibility;

import java.util.Map;

/**
 * The current configuration of a running program: writers publish new versions, readers on
 * other threads read the current one.
 *
 * <p>Readers never block and never see a snapshot that is only partly built.
 */
public final class ConfigHolder {

    // volatile: publishing is one write of this reference, reading is one read. The volatile
    // write/read pair orders the snapshot's construction before any reader's use of it, and makes
    // the newest snapshot visible to readers at once.
    private volatile ConfigSnapshot current = new ConfigSnapshot(0, Map.of());

    /** Creates a holder whose current snapshot is version 0 with no settings. */
    public ConfigHolder() {
    }

    /**
     * Publishes a copy of {@code settings} as the next version and returns it.
     *
     * <p>Versions increase by one with each publish, also when several threads publish at once:
     * no two publishes get the same version. Readers see either the previous snapshot or the new
     * one, never a mixture.
     *
     * @throws NullPointerException if {@code settings} is null or holds a null key or value; the
     *     current snapshot is then unchanged
     */
    public synchronized ConfigSnapshot publish(Map<String, String> settings) {
        // Read-increment-write of the version: synchronized so that two publishers cannot both
        // build version n + 1. Readers do not take the lock: they only read the volatile field.
        ConfigSnapshot next = new ConfigSnapshot(current.version() + 1, settings);
        current = next;
        return next;
    }

    /**
     * The current snapshot: the very object the most recent {@link #publish} returned, or the
     * empty version 0 before the first publish. Never blocks.
     */
    public ConfigSnapshot current() {
        return current;
    }
}
