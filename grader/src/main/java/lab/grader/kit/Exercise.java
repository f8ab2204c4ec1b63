package lab.grader.kit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One exercise of the kit: its directory, its metadata, and where its parts live.
 *
 * @param directoryName {@code NN-slug}
 */
public record Exercise(String directoryName, Path directory, ExerciseMetadata metadata) {

    public String slug() {
        return metadata.slug();
    }

    /** The Java package the student's code lives in: {@code lab.} + the slug without dashes. */
    public String javaPackage() {
        return "lab." + slug().replace("-", "");
    }

    public Path stubSources() {
        return directory.resolve("src/main/java");
    }

    public Path testSources() {
        return directory.resolve("src/test/java");
    }

    public Path hiddenSources() {
        return directory.resolve("src/hidden/java");
    }

    public Path stressSources() {
        return directory.resolve("src/stress/java");
    }

    public Path speedSources() {
        return directory.resolve("src/speed/java");
    }

    public Path mutantsDirectory() {
        return directory.resolve("mutants");
    }

    public boolean hasHiddenTests() {
        return Files.isDirectory(hiddenSources());
    }

    public boolean hasStressTests() {
        return Files.isDirectory(stressSources());
    }
}
