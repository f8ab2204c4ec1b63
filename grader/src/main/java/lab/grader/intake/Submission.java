package lab.grader.intake;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What is graded: the student's sources, copied out of the submission, and what else the
 * submission changed (which is ignored, and listed in the report).
 *
 * @param path where the submission came from, as the user named it
 * @param commit the submission's git commit, when it is a git checkout
 * @param sourcesRoot holds {@code NN-slug/src/main/java} for each exercise the submission has
 * @param changedOutsideAllowed files outside {@code exercises/*}{@code /src/main/java} that differ from the kit
 */
public record Submission(String path, Optional<String> commit, Path sourcesRoot, List<String> changedOutsideAllowed) {

    public Submission {
        changedOutsideAllowed = List.copyOf(changedOutsideAllowed);
    }

    /** The student's sources for one exercise (the directory may not exist). */
    public Path sourcesOf(String exerciseDirectoryName) {
        return sourcesRoot.resolve(exerciseDirectoryName).resolve("src/main/java");
    }
}
