package lab.grader;

import lab.grader.cli.LabCommand;
import picocli.CommandLine;

/** The {@code lab} command: grade submissions and check the kit. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(LabCommand.commandLine().execute(args));
    }
}
