package lab.grader.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        if (parts.speed() && java.nio.file.Files.isDirectory(exercise.speedSources())) {
            speedClasses = target.resolve("speed-classes");
            failure = JavaCompilation.compile(exercise.speedSources(), plus(libraries, classes), speedClasses, null);
            if (failure.isPresent()) {
                return BuildResult.failed("the speed workload does not compile against your code:\n" + failure.get());
            }
        }
        return BuildResult.compiled(new CompiledExercise(classes, testClasses,
                Optional.ofNullable(hiddenClasses), Optional.ofNullable(stressClasses), Optional.ofNullable(speedClasses)));
    }

    private static List<Path> plus(List<Path> base, Path... more) {
        List<Path> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }
}
