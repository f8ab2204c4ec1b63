package lab.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import lab.grader.kit.Kit;
import lab.grader.kit.KitException;
import lab.grader.publish.StudentTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lab publish-template OUT}: writes the student repository from the instructor's kit. */
@Command(name = "publish-template", mixinStandardHelpOptions = true,
        description = "Writes the student repository to OUT: the kit without solutions, hidden tests, mutants,"
            + " the instructor guide or the official workflow, with the student README.")
public final class PublishTemplateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "OUT", description = "an empty or new directory")
    Path out;

    @Override
    public Integer call() throws IOException {
        Kit kit = Kit.open(LabCommand.kitRoot());
        if (!kit.hasSolutions()) {
            throw new KitException("publish-template runs in the instructor's kit (this copy has no solutions/)");
        }
        Path target = out.toAbsolutePath().normalize();
        if (target.startsWith(kit.root())) {
            throw new KitException("OUT must be outside the kit (" + kit.root() + ")");
        }
        if (Files.exists(target) && (!Files.isDirectory(target) || Files.list(target).findAny().isPresent())) {
            throw new KitException(out + " exists and is not an empty directory");
        }
        StudentTemplate.Summary summary = StudentTemplate.write(kit, target);
        System.out.printf("Wrote the student repository to %s: %d files, %d exercises.%n"
                        + "Left out: solutions, hidden tests, mutants, the instructor guide, the official workflow.%n",
                target, summary.files(), summary.exercises());
        return LabCommand.EXIT_OK;
    }
}
