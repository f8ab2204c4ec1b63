package lab.matrixmultiply.speed;

import java.util.Random;
import lab.matrixmultiply.MatrixMultiplier;
import lab.support.speed.SpeedWorkload;

/**
 * The timed workload of the matrix-multiply exercise: the product of two fixed, seeded matrices,
 * 32000×512 times 512×128, sequentially with the kit's own loop and in parallel with the
 * student's {@link MatrixMultiplier}.
 *
 * <p>The shape keeps the right-hand matrix (512 KB) small enough to stay in each core's own
 * level-2 cache, and not a stream from the shared last-level cache, which the cores would have to
 * share. (An earlier 4000×1000 times 1000×1000, whose 8 MB right-hand matrix lived in the shared
 * cache, gave the reference only 1.55x to 2.0x on two cores. Even in the level-2 caches, two cores
 * reading one shared right-hand matrix gave the reference about 1.65x on the 2026 grading machine,
 * and a copy of it per task 1.8x to 1.9x: see the reference solution.) Each entry of the product
 * takes 512 multiplications, so allocating the product (a serial step in every implementation) is
 * small beside the arithmetic. The left-hand matrix is tall enough to give the baseline well under
 * a second of work.
 *
 * <p>The entries are small whole numbers, so every product and every partial sum is exact in a
 * {@code double}: a correct implementation matches the baseline bit for bit whatever order it adds
 * in, and any difference is a real error (a lost or doubled contribution), not rounding.
 */
public final class MatrixMultiplyWorkload implements SpeedWorkload<double[][]> {

    /** Rows of the left-hand matrix, and of the product. */
    static final int ROWS = 32000;

    /** Columns of the left-hand matrix and rows of the right-hand one. */
    static final int INNER = 512;

    /** Columns of the right-hand matrix, and of the product. */
    static final int COLUMNS = 128;

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

    /**
     * The plain sequential product in cache-friendly i-k-j order: the fair baseline. One row at a
     * time through a small method, as a careful sequential programmer would write it: the method
     * is called thousands of times, so the JIT compiles it fully (a triple loop in one method
     * called once per round would run as on-stack-replaced code, measurably slower, and every
     * parallel solution would look better than it is).
     */
    @Override
    public double[][] baseline() {
        double[][] product = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            product[i] = new double[b[0].length];
            addRowTimesMatrix(a[i], b, product[i]);
        }
        return product;
    }

    /** productRow += aRow × b, walking rows of b left to right. */
    private static void addRowTimesMatrix(double[] aRow, double[][] b, double[] productRow) {
        for (int k = 0; k < b.length; k++) {
            double aik = aRow[k];
            double[] bRow = b[k];
            for (int j = 0; j < productRow.length; j++) {
                productRow[j] += aik * bRow[j];
            }
        }
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
