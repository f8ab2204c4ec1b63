/*
 * Mutant: escape-off-by-one
 * Bug: loops while n <= maxIterations, so points of the set get maxIterations + 1 (and a point that escapes exactly at the cap is counted one too far).
 * Caught by: tests
 */
package lab.mandelbrot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;

/**
 * Renders the Mandelbrot set in parallel: every row of the image is a task on a pool of worker
 * threads, so a thread that finishes a cheap row takes the next one while another is still busy
 * with an expensive one.
 *
 * <p>A renderer keeps nothing between calls: one renderer may be used by several threads at once.
 */
public final class MandelbrotRenderer {

    private final int threads;

    /**
     * Creates a renderer that uses {@code threads} worker threads per image.
     *
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public MandelbrotRenderer(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
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
        requirePositive(maxIterations);
        return iterate(re, im, maxIterations);
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
        if (view == null) {
            throw new NullPointerException("view is null");
        }
        requirePositive(maxIterations);
        int[][] image = new int[view.height()][];
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, view.height()));
        try {
            // One small task per row, handed out in order as threads become free: dynamic load
            // balancing. Rows through the set cost thousands of times more than rows outside it,
            // so equal blocks of rows would leave one thread with most of the work.
            List<Future<?>> rows = new ArrayList<>(view.height());
            for (int row = 0; row < view.height(); row++) {
                int y = row;
                // Each task fills a new array of its own and stores it in its own slot: no two
                // tasks write the same memory. Future.get() below makes the writes visible.
                rows.add(pool.submit(() -> {
                    image[y] = renderRow(view, y, maxIterations);
                }));
            }
            awaitAll(rows);
        } finally {
            // Always, even on failure or interrupt: the pool's threads must not outlive the call.
            pool.shutdownNow();
        }
        return image;
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
        if (iterations == null || out == null) {
            throw new NullPointerException("iterations and out must not be null");
        }
        requirePositive(maxIterations);
        int width = widthOf(iterations);
        BufferedImage picture = new BufferedImage(width, iterations.length, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < iterations.length; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, colour(iterations[y][x], maxIterations));
            }
        }
        if (!ImageIO.write(picture, "png", out)) {
            throw new IOException("this JDK has no PNG writer");
        }
    }

    private static int[] renderRow(View view, int row, int maxIterations) {
        int[] counts = new int[view.width()];
        double im = view.im(row);
        for (int column = 0; column < counts.length; column++) {
            counts[column] = iterate(view.re(column), im, maxIterations);
        }
        return counts;
    }

    /** The loop of {@link #escapeTime}, without the argument check, for the hot path. */
    private static int iterate(double re, double im, int maxIterations) {
        double x = 0.0;
        double y = 0.0;
        int n = 0;
        while (n <= maxIterations && x * x + y * y <= 4.0) {
            double nextX = x * x - y * y + re;
            y = 2.0 * x * y + im;
            x = nextX;
            n++;
        }
        return n;
    }

    /** Waits for every task; a task's failure is rethrown here, on the caller's thread. */
    private static void awaitAll(List<Future<?>> tasks) throws InterruptedException {
        for (Future<?> task : tasks) {
            try {
                task.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("a worker failed", cause);
            }
        }
    }

    /** Black inside the set; outside, a blue-to-white ramp that cycles with the escape time. */
    private static int colour(int count, int maxIterations) {
        if (count >= maxIterations) {
            return 0x000000;
        }
        // A logarithmic scale spreads the many small counts and the few large ones alike.
        double t = Math.log1p(count) / Math.log1p(maxIterations);
        int blue = 64 + (int) (191 * t);
        int green = (int) (255 * t * t);
        int red = (int) (255 * t * t * t);
        return (red << 16) | (green << 8) | blue;
    }

    private static int widthOf(int[][] iterations) {
        if (iterations.length == 0 || iterations[0] == null || iterations[0].length == 0) {
            throw new IllegalArgumentException("the image must have at least one row and one column");
        }
        int width = iterations[0].length;
        for (int[] row : iterations) {
            if (row == null || row.length != width) {
                throw new IllegalArgumentException("the rows of the image must all have " + width + " entries");
            }
        }
        return width;
    }

    private static void requirePositive(int maxIterations) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
        }
    }
}
