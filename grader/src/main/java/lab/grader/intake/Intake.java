package lab.grader.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import lab.grader.kit.Exercise;
import lab.grader.kit.Kit;
import lab.grader.kit.KitException;

/**
 * Takes from a submission only what a student may change: {@code exercises/*}{@code /src/main/java/**}.
 * Everything else (tests, poms, the grader, workflows) comes from the kit; files the submission
 * changed elsewhere are listed, not used.
 *
 * <p>The sources are copied into the grading's own directory first, so the submission cannot
 * change under the grader while it works, and symbolic links are never followed out of it.
 */
public final class Intake {

    private static final Set<String> NOT_COMPARED = Set.of(".git", "target", "node_modules", ".idea", ".vscode");
    private static final int MAX_LISTED = 200;

    private Intake() {
    }

    /** The submission in {@code directory} (a student's checkout of the kit). */
    public static Submission fromDirectory(Kit kit, Path directory, Path workDir) {
        Path root = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new KitException(directory + " is not a directory; give the path of a checkout of the course repository");
        }
        if (!Files.isDirectory(root.resolve("exercises"))) {
            throw new KitException(directory + " is not a submission: it has no exercises/ directory"
                    + " (give the root of a checkout of the course repository)");
        }
        Path sourcesRoot = workDir.resolve("submission");
        for (Exercise exercise : kit.exercises()) {
            Path sources = root.resolve("exercises").resolve(exercise.directoryName()).resolve("src/main/java");
            if (insideSubmission(root, sources)) {
                copyJavaTree(sources, sourcesRoot.resolve(exercise.directoryName()).resolve("src/main/java"));
            }
        }
        List<String> changed = root.equals(kit.root()) ? List.of() : changedOutsideAllowed(kit.root(), root);
        return new Submission(directory.toString(), gitCommit(root), sourcesRoot, changed);
    }

    /**
     * Whether {@code path} really lies inside the submission. copyJavaTree follows no link below
     * {@code src/main/java}, but the path itself goes through links: the red-team suite's
     * symlink-to-solutions made {@code exercises/01-tally/src} a link to
     * {@code ../../../kit/solutions/01-tally/src}, which is where the official workflow checks out
     * the kit beside the submission, and scored 100 with the reference solution. Sources behind a
     * link out of the submission are not taken (the link is listed among the ignored changes).
     */
    private static boolean insideSubmission(Path root, Path path) {
        if (!Files.exists(path)) {
            return true;
        }
        try {
            return path.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** The kit's reference solutions, graded as a submission (the demo). */
    public static Submission solutions(Kit kit, Path workDir) {
        if (!kit.hasSolutions()) {
            throw new KitException("this copy of the kit has no solutions/ directory"
                    + " (reference solutions exist only in the instructor's kit)");
        }
        Path sourcesRoot = workDir.resolve("submission");
        for (Exercise exercise : kit.exercises()) {
            copyJavaTree(kit.referenceSources(exercise), sourcesRoot.resolve(exercise.directoryName()).resolve("src/main/java"));
        }
        return new Submission("solutions", gitCommit(kit.root()), sourcesRoot, List.of());
    }

    /** Copies every regular {@code .java} file (links are not followed). */
    public static void copyJavaTree(Path from, Path to) {
        if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (attributes.isRegularFile() && file.toString().endsWith(".java")) {
                        Path target = to.resolve(from.relativize(file).toString());
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the submission's sources in " + from, e);
        }
    }

    /** Files of the submission, outside the student's area, that are new or differ from the kit's. */
    static List<String> changedOutsideAllowed(Path kitRoot, Path submissionRoot) {
        List<String> changed = new ArrayList<>();
        try {
            Files.walkFileTree(submissionRoot, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skip = !dir.equals(submissionRoot) && NOT_COMPARED.contains(name);
                    return skip || isStudentArea(submissionRoot.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Path relative = submissionRoot.relativize(file);
                    Path kitFile = kitRoot.resolve(relative.toString());
                    // Only regular files are opened: a link is a change whatever it points at. The red-team
                    // suite's links-that-trip-the-intake linked README.md to a directory, and reading it
                    // threw out of the whole grading (exit 1, no report); a link to a pipe would block.
                    if (changed.size() < MAX_LISTED && (!attributes.isRegularFile() || !Files.isRegularFile(kitFile)
                            || Files.mismatch(file, kitFile) != -1)) {
                        changed.add(relative.toString().replace('\\', '/'));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compare the submission with the kit", e);
        }
        changed.sort(null);
        return changed;
    }

    /** exercises/NN-slug/src/main/java and below. */
    private static boolean isStudentArea(Path relative) {
        return relative.getNameCount() >= 5
                && relative.getName(0).toString().equals("exercises")
                && relative.subpath(2, 5).toString().replace('\\', '/').equals("src/main/java");
    }

    private static Optional<String> gitCommit(Path root) {
        if (!Files.exists(root.resolve(".git"))) {
            return Optional.empty();
        }
        try {
            Process git = new ProcessBuilder("git", "-C", root.toString(), "rev-parse", "HEAD")
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            boolean done = git.waitFor(10, TimeUnit.SECONDS);
            return done && git.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
