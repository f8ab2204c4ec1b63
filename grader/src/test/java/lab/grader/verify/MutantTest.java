package lab.grader.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lab.grader.kit.CheckKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MutantTest {

    @TempDir
    Path mutants;

    private Path write(String mutant, String relativeFile, String text) throws IOException {
        Path file = mutants.resolve(mutant).resolve(relativeFile);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static String header(String name, String bug, String caughtBy) {
        return "/*\n * Mutant: " + name + "\n * Bug: " + bug + "\n * Caught by: " + caughtBy + "\n */\n"
                + "package lab.toy;\n\npublic final class Toy {\n}\n";
    }

    private Mutant only() {
        List<Mutant> found = Mutant.in(mutants);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void readsTheNameTheBugAndTheCheckFromTheHeader() throws IOException {
        write("plain-increment", "lab/toy/Toy.java",
                header("plain-increment", "count++ on a plain int: one increment is lost.", "stress"));
        Mutant mutant = only();
        assertEquals("plain-increment", mutant.name());
        assertEquals(mutants.resolve("plain-increment"), mutant.directory());
        assertEquals("count++ on a plain int: one increment is lost.", mutant.bug());
        assertEquals(Optional.of(CheckKind.STRESS), mutant.caughtBy());
        assertEquals("", mutant.problem());
    }

    @Test
    void everyCheckNameIsUnderstood() throws IOException {
        for (CheckKind kind : CheckKind.values()) {
            write("m-" + kind.id(), "lab/toy/Toy.java", header("m", "b", kind.id()));
        }
        List<Mutant> found = Mutant.in(mutants);
        assertEquals(CheckKind.values().length, found.size());
        for (Mutant mutant : found) {
            assertEquals("m-" + mutant.caughtBy().orElseThrow().id(), mutant.name());
        }
    }

    @Test
    void theCheckNameIgnoresCaseAndTheHeaderMayOmitTheStars() throws IOException {
        write("upper", "lab/toy/Toy.java", "/*\nMutant: upper\nBug: shouting\nCaught by: Hidden\n*/\nclass Toy {}\n");
        Mutant mutant = only();
        assertEquals(Optional.of(CheckKind.HIDDEN), mutant.caughtBy());
        assertEquals("shouting", mutant.bug());
    }

    @Test
    void aMissingCaughtByLineIsAProblem() throws IOException {
        write("no-header", "lab/toy/Toy.java", "package lab.toy;\n/* Bug: something */\nclass Toy {}\n");
        Mutant mutant = only();
        assertEquals(Optional.empty(), mutant.caughtBy());
        assertTrue(mutant.problem().contains("lacks a header line 'Caught by:"), mutant.problem());
        assertTrue(mutant.problem().contains("Toy.java"), "names the file: " + mutant.problem());
    }

    @Test
    void anUnknownCheckIsAProblem() throws IOException {
        write("unknown", "lab/toy/Toy.java", header("unknown", "b", "unit"));
        Mutant mutant = only();
        assertEquals(Optional.empty(), mutant.caughtBy());
        assertTrue(mutant.problem().contains("Caught by"), mutant.problem());
    }

    @Test
    void filesOfOneMutantMustNameTheSameCheck() throws IOException {
        write("split", "lab/toy/A.java", header("split", "a", "tests"));
        write("split", "lab/toy/B.java", header("split", "b", "design"));
        Mutant mutant = only();
        assertEquals(Optional.empty(), mutant.caughtBy());
        assertEquals("its files name different checks", mutant.problem());
    }

    @Test
    void filesOfOneMutantMayAllNameTheSameCheck() throws IOException {
        write("two-files", "lab/toy/A.java", header("two-files", "a", "tests"));
        write("two-files", "lab/toy/B.java", header("two-files", "b", "tests"));
        Mutant mutant = only();
        assertEquals(Optional.of(CheckKind.TESTS), mutant.caughtBy());
        assertEquals("", mutant.problem());
    }

    @Test
    void everyFileNeedsTheHeader() throws IOException {
        write("half", "lab/toy/A.java", header("half", "a", "tests"));
        write("half", "lab/toy/B.java", "package lab.toy;\nclass B {}\n");
        Mutant mutant = only();
        assertEquals(Optional.empty(), mutant.caughtBy());
        assertTrue(mutant.problem().contains("B.java"), mutant.problem());
    }

    @Test
    void aMutantWithoutJavaFilesIsAProblem() throws IOException {
        write("empty", "notes.txt", "nothing here");
        Mutant mutant = only();
        assertEquals(Optional.empty(), mutant.caughtBy());
        assertEquals("no .java files", mutant.problem());
    }

    @Test
    void mutantsAreTheSubdirectoriesInNameOrder() throws IOException {
        write("b-second", "lab/toy/Toy.java", header("b", "b", "tests"));
        write("a-first", "lab/toy/Toy.java", header("a", "a", "design"));
        Files.writeString(mutants.resolve("README.md"), "not a mutant");
        assertEquals(List.of("a-first", "b-second"), Mutant.in(mutants).stream().map(Mutant::name).toList());
    }

    @Test
    void noMutantsDirectoryMeansNoMutants() {
        assertEquals(List.of(), Mutant.in(mutants.resolve("absent")));
    }
}
