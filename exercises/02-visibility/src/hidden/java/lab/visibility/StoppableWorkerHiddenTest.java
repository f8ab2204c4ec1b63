package lab.visibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StoppableWorkerHiddenTest {

    @Test
    void aNullStepIsRejected() {
        assertThrows(NullPointerException.class, () -> new StoppableWorker(null),
                "new StoppableWorker(null) must throw NullPointerException");
    }

    @Test
    void aStepThatThrowsEndsRunWithItsExceptionAndIsCounted() {
        long[] calls = {0};
        IllegalStateException boom = new IllegalStateException("boom");
        StoppableWorker worker = new StoppableWorker(() -> {
            calls[0]++;
            if (calls[0] == 4) {
                throw boom;
            }
        });

        IllegalStateException thrown = assertThrows(IllegalStateException.class, worker::run,
                "run() must pass on the step's exception");

        assertSame(boom, thrown);
        assertEquals(3, worker.iterations(), "three steps completed before the fourth threw");
    }

    @Test
    void aStopRequestedOnAnotherThreadBeforeRunStartsIsSeen() {
        long[] calls = {0};
        StoppableWorker worker = new StoppableWorker(() -> calls[0]++);
        try (TestThreads threads = new TestThreads()) {
            threads.join(threads.start("stopper", worker::requestStop));
            threads.join(threads.start("worker", worker::run));
        }
        assertEquals(0, calls[0], "the stop was requested before run() started, so the step must never run");
        assertEquals(0, worker.iterations());
    }

    @Test
    void repeatedAndConcurrentStopRequestsAreHarmless() {
        AtomicLong calls = new AtomicLong();
        StoppableWorker worker = new StoppableWorker(calls::incrementAndGet);
        try (TestThreads threads = new TestThreads()) {
            Thread runner = threads.start("worker", worker::run);
            StoppableWorkerTest.awaitAtLeast(calls, 100);
            TestThreads.runTogether(4, "stopper", i -> {
                worker.requestStop();
                worker.requestStop();
            });
            StoppableWorkerTest.joinOrFail(runner, "several threads requested a stop at once");
        }
        assertEquals(calls.get(), worker.iterations(), "once run() has returned, iterations() must be exact");
    }

    @Test
    void severalBusyWorkersAllSeeTheirStop() {
        for (int round = 0; round < 2; round++) {
            List<StoppableWorker> workers = new ArrayList<>();
            List<Thread> runners = new ArrayList<>();
            try (TestThreads threads = new TestThreads()) {
                for (int i = 0; i < 2; i++) {
                    StoppableWorker worker = new StoppableWorker(() -> {
                    });
                    workers.add(worker);
                    runners.add(threads.start("busy-worker-" + i, worker::run));
                }
                for (Thread runner : runners) {
                    StoppableWorkerTest.awaitCpuTime(runner, StoppableWorkerTest.WARM_UP_CPU);
                }
                for (StoppableWorker worker : workers) {
                    worker.requestStop();
                }
                for (Thread runner : runners) {
                    StoppableWorkerTest.joinOrFail(runner, "requestStop() while the worker spun in a loop "
                            + "that touches no shared state");
                }
            }
        }
    }

    @Test
    void iterationsIsReadableFromAnyThreadWhileTheWorkerRuns() {
        AtomicLong calls = new AtomicLong();
        StoppableWorker worker = new StoppableWorker(calls::incrementAndGet);
        try (TestThreads threads = new TestThreads()) {
            Thread runner = threads.start("worker", worker::run);
            StoppableWorkerTest.awaitAtLeast(calls, 100);
            long[] seen = new long[1];
            threads.join(threads.start("monitor", () -> seen[0] = worker.iterations()));
            assertTrue(seen[0] >= 0 && seen[0] <= calls.get(),
                    "iterations() while running may lag, but must lie between 0 and the steps run so far; was " + seen[0]);
            worker.requestStop();
            StoppableWorkerTest.joinOrFail(runner, "requestStop() from another thread");
        }
        long[] after = new long[1];
        try (TestThreads threads = new TestThreads()) {
            threads.join(threads.start("reader", () -> after[0] = worker.iterations()));
        }
        assertEquals(calls.get(), after[0], "after run() returned, every thread must see the exact count");
    }
}
