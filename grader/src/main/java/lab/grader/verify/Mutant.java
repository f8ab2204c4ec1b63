package lab.grader.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lab.grader.kit.CheckKind;

/**
 * A known-wrong implementation of an exercise: files laid over the reference, and the check
 * (named in each file's header) that must catch it.
 *
 * @param caughtBy the check named by the header, or empty when the header is missing or unclear
 * @param problem what is wrong with the header, when it is
 */
public record Mutant(String name, Path directory, String bug, Optional<CheckKind> caughtBy, String problem) {

    private static final Pattern CAUGHT_BY = Pattern.compile("(?m)^\\s*\\*?\\s*Caught by:\\s*(\\w+)");
    private static final Pattern BUG = Pattern.compile("(?m)^\\s*\\*?\\s*Bug:\\s*(.+)$");

    /** The mutants under {@code mutants/}, by directory name. */
    public static List<Mutant> in(Path mutantsDirectory) {
        if (!Files.isDirectory(mutantsDirectory)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(mutantsDirectory)) {
            List<Mutant> mutants = new ArrayList<>();
            for (Path dir : children.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString)).toList()) {
                mutants.add(read(dir));
            }
            return mutants;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Mutant read(Path dir) throws IOException {
        String name = dir.getFileName().toString();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        if (files.isEmpty()) {
            return new Mutant(name, dir, "", Optional.empty(), "no .java files");
        }
        CheckKind caughtBy = null;
        String bug = "";
        for (Path file : files) {
            String text = Files.readString(file);
            Matcher caught = CAUGHT_BY.matcher(text);
            if (!caught.find() || CheckKind.fromId(caught.group(1)) == null) {
                return new Mutant(name, dir, bug, Optional.empty(),
                        dir.relativize(file) + " lacks a header line 'Caught by: tests|hidden|stress|design|speed'");
            }
            CheckKind kind = CheckKind.fromId(caught.group(1));
            if (caughtBy != null && caughtBy != kind) {
                return new Mutant(name, dir, bug, Optional.empty(), "its files name different checks");
            }
            caughtBy = kind;
            Matcher bugLine = BUG.matcher(text);
            if (bugLine.find()) {
                bug = bugLine.group(1).trim();
            }
        }
        return new Mutant(name, dir, bug, Optional.of(caughtBy), "");
    }
}
