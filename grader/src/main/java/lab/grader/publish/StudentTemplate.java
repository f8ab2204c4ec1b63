package lab.grader.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.regex.Pattern;
import lab.grader.kit.Kit;

/**
 * The student repository, made from the instructor's kit by leaving out everything a student
 * must not see or need: reference solutions, hidden tests, mutants, the instructor guide, the
 * kit's own CI, the official-grading workflow and draft exercises. The student README replaces the kit's.
 */
public final class StudentTemplate {

    /** Paths (relative, with forward slashes) that never go to students. */
    private static final List<Pattern> LEFT_OUT = List.of(
            Pattern.compile("\\.git(/.*)?"),
            Pattern.compile("(.*/)?target(/.*)?"),
            Pattern.compile("(.*/)?node_modules(/.*)?"),
            Pattern.compile("solutions(/.*)?"),
            Pattern.compile("exercises/[^/]+/src/hidden(/.*)?"),
            Pattern.compile("exercises/[^/]+/mutants(/.*)?"),
            Pattern.compile("instructor-guide(/.*)?"),
            Pattern.compile("\\.ci(/.*)?"),
            Pattern.compile("\\.github/workflows/(kit-ci|official)\\.yml"),
            Pattern.compile("grader/src/test(/.*)?"),
            Pattern.compile("roster\\.json"));

    /** Where the student README lives in the kit. */
    static final String STUDENT_README = "grader/src/main/resources/student-template/README.md";

    private StudentTemplate() {
    }

    /** What was written. */
    public record Summary(int files, int exercises) {
    }

    public static Summary write(Kit kit, Path out) throws IOException {
        Path root = kit.root();
        List<Pattern> leftOut = new java.util.ArrayList<>(LEFT_OUT);
        kit.drafts().forEach(d -> leftOut.add(Pattern.compile("exercises/" + Pattern.quote(d.directoryName()) + "(/.*)?")));
        int[] files = {0};
        Files.createDirectories(out);
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(root) && isLeftOut(leftOut, relative(root, dir))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(out.resolve(relative(root, dir)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String path = relative(root, file);
                if (attributes.isRegularFile() && !isLeftOut(leftOut, path)) {
                    Files.copy(file, out.resolve(path), StandardCopyOption.COPY_ATTRIBUTES);
                    files[0]++;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Files.copy(root.resolve(STUDENT_README), out.resolve("README.md"), StandardCopyOption.REPLACE_EXISTING);
        return new Summary(files[0], kit.exercises().size());
    }

    static boolean isLeftOut(List<Pattern> leftOut, String relativePath) {
        return leftOut.stream().anyMatch(p -> p.matcher(relativePath).matches());
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
