package lab.grader.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The output directory of a grading: reports at its top, a fresh {@code work/} and {@code submission/} below. */
public final class WorkDirectory {

    private WorkDirectory() {
    }

    /** Creates {@code out} and empties what an earlier grading left in its work areas. */
    public static Path prepare(Path out) throws IOException {
        Path dir = out.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        deleteTree(dir.resolve("work"));
        deleteTree(dir.resolve("submission"));
        return dir;
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
