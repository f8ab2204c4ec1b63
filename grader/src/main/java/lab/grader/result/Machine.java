package lab.grader.result;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a grading ran on: every speed figure is only meaningful beside it. */
public record Machine(int cpus, @JsonProperty("cpu_model") String cpuModel, String jdk, String os) {

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), readCpuModel(), Runtime.version().toString(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }

    private static String readCpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
