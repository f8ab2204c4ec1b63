package lab.visibility.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.Map;
import lab.visibility.ConfigHolder;
import lab.visibility.ConfigSnapshot;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * A reader takes the current configuration while a writer publishes new versions.
 *
 * <p>Every published version n holds a=n, b=n, c=n. The writer publishes {@value #ROUNDS}
 * versions; until it is done, the reader keeps reading the current snapshot and checks each one:
 * all three settings must equal its version, and versions must never go back. Repeating the
 * operations inside each sample gives the race thousands of chances even in jcstress's shortest
 * mode ({@code -m sanity}), whichever of the two threads the JIT has compiled.
 *
 * <p>Results, each 0 or 1: r1 is 1 if the reader saw a snapshot whose settings did not match its
 * version (partly built, or a mixture of two versions); r2 is 1 if the reader saw an older
 * version after a newer one.
 */
@JCStressTest
@Outcome(id = "0, 0", expect = ACCEPTABLE,
        desc = "Every snapshot the reader saw was complete, and versions only went forward.")
@Outcome(id = "1, 0", expect = FORBIDDEN,
        desc = "The reader saw a snapshot that was only partly built or mixed two versions: "
                + "readers must only ever see complete snapshots.")
@Outcome(id = "0, 1", expect = FORBIDDEN,
        desc = "The reader saw an older version after a newer one.")
@Outcome(expect = FORBIDDEN,
        desc = "The reader saw incomplete snapshots and versions going back.")
@State
public class SnapshotPublicationRace {

    static final int ROUNDS = 1_000;

    private static final Map<String, String>[] CONFIGS = configs();

    private final ConfigHolder holder = new ConfigHolder();
    private volatile boolean writerDone;

    @SuppressWarnings("unchecked")
    private static Map<String, String>[] configs() {
        Map<String, String>[] configs = new Map[ROUNDS + 1];
        for (int version = 1; version <= ROUNDS; version++) {
            String value = String.valueOf(version);
            configs[version] = Map.of("a", value, "b", value, "c", value);
        }
        return configs;
    }

    @Actor
    public void writer() {
        try {
            for (int version = 1; version <= ROUNDS; version++) {
                holder.publish(CONFIGS[version]);
            }
        } finally {
            writerDone = true;
        }
    }

    @Actor
    public void reader(II_Result r) {
        long lastVersion = 0;
        boolean lastRound = false;
        while (!lastRound) {
            // One more read after the writer is done, so that every sample reads at least once.
            lastRound = writerDone;
            ConfigSnapshot snapshot = holder.current();
            long version = snapshot.version();
            if (!isComplete(snapshot, version)) {
                r.r1 = 1;
            }
            if (version < lastVersion) {
                r.r2 = 1;
            }
            lastVersion = version;
        }
    }

    private static boolean isComplete(ConfigSnapshot snapshot, long version) {
        if (version == 0) {
            return snapshot.settings().isEmpty();
        }
        String expected = String.valueOf(version);
        return expected.equals(snapshot.get("a")) && expected.equals(snapshot.get("b"))
                && expected.equals(snapshot.get("c")) && snapshot.settings().size() == 3;
    }
}
