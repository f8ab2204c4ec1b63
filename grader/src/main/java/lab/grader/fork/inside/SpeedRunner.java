package lab.grader.fork.inside;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Base64;
import lab.support.speed.SpeedWorkload;

/**
 * Times a speed workload on the grader's command: the grader drives several of these forks (the
 * baseline's, the submission's, the reference's) in turn, so that their runs interleave round by
 * round and a slow moment of a shared machine hits all of them alike.
 *
 * <p>Commands, one a line: {@code setup}, {@code baseline}, {@code run THREADS}, {@code picture},
 * {@code quit}. Each answer is one event: {@code ready}, {@code timing} (with {@code nanos} and,
 * for a wrong or failed run, {@code error}) or {@code picture}.
 *
 * <p>Arguments: {@code <workload class>}.
 */
final class SpeedRunner {

    private SpeedRunner() {
    }

    static void run(ResultChannel channel, BufferedReader commands, String[] args) throws Exception {
        @SuppressWarnings("unchecked")
        SpeedWorkload<Object> workload = (SpeedWorkload<Object>) Class.forName(args[0])
                .getDeclaredConstructor().newInstance();
        Object expected = null;
        Object last = null;
        String line;
        while ((line = commands.readLine()) != null) {
            String[] command = line.trim().split(" ");
            switch (command[0]) {
                case "setup" -> {
                    workload.setUp();
                    expected = workload.baseline();
                    channel.emit("ready");
                }
                case "baseline" -> {
                    long started = System.nanoTime();
                    workload.baseline();
                    channel.emit("timing", "nanos", System.nanoTime() - started);
                }
                case "run" -> last = timeCandidate(channel, workload, expected, Integer.parseInt(command[1]));
                case "picture" -> channel.emit("picture", "png", picture(workload, last));
                case "quit" -> {
                    return;
                }
                default -> throw new IOException("unknown speed command: " + line);
            }
        }
    }

    private static Object timeCandidate(ResultChannel channel, SpeedWorkload<Object> workload, Object expected, int threads) {
        long started = System.nanoTime();
        Object result;
        try {
            result = workload.candidate(threads);
        } catch (Throwable failure) {
            channel.emit("timing", "nanos", System.nanoTime() - started, "error", "threw " + failure);
            return null;
        }
        long nanos = System.nanoTime() - started;
        String wrong;
        try {
            wrong = workload.compare(expected, result);
        } catch (RuntimeException e) {
            wrong = "its result could not be checked: " + e;
        }
        if (wrong == null) {
            channel.emit("timing", "nanos", nanos);
        } else {
            channel.emit("timing", "nanos", nanos, "error", "wrong answer with " + threads + " threads: " + wrong);
        }
        return result;
    }

    private static String picture(SpeedWorkload<Object> workload, Object result) {
        if (result == null) {
            return "";
        }
        try {
            byte[] png = workload.picture(result);
            return png == null ? "" : Base64.getEncoder().encodeToString(png);
        } catch (RuntimeException e) {
            return "";
        }
    }
}
