package lab.matrixmultiply.speed;

import java.util.Random;
import lab.matrixmultiply.MatrixMultiplier;
import lab.support.speed.SpeedWorkload;

/**
 * The timed workload of the matrix-multiply exercise: the product of two fixed, seeded matrices,
 * 4000×1000 times 1000×1000, sequentially with the kit's own loop and in parallel with the
 * student's {@link MatrixMultiplier}.
 *
 * <p>The shape keeps the right-hand matrix (8 MB) small enough to stay in a typical shared
 * last-level cache, so that two cores are not simply waiting on main memory, while the left-hand
 * matrix is tall enough to give the baseline about a second of arithmetic.
 *
 * <p>The entries are small whole numbers, so every product and every partial sum is exact in a
 * {@code double}: a correct implementation matches the baseline bit for bit whatever order it adds
 * in, and any difference is a real error (a lost or doubled contribution), not rounding.
 */
public final class MatrixMultiplyWorkload implements SpeedWorkload<double[][]> {

    /** Rows of the left-hand matrix, and of the product. */
    static final int ROWS = 4000;

    /** Columns of the left-hand matrix and rows of the right-hand one. */
    static final int INNER = 1000;

    /** Columns of the right-hand matrix, and of the product. */
    static final int COLUMNS = 1000;

    private static final long SEED = 20240909L;

    private double[][] a;
    private double[][] b;

    /** Creates the workload; {@link #setUp()} builds its input. */
    public MatrixMultiplyWorkload() {
    }

    @Override
    public void setUp() {
        Random random = new Random(SEED);
        a = randomMatrix(random, ROWS, INNER);
        b = randomMatrix(random, INNER, COLUMNS);
    }

    /** The plain sequential product in cache-friendly i-k-j order: the fair baseline. */
    @Override
    public double[][] baseline() {
        int rows = a.length;
        int inner = b.length;
        int columns = b[0].length;
        double[][] product = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            double[] aRow = a[i];
            double[] productRow = product[i];
            for (int k = 0; k < inner; k++) {
                double aik = aRow[k];
                double[] bRow = b[k];
                for (int j = 0; j < columns; j++) {
                    productRow[j] += aik * bRow[j];
                }
            }
        }
        return product;
    }

    @Override
    public double[][] candidate(int threads) throws Exception {
        return new MatrixMultiplier(threads).multiply(a, b);
    }

    @Override
    public String compare(double[][] expected, double[][] actual) {
        if (actual == null) {
            return "multiply returned null instead of the product";
        }
        if (actual.length != expected.length) {
            return "the product has " + actual.length + " rows, expected " + expected.length;
        }
        int wrong = 0;
        String first = null;
        for (int i = 0; i < expected.length; i++) {
            if (actual[i] == null || actual[i].length != expected[i].length) {
                return "row " + i + " of the product is missing or has the wrong length";
            }
            for (int j = 0; j < expected[i].length; j++) {
                if (Double.compare(expected[i][j], actual[i][j]) != 0) {
                    wrong++;
                    if (first == null) {
                        first = "(" + i + ", " + j + ") is " + actual[i][j] + ", expected " + expected[i][j];
                    }
                }
            }
        }
        if (wrong == 0) {
            return null;
        }
        return wrong + " entries of the product are wrong, the first at " + first
                + " (a race on shared data, or rows computed twice or not at all?)";
    }

    private static double[][] randomMatrix(Random random, int rows, int columns) {
        double[][] matrix = new double[rows][columns];
        for (double[] row : matrix) {
            for (int j = 0; j < columns; j++) {
                // Whole numbers from -9 to 9: every sum of INNER products stays exact.
                row[j] = random.nextInt(19) - 9;
            }
        }
        return matrix;
    }
}
