package lab.visibility;

import java.util.Map;

/**
 * The current configuration of a running program: writers publish new versions, readers on
 * other threads read the current one.
 *
 * <p>Readers never block and never see a snapshot that is only partly built.
 */
public final class ConfigHolder {

    /** Creates a holder whose current snapshot is version 0 with no settings. */
    public ConfigHolder() {
        throw new UnsupportedOperationException("TODO: start with an empty snapshot, version 0");
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
    public ConfigSnapshot publish(Map<String, String> settings) {
        throw new UnsupportedOperationException(
                "TODO: build the next snapshot completely, then make it the current one");
    }

    /**
     * The current snapshot: the very object the most recent {@link #publish} returned, or the
     * empty version 0 before the first publish. Never blocks.
     */
    public ConfigSnapshot current() {
        throw new UnsupportedOperationException("TODO: return the current snapshot");
    }
}
