package lab.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lab.support.speed.SpeedWorkload;
import org.junit.jupiter.api.Test;

/** The benchmark's plumbing, without timing anything: a workload named by class is loaded and driven. */
class SpeedWorkloadBenchmarkTest {

    /** A workload that only counts: its baseline and candidate give what the state passed them. */
    public static final class CountingWorkload implements SpeedWorkload<Integer> {

        private int setUps;

        @Override
        public void setUp() {
            setUps++;
        }

        @Override
        public Integer baseline() {
            return setUps * 100;
        }

        @Override
        public Integer candidate(int threads) {
            return setUps * 100 + threads;
        }

        @Override
        public String compare(Integer expected, Integer actual) {
            return expected.equals(actual) ? null : "differs";
        }
    }

    @Test
    void loadsTheWorkloadByNameSetsItUpOnceAndReturnsItsResults() throws Exception {
        SpeedWorkloadBenchmark benchmark = new SpeedWorkloadBenchmark();
        benchmark.workload = CountingWorkload.class.getName();
        SpeedWorkloadBenchmark.Threads threads = new SpeedWorkloadBenchmark.Threads();
        threads.threads = 2;

        benchmark.setUp();

        assertEquals(100, benchmark.baseline());
        assertEquals(102, benchmark.candidate(threads));
    }

    @Test
    void refusesAClassThatIsNotAWorkloadWithAPlainMessage() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SpeedWorkloadBenchmark.load(String.class.getName()));
        assertTrue(error.getMessage().contains("does not implement"), error.getMessage());
    }

    @Test
    void refusesAMissingName() {
        assertThrows(IllegalArgumentException.class, () -> SpeedWorkloadBenchmark.load(""));
        assertThrows(ClassNotFoundException.class, () -> SpeedWorkloadBenchmark.load("lab.nowhere.NoWorkload"));
    }
}
