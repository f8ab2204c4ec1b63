package lab.tally;

import java.util.List;

/**
 * Attack: a class with the name of the tests' assertion helper (lab.tally.Expect, in the same
 * package as the student's code, named in every failure's stack trace). If the student's classes
 * come first on the fork's class path, the tests call these assertions, which never fail. No
 * JUnit in sight, so the student-code policy has nothing to object to.
 */
final class Expect {

    private Expect() {
    }

    static void total(int expected, Tally tally, String what) {
    }

    static void history(List<Integer> expected, List<Integer> actual, String what) {
    }
}
