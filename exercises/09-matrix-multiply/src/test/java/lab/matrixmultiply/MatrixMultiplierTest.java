package lab.matrixmultiply;

import static lab.matrixmultiply.Matrices.assertCloseMatrix;
import static lab.matrixmultiply.Matrices.assertSameMatrix;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The visible tests of {@link MatrixMultiplier}: right answers on every shape, no leaked threads. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class MatrixMultiplierTest {

    private final Random random = new Random(9);

    @Test
    void multipliesASmallExample() throws InterruptedException {
        double[][] a = {{1, 2}, {3, 4}};
        double[][] b = {{5, 6}, {7, 8}};

        double[][] product = new MatrixMultiplier(2).multiply(a, b);

        assertSameMatrix(new double[][] {{19, 22}, {43, 50}}, product, "[[1,2],[3,4]] x [[5,6],[7,8]]");
    }

    /** n x m times m x p, for thin, flat, square and odd shapes, with several thread counts. */
    @ParameterizedTest(name = "{0}x{1} times {1}x{2} with {3} threads")
    @CsvSource({
        "1, 1, 1, 1", "1, 1, 1, 4",
        "1, 6, 1, 2", "6, 1, 6, 2",
        "1, 5, 9, 3", "9, 5, 1, 3",
        "3, 7, 2, 2", "17, 9, 13, 3",
        "31, 8, 5, 4", "64, 64, 64, 2"
    })
    void multipliesEveryShape(int n, int m, int p, int threads) throws InterruptedException {
        double[][] a = Matrices.wholeNumbers(random, n, m);
        double[][] b = Matrices.wholeNumbers(random, m, p);

        double[][] product = new MatrixMultiplier(threads).multiply(a, b);

        assertSameMatrix(Matrices.sequentialProduct(a, b), product,
                n + "x" + m + " times " + m + "x" + p + " with " + threads + " threads");
    }

    @Test
    void worksWithMoreThreadsThanRows() throws InterruptedException {
        double[][] a = Matrices.wholeNumbers(random, 2, 6);
        double[][] b = Matrices.wholeNumbers(random, 6, 3);

        double[][] product = new MatrixMultiplier(16).multiply(a, b);

        assertSameMatrix(Matrices.sequentialProduct(a, b), product,
                "2 rows with 16 threads (some threads have no row to do)");
    }

    /** Big enough that the workers really run at the same time: a race shows up here. */
    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 3, 4})
    void largeProductIsExactWithSeveralThreads(int threads) throws InterruptedException {
        double[][] a = Matrices.wholeNumbers(random, 240, 200);
        double[][] b = Matrices.wholeNumbers(random, 200, 260);
        double[][] expected = Matrices.sequentialProduct(a, b);
        MatrixMultiplier multiplier = new MatrixMultiplier(threads);

        for (int round = 0; round < 3; round++) {
            assertSameMatrix(expected, multiplier.multiply(a, b),
                    "240x200 times 200x260 with " + threads + " threads, round " + round);
        }
    }

    @Test
    void fractionalEntriesAreRightWithinRounding() throws InterruptedException {
        double[][] a = Matrices.fractions(random, 40, 30);
        double[][] b = Matrices.fractions(random, 30, 50);

        double[][] product = new MatrixMultiplier(3).multiply(a, b);

        assertCloseMatrix(Matrices.sequentialProduct(a, b), product, "40x30 times 30x50 of fractions");
    }

    @Test
    void leavesItsInputsUnchangedAndReturnsANewMatrix() throws InterruptedException {
        double[][] a = Matrices.wholeNumbers(random, 8, 8);
        double[][] b = Matrices.wholeNumbers(random, 8, 8);
        double[][] aBefore = Matrices.copy(a);
        double[][] bBefore = Matrices.copy(b);

        double[][] product = new MatrixMultiplier(2).multiply(a, b);

        assertArrayEquals(aBefore, a, "multiply changed its first argument");
        assertArrayEquals(bBefore, b, "multiply changed its second argument");
        assertNotSame(a, product, "the product must be a new matrix, not the first argument");
        assertNotSame(b, product, "the product must be a new matrix, not the second argument");
    }

    @Test
    void canBeUsedManyTimes() throws InterruptedException {
        MatrixMultiplier multiplier = new MatrixMultiplier(2);
        for (int round = 0; round < 5; round++) {
            double[][] a = Matrices.wholeNumbers(random, 10, 7);
            double[][] b = Matrices.wholeNumbers(random, 7, 12);
            assertSameMatrix(Matrices.sequentialProduct(a, b), multiplier.multiply(a, b),
                    "call " + (round + 1) + " on the same multiplier");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS) // room for the bounded wait for leaked threads
    void leavesNoThreadsRunning() throws InterruptedException {
        double[][] a = Matrices.wholeNumbers(random, 100, 100);
        double[][] b = Matrices.wholeNumbers(random, 100, 100);
        Set<Thread> before = WorkerThreads.snapshot();

        new MatrixMultiplier(4).multiply(a, b);

        WorkerThreads.assertAllEnded(before, "multiply");
    }

    @Test
    void rejectsMatricesThatCannotBeMultiplied() {
        MatrixMultiplier multiplier = new MatrixMultiplier(2);
        double[][] twoByThree = Matrices.wholeNumbers(random, 2, 3);

        assertThrows(IllegalArgumentException.class, () -> multiplier.multiply(twoByThree, twoByThree),
                "a 2x3 matrix times a 2x3 matrix has no product (3 columns but 2 rows): IllegalArgumentException");
    }

    @Test
    void rejectsARaggedMatrix() {
        MatrixMultiplier multiplier = new MatrixMultiplier(2);
        double[][] ragged = {{1, 2}, {3}};
        double[][] square = {{1, 2}, {3, 4}};

        assertThrows(IllegalArgumentException.class, () -> multiplier.multiply(ragged, square),
                "rows of different lengths are not a matrix: IllegalArgumentException");
        assertThrows(IllegalArgumentException.class, () -> multiplier.multiply(square, ragged),
                "rows of different lengths are not a matrix: IllegalArgumentException");
    }

    @ParameterizedTest(name = "threads = {0}")
    @ValueSource(ints = {0, -1})
    void rejectsFewerThanOneThread(int threads) {
        assertThrows(IllegalArgumentException.class, () -> new MatrixMultiplier(threads),
                "a multiplier needs at least one thread: IllegalArgumentException");
    }
}
