package lab.visibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConfigHolderTest {

    @Test
    void aNewHolderHoldsAnEmptyVersionZero() {
        ConfigSnapshot initial = new ConfigHolder().current();

        assertEquals(0, initial.version(), "before any publish, the current snapshot is version 0");
        assertTrue(initial.settings().isEmpty(), "before any publish, the current snapshot has no settings");
    }

    @Test
    void publishMakesTheNextVersionCurrent() {
        ConfigHolder holder = new ConfigHolder();

        ConfigSnapshot first = holder.publish(Map.of("host", "alpha", "port", "80"));
        ConfigSnapshot second = holder.publish(Map.of("host", "beta"));

        assertEquals(1, first.version(), "the first publish is version 1");
        assertEquals(2, second.version(), "the second publish is version 2");
        assertSame(second, holder.current(), "current() must return the snapshot the last publish returned");
        assertEquals(Map.of("host", "beta"), holder.current().settings());
        assertEquals("beta", holder.current().get("host"));
        assertNull(holder.current().get("port"), "a key the snapshot does not have reads as null");
    }

    @Test
    void aPublishedSnapshotIsACopyTheCallerCannotChange() {
        ConfigHolder holder = new ConfigHolder();
        Map<String, String> settings = new HashMap<>(Map.of("host", "alpha"));

        holder.publish(settings);
        settings.put("host", "changed");
        settings.put("extra", "sneaked in");

        assertEquals(Map.of("host", "alpha"), holder.current().settings(),
                "the publisher changed its own map after publishing, and the published snapshot changed too: "
                        + "a snapshot must hold its own copy, or it is not immutable");
    }

    @Test
    void aSnapshotsSettingsCannotBeModified() {
        ConfigSnapshot snapshot = new ConfigSnapshot(7, Map.of("host", "alpha"));

        assertThrows(UnsupportedOperationException.class, () -> snapshot.settings().put("host", "changed"),
                "settings() must be unmodifiable: anyone could otherwise change a snapshot that other threads share");
        assertEquals(7, snapshot.version());
        assertEquals("alpha", snapshot.get("host"));
    }

    @Test
    void anOlderSnapshotNeverChangesWhenANewOneIsPublished() {
        ConfigHolder holder = new ConfigHolder();
        holder.publish(Map.of("host", "alpha"));
        ConfigSnapshot old = holder.current();

        holder.publish(Map.of("host", "beta", "port", "8080"));

        assertEquals(1, old.version(), "a snapshot a reader already holds must not change");
        assertEquals(Map.of("host", "alpha"), old.settings(),
                "a snapshot a reader already holds must not change: publish a new snapshot, never edit the current one");
    }

    @Test
    void readersOnOtherThreadsOnlySeeCompleteSnapshots() {
        ConfigHolder holder = new ConfigHolder();
        int versions = 5_000;
        AtomicBoolean done = new AtomicBoolean();
        try (TestThreads threads = new TestThreads()) {
            threads.start("reader", () -> readUntilDone(holder, done));
            threads.start("writer", () -> {
                try {
                    for (int version = 1; version <= versions; version++) {
                        holder.publish(settingsOf(version));
                    }
                } finally {
                    done.set(true);
                }
            });
        }
        assertEquals(versions, holder.current().version(), "after " + versions + " publishes");
    }

    /** The settings of version n: three keys, all with the value n. */
    static Map<String, String> settingsOf(long version) {
        String value = String.valueOf(version);
        return Map.of("a", value, "b", value, "c", value);
    }

    /** Reads snapshots until {@code done}, failing on one that is incomplete or older than the last one. */
    static void readUntilDone(ConfigHolder holder, AtomicBoolean done) {
        long last = 0;
        while (!done.get()) {
            ConfigSnapshot snapshot = holder.current();
            long version = snapshot.version();
            Map<String, String> expected = version == 0 ? Map.of() : settingsOf(version);
            assertEquals(expected, snapshot.settings(), "a reader saw version " + version + " with settings "
                    + snapshot.settings() + ": a snapshot was visible before it was complete, or it changed later");
            assertTrue(version >= last, "a reader saw version " + version + " after version " + last);
            last = version;
        }
    }
}
