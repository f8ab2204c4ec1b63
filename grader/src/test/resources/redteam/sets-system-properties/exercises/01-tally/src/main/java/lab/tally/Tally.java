package lab.tally;

import java.util.List;

/**
 * Attack: change system properties although System.setProperty is forbidden, through the mutable
 * Properties object that System.getProperties() returns. JUnit reads some of its settings from
 * system properties, and so does the JDK (XML processing limits, for one).
 */
public final class Tally {

    static {
        System.getProperties().setProperty("junit.jupiter.execution.timeout.testable.method.default", "1 d");
        System.getProperties().setProperty("jdk.xml.enableExtensionFunctions", "true");
    }

    public Tally() {
    }

    public void add(int amount) {
        throw new IllegalStateException("property set: " + System.getProperty("jdk.xml.enableExtensionFunctions"));
    }

    public int total() {
        throw new UnsupportedOperationException("TODO: return the total");
    }

    public List<Integer> history() {
        throw new UnsupportedOperationException("TODO: return a copy of the history");
    }
}
