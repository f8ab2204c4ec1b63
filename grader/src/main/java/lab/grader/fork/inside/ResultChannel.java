package lab.grader.fork.inside;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The forked JVM's only way to report to the grader: one JSON event per line on the process's
 * real standard output, each line prefixed by the per-run secret token.
 *
 * <p>It is created before any student class loads; afterwards {@code System.out} is pointed at
 * standard error, so whatever student code prints never lands on this stream, and a forged line
 * would still lack the token (which the fork read from standard input and student code never sees).
 */
public final class ResultChannel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String token;
    private final PrintStream out;

    private ResultChannel(String token, PrintStream out) {
        this.token = token;
        this.out = out;
    }

    /** Takes over standard output; from now on {@code System.out} writes to standard error. */
    static ResultChannel takeOverStandardOutput(String token) {
        PrintStream realOut = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        return new ResultChannel(token, realOut);
    }

    /** Sends one event: {@code type} plus alternating keys and values. */
    public synchronized void emit(String type, Object... keysAndValues) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", type);
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            event.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        try {
            out.print(token);
            out.print(' ');
            out.print(JSON.writeValueAsString(event));
            out.print('\n');
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode event " + type, e);
        }
    }
}
