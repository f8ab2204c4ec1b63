package lab.grader.build;

import java.nio.file.Path;
import java.util.Optional;

/** The class directories of one compiled exercise: the student's code and the kit's tests. */
public record CompiledExercise(
        Path classes,
        Path testClasses,
        Optional<Path> hiddenTestClasses,
        Optional<Path> stressClasses,
        Optional<Path> speedClasses) {
}
