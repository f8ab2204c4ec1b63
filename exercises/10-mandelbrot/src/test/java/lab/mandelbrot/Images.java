package lab.mandelbrot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/** The kit's own sequential renderer, to check the student's images against. */
final class Images {

    private Images() {
    }

    /**
     * The escape time exactly as the exercise defines it. The point's coordinates are computed
     * here from the view's components, not through {@link View#re} and {@link View#im}.
     */
    static int escapeTime(double re, double im, int maxIterations) {
        double x = 0.0;
        double y = 0.0;
        int n = 0;
        while (n < maxIterations && x * x + y * y <= 4.0) {
            double nextX = x * x - y * y + re;
            y = 2.0 * x * y + im;
            x = nextX;
            n++;
        }
        return n;
    }

    /** The expected image: every pixel's escape time, row after row. */
    static int[][] sequentialRender(View view, int maxIterations) {
        int[][] image = new int[view.height()][view.width()];
        for (int row = 0; row < view.height(); row++) {
            double im = view.maxIm() - row * view.pixelSize();
            for (int column = 0; column < view.width(); column++) {
                double re = view.minRe() + column * view.pixelSize();
                image[row][column] = escapeTime(re, im, maxIterations);
            }
        }
        return image;
    }

    /** Fails unless the images are equal, naming the number of wrong pixels and the first one. */
    static void assertSameImage(int[][] expected, int[][] actual, String what) {
        assertNotNull(actual, what + ": render returned null");
        assertEquals(expected.length, actual.length, what + ": the image has the wrong number of rows");
        int wrong = 0;
        String first = null;
        for (int row = 0; row < expected.length; row++) {
            assertNotNull(actual[row], what + ": row " + row + " of the image is null");
            assertEquals(expected[row].length, actual[row].length,
                    what + ": row " + row + " of the image has the wrong number of entries");
            for (int column = 0; column < expected[row].length; column++) {
                if (expected[row][column] != actual[row][column]) {
                    wrong++;
                    if (first == null) {
                        first = "[" + row + "][" + column + "] is " + actual[row][column]
                                + " but should be " + expected[row][column];
                    }
                }
            }
        }
        if (wrong > 0) {
            fail(what + ": " + wrong + " pixels are wrong, the first at " + first
                    + ". If it is right with 1 thread and wrong with more, threads are sharing something"
                    + " they write (a race), or a row is computed by no task or into the wrong place.");
        }
    }
}
