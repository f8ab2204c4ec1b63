package lab.grader.fork;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Starts a JVM for code the grader does not trust, feeds it a secret token, and collects its
 * authentic reports within wall-clock, heap, thread and output limits.
 *
 * <p>The fork gets a minimal environment (no CI tokens, no {@code GITHUB_*} paths), its own
 * working directory, and the grader's own {@code java}. Only standard-output lines that begin with
 * the token count as reports; everything else is output, kept up to a limit for the report.
 */
public final class ForkedJvm {

    /** Extra time after the limit for the fork's own watchdog to send its thread dump. */
    private static final Duration KILL_GRACE = Duration.ofSeconds(3);
    private static final int OUTPUT_HEAD_BYTES = 16 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ForkSpec spec;
    private final Process process;
    private final long startedNanos;
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final BlockingQueue<JsonNode> unread = new LinkedBlockingQueue<>();
    private final OutputCapture output;
    private final Thread stdoutReader;
    private final Thread stderrReader;
    private final OutputStream commands;

    private ForkedJvm(ForkSpec spec, String token) {
        this.spec = spec;
        this.startedNanos = System.nanoTime();
        this.process = start(spec);
        this.output = new OutputCapture(spec.outputLimitBytes());
        this.stdoutReader = daemon("fork-stdout", () -> readReports(process.getInputStream(), token));
        this.stderrReader = daemon("fork-stderr", () -> output.drain(process.getErrorStream()));
        this.commands = process.getOutputStream();
        send(token);
    }

    /** Runs a fork that needs no commands to its end, and returns what it reported. */
    public static ForkOutcome run(ForkSpec spec) {
        return start(spec, newToken()).finish();
    }

    /** Starts a fork that takes commands ({@link #send}) and answers with events ({@link #nextEvent}). */
    public static ForkedJvm startSession(ForkSpec spec) {
        return start(spec, newToken());
    }

    private static ForkedJvm start(ForkSpec spec, String token) {
        return new ForkedJvm(spec, token);
    }

    /** Sends one command line to the fork's private command channel (its standard input). */
    public void send(String line) {
        try {
            commands.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            commands.flush();
        } catch (IOException e) {
            // The fork has ended; the next event wait or finish() reports how.
        }
    }

    /** The next authentic event, or empty when none arrives in time or the fork has ended. */
    public Optional<JsonNode> nextEvent(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                JsonNode event = unread.poll(100, TimeUnit.MILLISECONDS);
                if (event != null) {
                    return Optional.of(event);
                }
                if (!process.isAlive() && !stdoutReader.isAlive() && unread.isEmpty()) {
                    return Optional.empty();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /** The fork's process, for watching the CPU time it uses. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** How long this fork may still run before its time limit. */
    public Duration remaining() {
        return spec.timeLimit().minusNanos(System.nanoTime() - startedNanos);
    }

    /** Closes the command channel, waits for the fork to end (killing it at the limit) and reports. */
    public ForkOutcome finish() {
        try {
            commands.close();
        } catch (IOException e) {
            // Already gone.
        }
        Optional<String> killedBecause = awaitEnd();
        joinQuietly(stdoutReader);
        joinQuietly(stderrReader);
        if (output.overflowed()) {
            killedBecause = Optional.of("printed more than " + spec.outputLimitBytes() / (1024 * 1024) + " MB of output");
        }
        int exitCode = killedBecause.isPresent() ? -1 : process.exitValue();
        return new ForkOutcome(events, exitCode, killedBecause, output.head(), output.total(),
                Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    private static Process start(ForkSpec spec) {
        try {
            Files.createDirectories(spec.workDir().resolve("tmp"));
            ProcessBuilder builder = new ProcessBuilder(NetworkSandbox.wrap(command(spec))).directory(spec.workDir().toFile());
            Map<String, String> environment = builder.environment();
            environment.clear();
            environment.put("PATH", "/usr/bin:/bin");
            environment.put("HOME", spec.workDir().toString());
            environment.put("TMPDIR", spec.workDir().resolve("tmp").toString());
            environment.put("LANG", "C.UTF-8");
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a JVM: " + e.getMessage(), e);
        }
    }

    private static List<String> command(ForkSpec spec) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + spec.heapMegabytes() + "m");
        command.add("-XX:-UsePerfData");
        if (spec.runner().equals("speed")) {
            command.addAll(timedRunOptions(spec.heapMegabytes()));
        }
        // The fork sees as many CPUs as the grader does, so `-XX:ActiveProcessorCount` on the
        // grader (e.g. to try a one-core machine) reaches the code under test.
        command.add("-XX:ActiveProcessorCount=" + Runtime.getRuntime().availableProcessors());
        command.add("-XX:+IgnoreUnrecognizedVMOptions");
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Djava.io.tmpdir=" + spec.workDir().resolve("tmp"));
        command.add("-cp");
        command.add(spec.classpath().stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
        command.add("lab.grader.fork.inside.ForkMain");
        command.add(spec.runner());
        command.add(Long.toString(spec.timeLimit().toSeconds()));
        command.add(Integer.toString(spec.maxThreads()));
        command.addAll(spec.runnerArgs());
        return command;
    }

    /**
     * Keeps the memory system out of speed timings: the whole heap reserved and touched before
     * anything is timed (otherwise the first run to reach fresh memory pays the kernel's page
     * faults, serially), and a young generation large enough that a run's allocations rarely
     * trigger a collection. Measured on the matrix workload: without these the reference's speedup
     * on 2 cores wandered between 1.5x and 1.9x from one grading to the next.
     */
    private static List<String> timedRunOptions(int heapMegabytes) {
        return List.of("-Xms" + heapMegabytes + "m", "-XX:+AlwaysPreTouch", "-XX:+UseParallelGC",
                "-Xmn" + heapMegabytes * 3 / 4 + "m");
    }

    private Optional<String> awaitEnd() {
        Duration limit = spec.timeLimit();
        long deadline = startedNanos + limit.plus(KILL_GRACE).toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (process.waitFor(100, TimeUnit.MILLISECONDS)) {
                    return Optional.empty();
                }
                if (output.overflowed()) {
                    kill(process);
                    return Optional.of("printed too much output");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(process);
            return Optional.of("the grader was interrupted");
        }
        kill(process);
        return Optional.of("ran past its " + limit.toSeconds() + " s time limit");
    }

    /** Kills the fork and every process it started (jcstress starts JVMs of its own). */
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readReports(InputStream in, String token) {
        String prefix = token + " ";
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith(prefix)) {
                    JsonNode event = JSON.readTree(line.substring(prefix.length()));
                    events.add(event);
                    unread.add(event);
                } else {
                    output.append((line + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            // The fork died or was killed: the events so far are all there is.
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return "@lab:" + HexFormat.of().formatHex(bytes);
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps the head of a fork's output and counts the rest, up to a limit. */
    private static final class OutputCapture {

        private final long limit;
        private final ByteArrayOutputStream head = new ByteArrayOutputStream();
        private final AtomicLong total = new AtomicLong();
        private final AtomicReference<Boolean> overflow = new AtomicReference<>(false);

        OutputCapture(long limit) {
            this.limit = limit;
        }

        void drain(InputStream in) {
            byte[] buffer = new byte[8192];
            try (in) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    append(java.util.Arrays.copyOf(buffer, read));
                }
            } catch (IOException e) {
                // The fork ended.
            }
        }

        synchronized void append(byte[] bytes) {
            int room = OUTPUT_HEAD_BYTES - head.size();
            if (room > 0) {
                head.write(bytes, 0, Math.min(room, bytes.length));
            }
            if (total.addAndGet(bytes.length) > limit) {
                overflow.set(true);
            }
        }

        boolean overflowed() {
            return overflow.get();
        }

        synchronized String head() {
            return head.toString(StandardCharsets.UTF_8);
        }

        long total() {
            return total.get();
        }
    }
}
