package lab.mandelbrot;

/**
 * A rectangular window onto the complex plane, sampled as an image of {@code width × height}
 * pixels.
 *
 * <p>Pixels are square, {@code pixelSize} wide. Column 0 is at the real part {@code minRe} and the
 * real part grows to the right; row 0 is at the imaginary part {@code maxIm} and the imaginary part
 * shrinks downwards (as in a picture, where row 0 is the top). Use {@link #re(int)} and
 * {@link #im(int)} to get a pixel's point: they define its coordinates to the last bit.
 *
 * <p>This class is complete: it is data, not part of the exercise.
 *
 * @param minRe the real part of column 0 (the left edge)
 * @param maxIm the imaginary part of row 0 (the top edge)
 * @param pixelSize the distance between neighbouring pixels, greater than 0
 * @param width the number of columns, at least 1
 * @param height the number of rows, at least 1
 */
public record View(double minRe, double maxIm, double pixelSize, int width, int height) {

    /**
     * Checks the view.
     *
     * @throws IllegalArgumentException if a coordinate is not finite, {@code pixelSize} is not
     *         positive, or {@code width} or {@code height} is less than 1
     */
    public View {
        if (!Double.isFinite(minRe) || !Double.isFinite(maxIm)) {
            throw new IllegalArgumentException("the corner (" + minRe + ", " + maxIm + ") must be finite");
        }
        if (!(pixelSize > 0) || !Double.isFinite(pixelSize)) {
            throw new IllegalArgumentException("pixelSize must be positive and finite, got " + pixelSize);
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("the image must be at least 1x1, got " + width + "x" + height);
        }
    }

    /**
     * Returns the view of {@code width × height} pixels of size {@code pixelSize} whose centre is
     * the point {@code centreRe + centreIm·i}.
     */
    public static View centredOn(double centreRe, double centreIm, double pixelSize, int width, int height) {
        return new View(centreRe - pixelSize * width / 2, centreIm + pixelSize * height / 2,
                pixelSize, width, height);
    }

    /** Returns the real part of the points in {@code column}: {@code minRe + column * pixelSize}. */
    public double re(int column) {
        return minRe + column * pixelSize;
    }

    /** Returns the imaginary part of the points in {@code row}: {@code maxIm - row * pixelSize}. */
    public double im(int row) {
        return maxIm - row * pixelSize;
    }
}
