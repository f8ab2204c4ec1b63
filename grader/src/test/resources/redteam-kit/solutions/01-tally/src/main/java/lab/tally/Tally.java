package lab.tally;

import java.util.ArrayList;
import java.util.List;

/** A running total that several threads may add to at once: one lock guards both fields. */
public final class Tally {

    private final List<Integer> history = new ArrayList<>();
    private int total;

    /** An empty tally: total 0, no history. */
    public Tally() {
    }

    /** Adds {@code amount} to the total and remembers it; safe to call from several threads at once. */
    public synchronized void add(int amount) {
        total += amount;
        history.add(amount);
    }

    /** The sum of every amount added so far. */
    public synchronized int total() {
        return total;
    }

    /** The amounts added so far, oldest first: a snapshot that later adds do not change. */
    public synchronized List<Integer> history() {
        return List.copyOf(history);
    }
}
