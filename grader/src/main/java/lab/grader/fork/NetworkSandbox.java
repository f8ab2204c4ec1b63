package lab.grader.fork;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Cuts forked JVMs off the network but for loopback, where the operating system allows it: on
 * Linux, each fork starts in a network namespace of its own ({@code unshare -rn}) with only the
 * loopback interface up. Where that is not possible (another OS, or a runner that forbids user
 * namespaces) forks share the machine's network and only the student-code policy stands between
 * student code and the network; {@link #description()} says which applies.
 *
 * <p>Set {@code LAB_NETWORK=host} to turn the namespace off (for debugging).
 */
public final class NetworkSandbox {

    private static final Optional<List<String>> PREFIX = probe();

    private NetworkSandbox() {
    }

    /** The command with the namespace wrapper in front, or unchanged where there is none. */
    public static List<String> wrap(List<String> command) {
        if (PREFIX.isEmpty()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(PREFIX.get());
        wrapped.addAll(command);
        return wrapped;
    }

    public static boolean isolates() {
        return PREFIX.isPresent();
    }

    public static String description() {
        return isolates() ? "forks have loopback networking only" : "forks share the machine's network (no user namespaces here)";
    }

    private static Optional<List<String>> probe() {
        if ("host".equals(System.getenv("LAB_NETWORK"))) {
            return Optional.empty();
        }
        Optional<String> unshare = find("unshare");
        Optional<String> ip = find("ip");
        if (unshare.isEmpty() || ip.isEmpty()) {
            return Optional.empty();
        }
        // sh -c '<bring lo up>; exec "$0" "$@"' java args... : the JVM replaces the shell.
        List<String> prefix = List.of(unshare.get(), "--map-root-user", "--net", "/bin/sh", "-c",
                ip.get() + " link set lo up && exec \"$0\" \"$@\"");
        List<String> trial = new ArrayList<>(prefix);
        trial.add("/bin/true");
        try {
            Process process = new ProcessBuilder(trial).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0) {
                return Optional.of(prefix);
            }
            process.destroyForcibly();
        } catch (Exception e) {
            // No namespaces here: fall back to the policy alone.
        }
        return Optional.empty();
    }

    private static Optional<String> find(String program) {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }
}
