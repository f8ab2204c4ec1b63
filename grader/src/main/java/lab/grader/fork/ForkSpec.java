package lab.grader.fork;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What to run in one forked JVM and within which limits.
 *
 * @param runner the runner inside the fork: {@code junit}, {@code stress} or {@code speed}
 * @param runnerArgs the runner's arguments
 * @param classpath the fork's classpath: the grader's jars, then compiled exercise code
 * @param workDir the fork's working directory (and home), created fresh
 * @param timeLimit the wall-clock limit; past it the fork is killed
 * @param heapMegabytes the fork's maximum heap
 * @param maxThreads live threads past which the fork stops itself (a thread bomb)
 * @param outputLimitBytes output (standard error and stray standard output) past which the fork is killed
 */
public record ForkSpec(
        String runner,
        List<String> runnerArgs,
        List<Path> classpath,
        Path workDir,
        Duration timeLimit,
        int heapMegabytes,
        int maxThreads,
        long outputLimitBytes) {

    public static final int DEFAULT_HEAP_MEGABYTES = 512;
    public static final int DEFAULT_MAX_THREADS = 2000;
    public static final long DEFAULT_OUTPUT_LIMIT_BYTES = 8L * 1024 * 1024;

    public ForkSpec {
        runnerArgs = List.copyOf(runnerArgs);
        classpath = List.copyOf(classpath);
    }
}
