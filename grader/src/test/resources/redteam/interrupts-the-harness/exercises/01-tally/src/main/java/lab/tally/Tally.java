package lab.tally;

import java.util.List;

/**
 * Attack: meddle with the harness's own thread. Every method fails with an exception whose
 * toString() runs on the thread that describes failures, the harness's main thread: it interrupts
 * that thread, lowers its priority and renames it like the watchdog (whose threads the thread
 * dump leaves out).
 */
public final class Tally {

    public Tally() {
    }

    public void add(int amount) {
        throw new Meddling();
    }

    public int total() {
        throw new Meddling();
    }

    public List<Integer> history() {
        throw new Meddling();
    }

    /** An exception that meddles with whichever thread describes it. */
    private static final class Meddling extends RuntimeException {

        @Override
        public String toString() {
            Thread describer = Thread.currentThread();
            describer.interrupt();
            describer.setPriority(Thread.MIN_PRIORITY);
            describer.setName("lab-watchdog-" + describer.getName());
            return "meddled with " + describer.getName();
        }
    }
}
