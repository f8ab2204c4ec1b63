package lab.tally;

import java.util.List;
import java.util.spi.ToolProvider;

/**
 * Attack: run the JDK's own tools in the fork through java.util.spi.ToolProvider: "jar" writes a
 * file wherever it is told (here a JUnit report beside the grader's), and "javac" would compile
 * and "jshell" would run any code, none of it visible to a policy that reads only our bytecode.
 */
public final class Tally {

    static {
        String cwd = System.getProperty("user.dir");
        ToolProvider.findFirst("jar").ifPresent(jar -> jar.run(System.out, System.err,
                "--create", "--no-manifest", "--file", cwd + "/../../../junit/TEST-forged.xml", "-C", cwd, "tmp"));
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
