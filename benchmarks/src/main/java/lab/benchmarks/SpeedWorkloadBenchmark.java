package lab.benchmarks;

import java.util.concurrent.TimeUnit;
import lab.support.speed.SpeedWorkload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Times one exercise's speed workload with JMH: the kit's sequential {@link SpeedWorkload#baseline()}
 * and {@link SpeedWorkload#candidate(int)} at each thread count, so that
 * {@code speedup(threads) = baseline / candidate(threads)} can be set beside the grader's figure for
 * the same code (tools/jmh-crosscheck does both and prints them).
 *
 * <p>The workload is named by class at run time ({@code -p workload=lab.mandelbrot.speed.MandelbrotWorkload})
 * and must be on the class path with the code it times; this module depends on no exercise. The
 * thread counts live in a state of their own, {@link Threads}, which only {@link #candidate} uses:
 * JMH then runs the baseline once per workload instead of once per thread count.
 *
 * <p>The forks get the heap the grader gives its speed JVMs (2 GB). The defaults (3 forks, 3 warm-up
 * and 5 measured iterations) are the script's too; JMH's command-line options override them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// The JVM options of the grader's speed forks (ForkedJvm.timedRunOptions), so both harnesses time
// the same JVM: a fixed, pre-touched heap with a large young generation.
@Fork(value = 3, jvmArgsAppend = {"-Xmx2048m", "-Xms2048m", "-XX:+AlwaysPreTouch", "-XX:+UseParallelGC", "-Xmn1536m",
    "-Djava.awt.headless=true"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class SpeedWorkloadBenchmark {

    /**
     * The class name of a {@link SpeedWorkload} with a public no-argument constructor. JMH wants a
     * default; the blank one stops the run in {@link #setUp()} with a message asking for the name.
     */
    @Param({""})
    String workload;

    private SpeedWorkload<?> instance;

    /** The thread counts handed to {@link SpeedWorkload#candidate(int)}: 1 and the 2 cores of a grading runner. */
    @State(Scope.Benchmark)
    public static class Threads {

        @Param({"1", "2"})
        int threads;
    }

    /** Loads the workload by name and builds its input, once per fork, as the grader's {@code setup} does. */
    @Setup(Level.Trial)
    public void setUp() throws ReflectiveOperationException {
        instance = load(workload);
        instance.setUp();
    }

    @Benchmark
    public Object baseline() {
        return instance.baseline();
    }

    @Benchmark
    public Object candidate(Threads threads) throws Exception {
        return instance.candidate(threads.threads);
    }

    /** Instantiates the named workload, with a plain message when the name is not one. */
    static SpeedWorkload<?> load(String className) throws ReflectiveOperationException {
        if (className == null || className.isBlank()) {
            throw new IllegalArgumentException("no workload: pass -p workload=CLASS (speed.workload in exercise.json)");
        }
        Class<?> type = Class.forName(className);
        if (!SpeedWorkload.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(className + " does not implement " + SpeedWorkload.class.getName());
        }
        return (SpeedWorkload<?>) type.getConstructor().newInstance();
    }
}
