package lab.grader.build;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The jars the grader runs on (JUnit, ArchUnit, jcstress, the kit's support library): exercises
 * are compiled against them and forked JVMs run on them.
 */
public final class GraderClasspath {

    private GraderClasspath() {
    }

    /** Every entry of this JVM's class path (the launcher puts the grader jar and its lib/ on it). */
    public static List<Path> entries() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath())
                .toList();
    }

    /** The grader's class path followed by the given directories of compiled exercise code. */
    public static List<Path> with(Path... exerciseDirs) {
        List<Path> classpath = new java.util.ArrayList<>(entries());
        classpath.addAll(List.of(exerciseDirs));
        return classpath;
    }

    /** The jcstress jar, whose annotation processor generates the stress tests' harness. */
    public static Path jcstressJar() {
        return entries().stream()
                .filter(p -> p.getFileName().toString().startsWith("jcstress-core"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("jcstress-core is not on the grader's class path"));
    }
}
