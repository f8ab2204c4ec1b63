package lab.mandelbrot;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders the Mandelbrot set in parallel, with a pool of worker threads whose size the caller
 * chooses, and writes the result as a PNG picture.
 *
 * <p>A renderer keeps nothing between calls: one renderer may be used by several threads at once.
 */
public final class MandelbrotRenderer {

    /**
     * Creates a renderer that uses {@code threads} worker threads per image.
     *
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public MandelbrotRenderer(int threads) {
        throw new UnsupportedOperationException("TODO: check and remember the number of threads");
    }

    /**
     * Returns the escape time of the point {@code c = re + im·i}: how many times
     * {@code z = z² + c} can be applied, starting from {@code z = 0}, before {@code |z|² > 4},
     * capped at {@code maxIterations}.
     *
     * <p>Exactly, with {@code x} and {@code y} the real and imaginary parts of {@code z}, both
     * starting at {@code 0.0}, and {@code n} starting at 0: while {@code n < maxIterations} and
     * {@code x * x + y * y <= 4.0}, compute the new {@code x} as {@code x * x - y * y + re} and the
     * new {@code y} as {@code 2.0 * x * y + im} (both from the old {@code x} and {@code y}), then
     * add 1 to {@code n}. The result is {@code n}. Every expression is evaluated left to right in
     * {@code double}, as Java writes it, so the result is the same on every machine.
     *
     * <p>A point of the set never escapes and gets {@code maxIterations}.
     *
     * @throws IllegalArgumentException if {@code maxIterations < 1}
     */
    public static int escapeTime(double re, double im, int maxIterations) {
        throw new UnsupportedOperationException("TODO: iterate z = z^2 + c exactly as described above");
    }

    /**
     * Renders {@code view}: the result has {@code view.height()} rows of {@code view.width()}
     * entries, and entry {@code [row][column]} is
     * {@code escapeTime(view.re(column), view.im(row), maxIterations)}.
     *
     * <p>The rows are computed by this renderer's worker threads, in parallel. The worker threads
     * belong to this call: they have ended, or are about to end, when it returns or throws;
     * nothing is left running.
     *
     * @throws NullPointerException if {@code view} is {@code null}
     * @throws IllegalArgumentException if {@code maxIterations < 1}
     * @throws InterruptedException if the calling thread is interrupted while it waits for the
     *         workers
     */
    public int[][] render(View view, int maxIterations) throws InterruptedException {
        throw new UnsupportedOperationException(
                "TODO: compute the rows as tasks on an ExecutorService with this renderer's number of"
                        + " threads, wait for their Futures, shut the executor down");
    }

    /**
     * Writes {@code iterations} (as returned by {@link #render}) to {@code out} as a PNG image of
     * the same size, one pixel per entry ({@code iterations[row][column]} is the pixel at
     * {@code (x = column, y = row)}). Points of the set (entries equal to {@code maxIterations})
     * are black; every other pixel is a colour that is not black, chosen from its escape time.
     * {@code out} is not closed.
     *
     * @throws NullPointerException if {@code iterations} or {@code out} is {@code null}
     * @throws IllegalArgumentException if {@code iterations} has no rows, no columns or rows of
     *         different lengths, or if {@code maxIterations < 1}
     * @throws IOException if writing to {@code out} fails
     */
    public void writePng(int[][] iterations, int maxIterations, OutputStream out) throws IOException {
        throw new UnsupportedOperationException(
                "TODO: draw one pixel per entry into an image and write it to out as a PNG");
    }
}
