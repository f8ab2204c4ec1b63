package lab.tally;

import java.util.List;

/** Nothing honest: every answer is wrong. The attack is Expect, beside this class. */
public final class Tally {

    public Tally() {
    }

    public void add(int amount) {
    }

    public int total() {
        return 0;
    }

    public List<Integer> history() {
        return List.of();
    }
}
