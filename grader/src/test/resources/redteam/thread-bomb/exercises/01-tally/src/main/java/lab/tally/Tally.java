package lab.tally;

import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Attack: a thread bomb. The first test to touch Tally starts parked daemon threads as fast as it
 * can (up to 10,000, a bound that keeps the machine itself safe), then never returns.
 */
public final class Tally {

    static {
        explode();
    }

    private static void explode() {
        for (int i = 0; i < 10_000; i++) {
            Thread thread = new Thread(LockSupport::park, "bomb-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        while (true) {
            LockSupport.park();
        }
    }

    public Tally() {
    }

    public void add(int amount) {
        throw new UnsupportedOperationException("TODO: add the amount and remember it");
    }

    public int total() {
        throw new UnsupportedOperationException("TODO: return the total");
    }

    public List<Integer> history() {
        throw new UnsupportedOperationException("TODO: return a copy of the history");
    }
}
