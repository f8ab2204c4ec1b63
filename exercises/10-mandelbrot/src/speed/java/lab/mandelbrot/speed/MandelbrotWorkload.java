package lab.mandelbrot.speed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import lab.mandelbrot.MandelbrotRenderer;
import lab.mandelbrot.View;
import lab.support.speed.SpeedWorkload;

/**
 * The timed workload of the mandelbrot exercise: one fixed view rendered sequentially by the
 * kit's own loop and in parallel by the student's {@link MandelbrotRenderer}.
 *
 * <p>The view is chosen to be unfair to equal blocks of rows: it shows the upper half of the set,
 * so the expensive rows (those through the set, where every pixel runs all {@link #MAX_ITERATIONS}
 * iterations) lie mostly in the lower half of the image. Two equal blocks of rows give one thread
 * about four fifths of the work; handing out rows as threads become free keeps both busy.
 */
public final class MandelbrotWorkload implements SpeedWorkload<int[][]> {

    /** The iteration cap: a pixel of the set costs this many iterations. */
    static final int MAX_ITERATIONS = 1000;

    /**
     * Real parts -2.0 to about 0.6, imaginary parts 1.0 down to about -0.2: the real axis, with the
     * main cardioid and the period-2 bulb, is in the bottom sixth of the picture. Sized so that
     * the sequential baseline takes about a second on a 2-core grading runner.
     */
    static final View VIEW = new View(-2.0, 1.0, 0.002, 1300, 600);

    /** Creates the workload; the view is fixed, so {@link #setUp()} has nothing to build. */
    public MandelbrotWorkload() {
    }

    @Override
    public void setUp() {
        // The input is the constant VIEW.
    }

    /**
     * The plain sequential renderer: row after row, pixel after pixel, with the kit's own loop.
     * The pixels' coordinates are computed here (the same formulas as {@link View#re} and
     * {@link View#im}), so the baseline depends on no code in the student's source tree.
     */
    @Override
    public int[][] baseline() {
        int[][] image = new int[VIEW.height()][VIEW.width()];
        for (int row = 0; row < VIEW.height(); row++) {
            double im = VIEW.maxIm() - row * VIEW.pixelSize();
            for (int column = 0; column < VIEW.width(); column++) {
                image[row][column] = escapeTime(VIEW.minRe() + column * VIEW.pixelSize(), im);
            }
        }
        return image;
    }

    @Override
    public int[][] candidate(int threads) throws Exception {
        return new MandelbrotRenderer(threads).render(VIEW, MAX_ITERATIONS);
    }

    @Override
    public String compare(int[][] expected, int[][] actual) {
        if (actual == null) {
            return "render returned null instead of the image";
        }
        if (actual.length != expected.length) {
            return "the image has " + actual.length + " rows, expected " + expected.length;
        }
        int wrong = 0;
        String first = null;
        for (int row = 0; row < expected.length; row++) {
            if (actual[row] == null || actual[row].length != expected[row].length) {
                return "row " + row + " of the image is missing or has the wrong length";
            }
            for (int column = 0; column < expected[row].length; column++) {
                if (expected[row][column] != actual[row][column]) {
                    wrong++;
                    if (first == null) {
                        first = "[" + row + "][" + column + "] is " + actual[row][column]
                                + ", expected " + expected[row][column];
                    }
                }
            }
        }
        if (wrong == 0) {
            return null;
        }
        return wrong + " pixels have the wrong iteration count, the first at " + first
                + " (an off-by-one in the loop, or threads overwriting each other's rows?)";
    }

    /** The student's own PNG of the result, so the report shows their picture; none if it fails. */
    @Override
    public byte[] picture(int[][] result) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            new MandelbrotRenderer(1).writePng(result, MAX_ITERATIONS, png);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return png.size() == 0 ? null : png.toByteArray();
    }

    /** The escape-time loop, exactly as the exercise defines it. */
    private static int escapeTime(double re, double im) {
        double x = 0.0;
        double y = 0.0;
        int n = 0;
        while (n < MAX_ITERATIONS && x * x + y * y <= 4.0) {
            double nextX = x * x - y * y + re;
            y = 2.0 * x * y + im;
            x = nextX;
            n++;
        }
        return n;
    }
}
