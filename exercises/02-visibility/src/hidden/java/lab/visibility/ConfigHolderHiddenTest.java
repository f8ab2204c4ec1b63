package lab.visibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConfigHolderHiddenTest {

    @Test
    void publishingNullChangesNothing() {
        ConfigHolder holder = new ConfigHolder();
        ConfigSnapshot first = holder.publish(Map.of("host", "alpha"));

        assertThrows(NullPointerException.class, () -> holder.publish(null), "publish(null) must throw");
        assertSame(first, holder.current(), "a rejected publish must leave the current snapshot as it was");
        assertEquals(2, holder.publish(Map.of("host", "beta")).version(),
                "a rejected publish must not use up a version number");
    }

    @Test
    void aNullKeyOrValueIsRejectedAndChangesNothing() {
        ConfigHolder holder = new ConfigHolder();
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("host", null);
        Map<String, String> nullKey = new HashMap<>();
        nullKey.put(null, "alpha");

        assertThrows(NullPointerException.class, () -> holder.publish(nullValue), "a null value must be rejected");
        assertThrows(NullPointerException.class, () -> holder.publish(nullKey), "a null key must be rejected");
        assertEquals(0, holder.current().version(), "rejected publishes must leave version 0 current");
        assertEquals(1, holder.publish(Map.of("host", "alpha")).version());
    }

    @Test
    void aSnapshotRejectsNullSettings() {
        assertThrows(NullPointerException.class, () -> new ConfigSnapshot(1, null));
    }

    @Test
    void anEmptyConfigurationCanBePublished() {
        ConfigHolder holder = new ConfigHolder();
        holder.publish(Map.of("host", "alpha"));

        ConfigSnapshot empty = holder.publish(Map.of());

        assertEquals(2, empty.version());
        assertTrue(holder.current().settings().isEmpty());
        assertNull(holder.current().get("host"));
    }

    @Test
    void aSnapshotBuiltDirectlyCopiesItsMap() {
        Map<String, String> settings = new HashMap<>(Map.of("host", "alpha"));
        ConfigSnapshot snapshot = new ConfigSnapshot(3, settings);

        settings.clear();

        assertEquals(Map.of("host", "alpha"), snapshot.settings(), "a snapshot must keep its own copy of the settings");
        assertThrows(UnsupportedOperationException.class, () -> snapshot.settings().clear());
    }

    @Test
    void concurrentPublishesGetDistinctConsecutiveVersions() {
        ConfigHolder holder = new ConfigHolder();
        int threads = 4;
        int each = 5_000;
        Set<Long> versions = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        TestThreads.runTogether(threads, "publisher", i -> {
            // A mutable map of some size: copying it takes a while, as it would in a real program.
            Map<String, String> settings = new HashMap<>();
            for (int key = 0; key < 32; key++) {
                settings.put("key-" + key, "publisher-" + i);
            }
            for (int n = 0; n < each; n++) {
                ConfigSnapshot published = holder.publish(settings);
                if (!versions.add(published.version())) {
                    duplicates.incrementAndGet();
                }
            }
        });

        int total = threads * each;
        assertEquals(0, duplicates.get(), duplicates.get() + " publishes got a version another publish also got: "
                + "reading the current version and publishing the next one must happen as one step");
        assertEquals(total, holder.current().version(), "after " + total + " publishes the version must be " + total);
        assertEquals(total, versions.size());
        assertEquals(Long.valueOf(1), new TreeSet<>(versions).first());
        assertEquals(Long.valueOf(total), new TreeSet<>(versions).last());
    }

    @Test
    void manyReadersOnlySeeCompleteSnapshotsWhileAWriterPublishes() {
        ConfigHolder holder = new ConfigHolder();
        int versions = 50_000;
        AtomicBoolean done = new AtomicBoolean();
        try (TestThreads threads = new TestThreads()) {
            for (int i = 0; i < 3; i++) {
                threads.start("reader-" + i, () -> ConfigHolderTest.readUntilDone(holder, done));
            }
            threads.start("writer", () -> {
                try {
                    for (int version = 1; version <= versions; version++) {
                        holder.publish(ConfigHolderTest.settingsOf(version));
                    }
                } finally {
                    done.set(true);
                }
            });
        }
        assertEquals(versions, holder.current().version());
    }
}
