package lab.grader.fork.inside;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Entry point of every forked JVM the grader starts: reads the secret token, takes over standard
 * output, starts the watchdog, runs one check and reports it.
 *
 * <p>Arguments: {@code <check-runner> <time-limit-seconds> <max-threads> <runner arguments...>}
 * where the runner is {@code junit}, {@code stress} or {@code speed}. The token arrives on standard
 * input, never on the command line, where {@code /proc} would show it to anyone.
 */
public final class ForkMain {

    private ForkMain() {
    }

    public static void main(String[] args) throws Exception {
        // The grader's private command channel: student code gets an empty System.in instead.
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String token = commands.readLine();
        System.setIn(new ByteArrayInputStream(new byte[0]));
        ResultChannel channel = ResultChannel.takeOverStandardOutput(token);

        String runner = args[0];
        int timeLimitSeconds = Integer.parseInt(args[1]);
        int maxThreads = Integer.parseInt(args[2]);
        String[] runnerArgs = Arrays.copyOfRange(args, 3, args.length);

        // Timed runs must not be stopped by the watchdog's deadlock scans (see Watchdog).
        Watchdog watchdog = new Watchdog(channel, timeLimitSeconds, maxThreads, !runner.equals("speed"));
        watchdog.start();
        int status = 0;
        try {
            switch (runner) {
                case "junit" -> JUnitRunner.run(channel, watchdog, runnerArgs);
                case "stress" -> StressRunner.run(channel, runnerArgs);
                case "speed" -> SpeedRunner.run(channel, commands, runnerArgs);
                default -> throw new IllegalArgumentException("unknown runner " + runner);
            }
            channel.emit("done");
        } catch (Throwable failure) {
            channel.emit("crash", "message", failure.toString());
            status = 1;
        }
        // Halt rather than exit: threads the student left running, or shutdown hooks, must not
        // keep this JVM alive or change what it reported.
        System.err.flush();
        Runtime.getRuntime().halt(status);
    }
}
