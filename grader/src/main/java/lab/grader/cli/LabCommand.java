package lab.grader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import lab.grader.kit.Exercise;
import lab.grader.kit.Kit;
import lab.grader.kit.KitException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code lab} command. Exit codes: 0 when the command ran (whatever the score),
 * 2 for bad usage or input (one line says what is wrong), 1 for an internal error.
 */
@Command(name = "lab", mixinStandardHelpOptions = true, version = "Concurrency Lab 0.1.0",
        description = "Grades Concurrency Lab submissions and checks the kit.",
        subcommands = {GradeCommand.class, VerifyCommand.class, RepeatCommand.class, PublishTemplateCommand.class,
            ResultsCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class LabCommand implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_INTERNAL = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "say what to do: grade, verify, repeat, publish-template, results or bench-speed");
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new LabCommand());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (exception instanceof KitException) {
                err.println("lab: " + exception.getMessage());
                return EXIT_BAD_INPUT;
            }
            err.println("lab: internal error (please report it): " + exception);
            exception.printStackTrace(err);
            return EXIT_INTERNAL;
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            exception.getCommandLine().getErr().println("lab: " + exception.getMessage()
                    + " (see: " + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return EXIT_BAD_INPUT;
        });
        return commandLine;
    }

    /** Opens the kit; names the draft exercises it leaves out, unless they are asked for. */
    static Kit openKit(boolean withDrafts) {
        Kit kit = Kit.open(kitRoot());
        if (withDrafts) {
            return kit.withDrafts();
        }
        if (!kit.drafts().isEmpty()) {
            System.out.println("(draft exercises, not graded: " + String.join(", ",
                    kit.drafts().stream().map(Exercise::slug).toList()) + ")");
        }
        return kit;
    }

    /** The kit this launcher belongs to: set by the {@code lab} script, else the working directory. */
    static Path kitRoot() {
        return Path.of(System.getProperty("lab.kit", ".")).toAbsolutePath().normalize();
    }
}
