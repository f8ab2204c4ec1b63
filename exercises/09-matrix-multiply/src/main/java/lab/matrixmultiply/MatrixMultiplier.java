package lab.matrixmultiply;

/**
 * Multiplies dense matrices in parallel, with a pool of worker threads whose size the caller
 * chooses.
 *
 * <p>A matrix is a {@code double[][]} indexed {@code [row][column]}; it is rectangular (every row
 * has the same length) and has at least one row and one column.
 *
 * <p>A multiplier keeps nothing between calls: one multiplier may be used by several threads at
 * once.
 *
 * <p>Entry {@code (i, j)} of the product {@code a × b} is the sum over {@code k} of
 * {@code a[i][k] * b[k][j]}. The tests and the speed check use whole numbers small enough that
 * every such sum is exact in a {@code double}, so there the result must be exactly right whatever
 * order you add in. With fractional entries, adding in another order may change the last bits;
 * the tests allow that (a relative difference of 1e-9).
 */
public final class MatrixMultiplier {

    /**
     * Creates a multiplier that uses {@code threads} worker threads per multiplication.
     *
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public MatrixMultiplier(int threads) {
        throw new UnsupportedOperationException("TODO: check and remember the number of threads");
    }

    /**
     * Returns the product {@code a × b}, computed in parallel by {@code threads} worker threads
     * (fewer if the product has fewer rows than that).
     *
     * <p>{@code a} is {@code n × m} and {@code b} is {@code m × p}; the result is a new
     * {@code n × p} matrix. Neither argument is modified. The worker threads belong to this call:
     * they have ended, or are about to end, when it returns or throws; nothing is left running.
     *
     * @throws NullPointerException if a matrix or one of its rows is {@code null}
     * @throws IllegalArgumentException if a matrix has no rows, no columns or rows of different
     *         lengths, or if the number of columns of {@code a} differs from the number of rows of
     *         {@code b}
     * @throws InterruptedException if the calling thread is interrupted while it waits for the
     *         workers
     */
    public double[][] multiply(double[][] a, double[][] b) throws InterruptedException {
        throw new UnsupportedOperationException(
                "TODO: split the product into chunks of rows, compute the chunks on an ExecutorService"
                        + " with this multiplier's number of threads, wait for their Futures, shut the"
                        + " executor down");
    }
}
