package lab.grader.kit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The course kit on disk: its exercises and, in the instructor's copy, their reference solutions.
 */
public final class Kit {

    private static final Pattern EXERCISE_DIRECTORY = Pattern.compile("\\d\\d-[a-z0-9-]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final List<Exercise> exercises;
    private final List<Exercise> drafts;

    private Kit(Path root, List<Exercise> all) {
        this.root = root;
        this.exercises = all.stream().filter(e -> !e.metadata().draft()).toList();
        this.drafts = all.stream().filter(e -> e.metadata().draft()).toList();
    }

    /** Opens the kit at {@code root}; fails with a {@link KitException} if it is not one. */
    public static Kit open(Path root) {
        Path exercisesDirectory = root.resolve("exercises");
        if (!Files.isDirectory(exercisesDirectory)) {
            throw new KitException(root + " is not a Concurrency Lab kit (it has no exercises/ directory)");
        }
        List<Exercise> exercises = new ArrayList<>();
        for (Path directory : exerciseDirectories(exercisesDirectory)) {
            exercises.add(load(directory));
        }
        return new Kit(root.toAbsolutePath().normalize(), exercises);
    }

    public Path root() {
        return root;
    }

    /** The exercises ready for students (drafts left out). */
    public List<Exercise> exercises() {
        return exercises;
    }

    /** Exercises still being written: graded or verified only when named with {@code --drafts}. */
    public List<Exercise> drafts() {
        return drafts;
    }

    /** This kit with its drafts counted as ready (for authors: {@code --drafts}). */
    public Kit withDrafts() {
        List<Exercise> all = new ArrayList<>(exercises);
        all.addAll(drafts);
        all.sort(Comparator.comparing(Exercise::directoryName));
        return new Kit(root, all.stream().map(Kit::notDraft).toList());
    }

    private static Exercise notDraft(Exercise e) {
        ExerciseMetadata m = e.metadata();
        return new Exercise(e.directoryName(), e.directory(), new ExerciseMetadata(m.slug(), m.title(), m.track(),
                m.concepts(), m.points(), m.timeLimitSeconds(), m.allow(), m.speed(), false));
    }

    /** Whether this copy holds the reference solutions (the instructor's kit). */
    public boolean hasSolutions() {
        return Files.isDirectory(root.resolve("solutions"));
    }

    public Path referenceSources(Exercise exercise) {
        return root.resolve("solutions").resolve(exercise.directoryName()).resolve("src/main/java");
    }

    /**
     * Where the exercise's alternative solutions live: {@code solutions/NN-slug/alternatives/NAME/},
     * each a whole source tree, correct but built differently from the reference.
     */
    public Path alternativesDirectory(Exercise exercise) {
        return root.resolve("solutions").resolve(exercise.directoryName()).resolve("alternatives");
    }

    /**
     * The exercises named by a comma-separated list of slugs (or all of them when {@code only} is
     * empty), in kit order; an unknown slug is a {@link KitException} that lists the known ones.
     */
    public List<Exercise> select(List<String> only) {
        if (only == null || only.isEmpty()) {
            return exercises;
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String slug : only) {
            String trimmed = slug.trim();
            if (!trimmed.isEmpty()) {
                wanted.add(trimmed);
            }
        }
        for (String slug : wanted) {
            if (exercises.stream().noneMatch(e -> e.slug().equals(slug) || e.directoryName().equals(slug))) {
                if (drafts.stream().anyMatch(e -> e.slug().equals(slug) || e.directoryName().equals(slug))) {
                    throw new KitException("'" + slug + "' is a draft exercise; add --drafts to grade or verify it");
                }
                throw new KitException("unknown exercise '" + slug + "'; the exercises are: "
                        + String.join(", ", exercises.stream().map(Exercise::slug).toList()));
            }
        }
        return exercises.stream()
                .filter(e -> wanted.contains(e.slug()) || wanted.contains(e.directoryName()))
                .toList();
    }

    private static List<Path> exerciseDirectories(Path exercisesDirectory) {
        try (Stream<Path> children = Files.list(exercisesDirectory)) {
            return children
                    .filter(Files::isDirectory)
                    .filter(p -> EXERCISE_DIRECTORY.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isRegularFile(p.resolve("exercise.json")))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Exercise load(Path directory) {
        Path file = directory.resolve("exercise.json");
        try {
            ExerciseMetadata metadata = JSON.readValue(file.toFile(), ExerciseMetadata.class);
            String name = directory.getFileName().toString();
            if (metadata.slug() == null || !name.endsWith("-" + metadata.slug())) {
                throw new KitException(file + ": \"slug\" must be the directory name without its number ("
                        + name.substring(3) + ")");
            }
            return new Exercise(name, directory.toAbsolutePath().normalize(), metadata);
        } catch (IOException e) {
            throw new KitException(file + " is not valid exercise metadata: " + e.getMessage());
        }
    }
}
