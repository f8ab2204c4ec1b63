package org.junit.jupiter.api;

/** Attack: JUnit's Assertions, replaced by one whose assertions never fail. */
public final class Assertions {

    private Assertions() {
    }

    public static void assertEquals(Object expected, Object actual, String message) {
    }

    public static void assertEquals(int expected, int actual, String message) {
    }

    public static void assertFalse(boolean condition, String message) {
    }
}
