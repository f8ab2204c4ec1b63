package lab.matrixmultiply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;

/** Test data and the kit's own sequential product, to check the student's answers against. */
final class Matrices {

    private Matrices() {
    }

    /** A matrix of whole numbers from -9 to 9: products and sums of them are exact in a double. */
    static double[][] wholeNumbers(Random random, int rows, int columns) {
        double[][] matrix = new double[rows][columns];
        for (double[] row : matrix) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextInt(19) - 9;
            }
        }
        return matrix;
    }

    /** A matrix of fractional numbers between -1 and 1. */
    static double[][] fractions(Random random, int rows, int columns) {
        double[][] matrix = new double[rows][columns];
        for (double[] row : matrix) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextDouble() * 2 - 1;
            }
        }
        return matrix;
    }

    /** The plain sequential product: the answer every implementation must give. */
    static double[][] sequentialProduct(double[][] a, double[][] b) {
        double[][] product = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                double sum = 0.0;
                for (int k = 0; k < b.length; k++) {
                    sum += a[i][k] * b[k][j];
                }
                product[i][j] = sum;
            }
        }
        return product;
    }

    static double[][] copy(double[][] matrix) {
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }

    /** Fails unless {@code actual} equals {@code expected} exactly, naming the first wrong entry. */
    static void assertSameMatrix(double[][] expected, double[][] actual, String what) {
        assertShape(expected, actual, what);
        int wrong = 0;
        String first = null;
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                if (Double.compare(expected[i][j], actual[i][j]) != 0) {
                    wrong++;
                    if (first == null) {
                        first = "(" + i + ", " + j + ") is " + actual[i][j] + " but should be " + expected[i][j];
                    }
                }
            }
        }
        if (wrong > 0) {
            fail(what + ": " + wrong + " of " + expected.length * expected[0].length
                    + " entries are wrong, the first at " + first
                    + ". If it is right with 1 thread and wrong with more, threads are sharing something"
                    + " they write (a race), or two tasks cover the same rows, or a row is in no task.");
        }
    }

    /** Like {@link #assertSameMatrix} but allows a relative difference of 1e-9 (for fractions). */
    static void assertCloseMatrix(double[][] expected, double[][] actual, String what) {
        assertShape(expected, actual, what);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                double tolerance = 1e-9 * Math.max(1.0, Math.abs(expected[i][j]));
                if (!(Math.abs(expected[i][j] - actual[i][j]) <= tolerance)) {
                    fail(what + ": entry (" + i + ", " + j + ") is " + actual[i][j] + " but should be "
                            + expected[i][j] + " (within 1e-9)");
                }
            }
        }
    }

    private static void assertShape(double[][] expected, double[][] actual, String what) {
        assertNotNull(actual, what + ": multiply returned null");
        assertEquals(expected.length, actual.length, what + ": the product has the wrong number of rows");
        for (int i = 0; i < expected.length; i++) {
            assertNotNull(actual[i], what + ": row " + i + " of the product is null");
            assertEquals(expected[i].length, actual[i].length,
                    what + ": row " + i + " of the product has the wrong number of columns");
        }
    }
}
