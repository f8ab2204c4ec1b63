package lab.tally;

import java.util.List;

/** A running total that several threads may add to at once. */
public final class Tally {

    /** An empty tally: total 0, no history. */
    public Tally() {
    }

    /** Adds {@code amount} to the total and remembers it; safe to call from several threads at once. */
    public void add(int amount) {
        throw new UnsupportedOperationException("TODO: add the amount and remember it");
    }

    /** The sum of every amount added so far. */
    public int total() {
        throw new UnsupportedOperationException("TODO: return the total");
    }

    /** The amounts added so far, oldest first: a snapshot that later adds do not change. */
    public List<Integer> history() {
        throw new UnsupportedOperationException("TODO: return a copy of the history");
    }
}
