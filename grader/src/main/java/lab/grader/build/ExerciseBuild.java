package lab.grader.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import lab.grader.kit.Exercise;

/**
 * Compiles a submission's sources for one exercise together with the kit's tests for it.
 *
 * <p>The layout under the work directory mimics Maven's ({@code target/classes},
 * {@code target/test-classes}) so that ArchUnit's {@code ImportOption.DoNotIncludeTests} tells
 * the student's classes from the tests, exactly as under Surefire.
 */
public final class ExerciseBuild {

    private ExerciseBuild() {
    }

    /** Which parts of the kit to compile beside the student's code. */
    public record Parts(boolean hidden, boolean stress, boolean speed) {
    }

    /**
     * Compiles {@code mainSources} and then the exercise's test trees that {@code parts} asks for.
     *
     * @return the compiled class directories, or the first compilation failure
     */
    public static BuildResult build(Exercise exercise, Path mainSources, Path workDir, Parts parts) {
        Path target = workDir.resolve("target");
        Path classes = target.resolve("classes");
        List<Path> libraries = GraderClasspath.entries();

        Optional<String> failure = JavaCompilation.compile(mainSources, libraries, classes, null);
        if (failure.isPresent()) {
            return BuildResult.failed("your code does not compile:\n" + failure.get());
        }
        Path testClasses = target.resolve("test-classes");
        failure = JavaCompilation.compile(exercise.testSources(), plus(libraries, classes), testClasses, null);
        if (failure.isPresent()) {
            return BuildResult.failed("the visible tests do not compile against your code"
                    + " (did you change the public API of the stub?):\n" + failure.get());
        }
        Path hiddenClasses = null;
        if (parts.hidden() && exercise.hasHiddenTests()) {
            hiddenClasses = target.resolve("hidden-test-classes");
            failure = JavaCompilation.compile(exercise.hiddenSources(), plus(libraries, classes, testClasses), hiddenClasses, null);
            if (failure.isPresent()) {
                return BuildResult.failed("the hidden tests do not compile against your code"
                        + " (did you change the public API of the stub?):\n" + failure.get());
            }
        }
        Path stressClasses = null;
        if (parts.stress() && exercise.hasStressTests()) {
            stressClasses = target.resolve("stress-classes");
            failure = JavaCompilation.compile(exercise.stressSources(), plus(libraries, classes), stressClasses,
                    GraderClasspath.jcstressJar());
            if (failure.isPresent()) {
                return BuildResult.failed("the jcstress tests do not compile against your code:\n" + failure.get());
            }
        }
        Path speedClasses = null;
        if (parts.speed() && Files.isDirectory(exercise.speedSources())) {
            speedClasses = target.resolve("speed-classes");
            failure = JavaCompilation.compile(exercise.speedSources(), plus(libraries, classes), speedClasses, null);
            if (failure.isPresent()) {
                return BuildResult.failed("the speed workload does not compile against your code:\n" + failure.get());
            }
        }
        Optional<String> clash = classOfTheKit(classes, testClasses, hiddenClasses, stressClasses, speedClasses);
        if (clash.isPresent()) {
            return BuildResult.failed("your code defines " + clash.get() + ", which is the name of a class of the kit's"
                    + " tests; rename your class");
        }
        return BuildResult.compiled(new CompiledExercise(classes, testClasses,
                Optional.ofNullable(hiddenClasses), Optional.ofNullable(stressClasses), Optional.ofNullable(speedClasses)));
    }

    /**
     * A class that both the student's code and the kit's tests define. Forks put the student's
     * classes before the tests' on the class path, so the student's would replace the kit's at run
     * time: the red-team suite's shadows-a-test-helper defined lab.tally.Expect, the tests'
     * assertion helper, with assertions that never fail, and scored 100 with every answer wrong
     * (most real exercises have such helpers: Matrices, Images, PoolTestSupport ...).
     */
    private static Optional<String> classOfTheKit(Path classes, Path... kitTrees) {
        for (Path tree : kitTrees) {
            if (tree == null || !Files.isDirectory(tree)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(tree)) {
                Optional<String> clash = files
                        .filter(file -> file.toString().endsWith(".class"))
                        .map(file -> tree.relativize(file).toString())
                        .filter(relative -> Files.exists(classes.resolve(relative)))
                        .map(relative -> relative.substring(0, relative.length() - ".class".length())
                                .replace(java.io.File.separatorChar, '.'))
                        .sorted()
                        .findFirst();
                if (clash.isPresent()) {
                    return clash;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    private static List<Path> plus(List<Path> base, Path... more) {
        List<Path> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }
}
