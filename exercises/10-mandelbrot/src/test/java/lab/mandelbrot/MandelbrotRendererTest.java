package lab.mandelbrot;

import static lab.mandelbrot.Images.assertSameImage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The visible tests of {@link MandelbrotRenderer}: exact escape times, whole images, a PNG. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class MandelbrotRendererTest {

    /** The whole set, small: 64 x 48 pixels. */
    private static final View SMALL = View.centredOn(-0.6, 0.0, 2.6 / 64, 64, 48);

    @Test
    void theOriginNeverEscapes() {
        assertEquals(100, MandelbrotRenderer.escapeTime(0.0, 0.0, 100),
                "c = 0 is in the set (z stays 0): its escape time is maxIterations");
    }

    @Test
    void minusOneNeverEscapes() {
        assertEquals(50, MandelbrotRenderer.escapeTime(-1.0, 0.0, 50),
                "c = -1 is in the set (z goes 0, -1, 0, -1, ...): its escape time is maxIterations");
    }

    @Test
    void oneEscapesAfterThreeIterations() {
        assertEquals(3, MandelbrotRenderer.escapeTime(1.0, 0.0, 100),
                "c = 1: z goes 0, 1, 2, 5; |2|² = 4 is not more than 4, |5|² = 25 is, after 3 iterations"
                        + " (an off-by-one in the loop condition or the count?)");
    }

    @Test
    void twoEscapesAfterTwoIterations() {
        assertEquals(2, MandelbrotRenderer.escapeTime(2.0, 0.0, 100),
                "c = 2: z goes 0, 2, 6; |2|² = 4 is not more than 4, |6|² = 36 is, after 2 iterations");
    }

    @Test
    void threeEscapesAfterOneIteration() {
        assertEquals(1, MandelbrotRenderer.escapeTime(3.0, 0.0, 100),
                "c = 3: z goes 0, 3 and |3|² = 9 > 4 after 1 iteration");
    }

    @Test
    void theImaginaryUnitNeverEscapes() {
        assertEquals(40, MandelbrotRenderer.escapeTime(0.0, 1.0, 40),
                "c = i is in the set (z goes 0, i, -1+i, -i, -1+i, ...): its escape time is maxIterations");
    }

    @Test
    void theCountIsCappedAtMaxIterations() {
        assertEquals(2, MandelbrotRenderer.escapeTime(1.0, 0.0, 2),
                "c = 1 needs 3 iterations to escape, but with maxIterations = 2 the count stops at 2");
        assertEquals(1, MandelbrotRenderer.escapeTime(0.0, 0.0, 1),
                "with maxIterations = 1 a point of the set gets 1");
    }

    @ParameterizedTest(name = "maxIterations = {0}")
    @ValueSource(ints = {0, -5})
    void escapeTimeRejectsFewerThanOneIteration(int maxIterations) {
        assertThrows(IllegalArgumentException.class, () -> MandelbrotRenderer.escapeTime(0.0, 0.0, maxIterations));
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 3, 4})
    void rendersTheWholeSet(int threads) throws InterruptedException {
        int[][] image = new MandelbrotRenderer(threads).render(SMALL, 200);

        assertSameImage(Images.sequentialRender(SMALL, 200), image, "64x48 view of the whole set, " + threads + " threads");
    }

    @ParameterizedTest(name = "{0}x{1} pixels, {2} threads")
    @CsvSource({"1, 1, 1", "1, 1, 3", "1, 9, 2", "9, 1, 2", "5, 3, 8", "30, 7, 3"})
    void rendersEveryShape(int width, int height, int threads) throws InterruptedException {
        View view = View.centredOn(-0.5, 0.1, 0.07, width, height);

        int[][] image = new MandelbrotRenderer(threads).render(view, 100);

        assertSameImage(Images.sequentialRender(view, 100), image,
                width + "x" + height + " pixels with " + threads + " threads");
    }

    /** Rows through the set cost hundreds of times more than rows outside: threads really overlap. */
    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 3, 4})
    void largeImageIsExactWithSeveralThreads(int threads) throws InterruptedException {
        View view = new View(-2.0, 1.0, 0.01, 260, 120);
        int[][] expected = Images.sequentialRender(view, 300);
        MandelbrotRenderer renderer = new MandelbrotRenderer(threads);

        for (int round = 0; round < 3; round++) {
            assertSameImage(expected, renderer.render(view, 300),
                    "260x120 with " + threads + " threads, round " + round);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS) // room for the bounded wait for leaked threads
    void leavesNoThreadsRunning() throws InterruptedException {
        Set<Thread> before = WorkerThreads.snapshot();

        new MandelbrotRenderer(4).render(SMALL, 100);

        WorkerThreads.assertAllEnded(before, "render");
    }

    @Test
    void rejectsBadArguments() {
        MandelbrotRenderer renderer = new MandelbrotRenderer(2);

        assertThrows(NullPointerException.class, () -> renderer.render(null, 100), "a null view");
        assertThrows(IllegalArgumentException.class, () -> renderer.render(SMALL, 0),
                "maxIterations = 0: IllegalArgumentException");
    }

    @ParameterizedTest(name = "threads = {0}")
    @ValueSource(ints = {0, -1})
    void rejectsFewerThanOneThread(int threads) {
        assertThrows(IllegalArgumentException.class, () -> new MandelbrotRenderer(threads),
                "a renderer needs at least one thread: IllegalArgumentException");
    }

    @Test
    void writesAPngOfTheSameSizeWithTheSetInBlack() throws IOException, InterruptedException {
        int[][] image = new MandelbrotRenderer(2).render(SMALL, 200);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new MandelbrotRenderer(1).writePng(image, 200, out);

        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertNotNull(picture, "writePng must write a PNG that ImageIO can read back");
        assertEquals(64, picture.getWidth(), "the picture is as wide as the image has columns");
        assertEquals(48, picture.getHeight(), "the picture is as high as the image has rows");
        for (int row = 0; row < 48; row++) {
            for (int column = 0; column < 64; column++) {
                int rgb = picture.getRGB(column, row) & 0xFFFFFF;
                if (image[row][column] == 200) {
                    assertEquals(0, rgb, "pixel (" + column + ", " + row + ") is in the set: it must be black");
                } else {
                    assertNotEquals(0, rgb, "pixel (" + column + ", " + row + ") escapes after "
                            + image[row][column] + " iterations: it must not be black");
                }
            }
        }
    }
}
