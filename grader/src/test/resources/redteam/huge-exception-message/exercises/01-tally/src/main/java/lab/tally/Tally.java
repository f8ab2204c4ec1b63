package lab.tally;

import java.util.List;

/**
 * Attack: failures the harness cannot afford to describe: a 32-million-character message, an
 * exception whose toString() and getMessage() throw, and a chain of 10,000 causes.
 */
public final class Tally {

    private boolean sawNegative;

    public Tally() {
    }

    public void add(int amount) {
        sawNegative |= amount < 0;
    }

    public int total() {
        if (sawNegative) {
            RuntimeException chain = new RuntimeException("the first cause");
            for (int i = 0; i < 10_000; i++) {
                chain = new RuntimeException("cause " + i, chain);
            }
            throw chain;
        }
        throw new IllegalStateException("huge " + "0123456789abcdef".repeat(2 << 20));
    }

    public List<Integer> history() {
        throw new Indescribable();
    }

    /** An exception that throws when asked to describe itself. */
    private static final class Indescribable extends RuntimeException {

        @Override
        public String getMessage() {
            throw new IllegalStateException("no message for you");
        }

        @Override
        public String toString() {
            throw new IllegalStateException("no description either");
        }
    }
}
