package lab.matrixmultiply;

import static lab.matrixmultiply.Matrices.assertCloseMatrix;
import static lab.matrixmultiply.Matrices.assertSameMatrix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The hidden tests of {@link MatrixMultiplier}: many random shapes, races under load, edge cases. */
@Timeout(value = 40, unit = TimeUnit.SECONDS)
class MatrixMultiplierHiddenTest {

    private final Random random = new Random(1009);

    @Test
    void randomShapesAndThreadCounts() throws InterruptedException {
        for (int trial = 0; trial < 60; trial++) {
            int n = 1 + random.nextInt(40);
            int m = 1 + random.nextInt(40);
            int p = 1 + random.nextInt(40);
            int threads = 1 + random.nextInt(9);
            double[][] a = Matrices.wholeNumbers(random, n, m);
            double[][] b = Matrices.wholeNumbers(random, m, p);

            assertSameMatrix(Matrices.sequentialProduct(a, b), new MatrixMultiplier(threads).multiply(a, b),
                    n + "x" + m + " times " + m + "x" + p + " with " + threads + " threads");
        }
    }

    /** Several large products with the workers busy at the same time: any sharing shows. */
    @Test
    void largeProductsUnderContention() throws InterruptedException {
        double[][] a = Matrices.wholeNumbers(random, 400, 300);
        double[][] b = Matrices.wholeNumbers(random, 300, 350);
        double[][] expected = Matrices.sequentialProduct(a, b);
        for (int threads = 2; threads <= 5; threads++) {
            MatrixMultiplier multiplier = new MatrixMultiplier(threads);
            for (int round = 0; round < 2; round++) {
                assertSameMatrix(expected, multiplier.multiply(a, b),
                        "400x300 times 300x350 with " + threads + " threads, round " + round);
            }
        }
    }

    @Test
    void tallAndWideProducts() throws InterruptedException {
        double[][] tall = Matrices.wholeNumbers(random, 2000, 3);
        double[][] wide = Matrices.wholeNumbers(random, 3, 2000);

        assertSameMatrix(Matrices.sequentialProduct(tall, wide), new MatrixMultiplier(3).multiply(tall, wide),
                "2000x3 times 3x2000");
        assertSameMatrix(Matrices.sequentialProduct(wide, tall), new MatrixMultiplier(3).multiply(wide, tall),
                "3x2000 times 2000x3");
    }

    @Test
    void largeFractionalProductWithinRounding() throws InterruptedException {
        double[][] a = Matrices.fractions(random, 150, 170);
        double[][] b = Matrices.fractions(random, 170, 130);

        assertCloseMatrix(Matrices.sequentialProduct(a, b), new MatrixMultiplier(4).multiply(a, b),
                "150x170 times 170x130 of fractions");
    }

    @Test
    void aMatrixTimesItself() throws InterruptedException {
        double[][] a = Matrices.wholeNumbers(random, 90, 90);
        double[][] before = Matrices.copy(a);

        double[][] square = new MatrixMultiplier(3).multiply(a, a);

        assertSameMatrix(Matrices.sequentialProduct(before, before), square, "a 90x90 matrix times itself");
        assertSameMatrix(before, a, "multiply(a, a) must leave a unchanged");
    }

    @Test
    void oneMultiplierUsedByTwoThreadsAtOnce() {
        MatrixMultiplier shared = new MatrixMultiplier(2);
        double[][][] lefts = {Matrices.wholeNumbers(random, 150, 120), Matrices.wholeNumbers(random, 130, 120)};
        double[][] right = Matrices.wholeNumbers(random, 120, 140);
        double[][][] expected = {
            Matrices.sequentialProduct(lefts[0], right), Matrices.sequentialProduct(lefts[1], right)
        };

        TestThreads.runTogether(2, "caller", index -> {
            for (int round = 0; round < 3; round++) {
                assertSameMatrix(expected[index], shared.multiply(lefts[index], right),
                        "caller " + index + " of a multiplier used by two threads at once, round " + round
                                + " (the multiplier must keep nothing per call in its fields)");
            }
        });
    }

    @Test
    void leavesNoThreadsRunningAfterManyCalls() throws InterruptedException {
        double[][] a = Matrices.wholeNumbers(random, 30, 30);
        Set<Thread> before = WorkerThreads.snapshot();

        for (int call = 0; call < 20; call++) {
            new MatrixMultiplier(1 + call % 4).multiply(a, a);
        }

        WorkerThreads.assertAllEnded(before, "20 calls of multiply");
    }

    @Test
    void leavesNoThreadsRunningAfterRejectingItsArguments() throws InterruptedException {
        Set<Thread> before = WorkerThreads.snapshot();
        MatrixMultiplier multiplier = new MatrixMultiplier(3);

        for (int call = 0; call < 5; call++) {
            assertThrows(IllegalArgumentException.class,
                    () -> multiplier.multiply(new double[2][3], new double[2][3]));
        }

        WorkerThreads.assertAllEnded(before, "multiply with mismatched shapes");
    }

    @Test
    void interruptingTheCallerEndsTheCallWithInterruptedException() throws InterruptedException {
        double[][] a = Matrices.wholeNumbers(random, 900, 900);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Set<Thread> before = WorkerThreads.snapshot();

        try (TestThreads threads = new TestThreads()) {
            Thread caller = threads.start("caller", () -> {
                try {
                    new MatrixMultiplier(2).multiply(a, a);
                } catch (InterruptedException e) {
                    outcome.set(e);
                }
            });
            threads.awaitBlocked(caller);
            caller.interrupt();
        }

        assertTrue(outcome.get() instanceof InterruptedException,
                "interrupting a caller that waits for the workers must end multiply with an"
                        + " InterruptedException (do not swallow it); got " + outcome.get());
        WorkerThreads.assertAllEnded(before, "an interrupted multiply");
    }

    @Test
    void rejectsEmptyMatrices() {
        MatrixMultiplier multiplier = new MatrixMultiplier(2);
        double[][] square = {{1, 2}, {3, 4}};

        assertThrows(IllegalArgumentException.class, () -> multiplier.multiply(new double[0][0], square),
                "a matrix with no rows: IllegalArgumentException");
        assertThrows(IllegalArgumentException.class, () -> multiplier.multiply(square, new double[0][0]),
                "a matrix with no rows: IllegalArgumentException");
        assertThrows(IllegalArgumentException.class, () -> multiplier.multiply(new double[2][0], new double[0][2]),
                "a matrix with no columns: IllegalArgumentException");
    }

    @Test
    void rejectsNulls() {
        MatrixMultiplier multiplier = new MatrixMultiplier(2);
        double[][] square = {{1, 2}, {3, 4}};
        double[][] nullRow = {{1, 2}, null};

        assertThrows(NullPointerException.class, () -> multiplier.multiply(null, square));
        assertThrows(NullPointerException.class, () -> multiplier.multiply(square, null));
        assertThrows(NullPointerException.class, () -> multiplier.multiply(nullRow, square));
        assertThrows(NullPointerException.class, () -> multiplier.multiply(square, nullRow));
    }

    @Test
    void rejectsAMismatchWhateverTheThreadCount() {
        for (int threads = 1; threads <= 4; threads++) {
            MatrixMultiplier multiplier = new MatrixMultiplier(threads);
            double[][] a = Matrices.wholeNumbers(random, 4, 5);
            double[][] b = Matrices.wholeNumbers(random, 6, 4);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> multiplier.multiply(a, b));
            assertEquals(IllegalArgumentException.class, e.getClass());
        }
    }
}
