package lab.grader.build;

import java.util.Optional;

/** Either the compiled exercise or the reason it did not compile. */
public record BuildResult(Optional<CompiledExercise> compiled, Optional<String> failure) {

    static BuildResult compiled(CompiledExercise compiled) {
        return new BuildResult(Optional.of(compiled), Optional.empty());
    }

    static BuildResult failed(String failure) {
        return new BuildResult(Optional.empty(), Optional.of(failure));
    }
}
