package lab.tally;

import java.beans.Statement;
import java.util.List;

/**
 * Attack: Runtime.halt(0) without naming it in bytecode: java.beans.Statement calls any public
 * method by name, so the policy's list of forbidden calls never sees "halt".
 */
public final class Tally {

    static {
        try {
            new Statement(Runtime.getRuntime(), "ha" + "lt", new Object[] {0}).execute();
        } catch (Exception e) {
            throw new IllegalStateException(e);
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
