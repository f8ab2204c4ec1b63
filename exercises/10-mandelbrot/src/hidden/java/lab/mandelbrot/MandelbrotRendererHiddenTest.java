package lab.mandelbrot;

import static lab.mandelbrot.Images.assertSameImage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The hidden tests of {@link MandelbrotRenderer}: many views, deep zooms, races under load, edge cases. */
@Timeout(value = 40, unit = TimeUnit.SECONDS)
class MandelbrotRendererHiddenTest {

    private final Random random = new Random(1010);

    @Test
    void escapeTimeMatchesTheDefinitionOnAGrid() {
        for (int i = 0; i <= 120; i++) {
            for (int j = 0; j <= 120; j++) {
                double re = -2.2 + i * 0.025;
                double im = -1.5 + j * 0.025;
                assertEquals(Images.escapeTime(re, im, 500), MandelbrotRenderer.escapeTime(re, im, 500),
                        "escapeTime(" + re + ", " + im + ", 500): follow the definition exactly (the new y"
                                + " uses the old x; stop when x*x + y*y > 4.0; count every iteration)");
            }
        }
    }

    @Test
    void escapeTimeOfRandomPointsWithRandomCaps() {
        for (int trial = 0; trial < 3000; trial++) {
            double re = random.nextDouble() * 3 - 2.1;
            double im = random.nextDouble() * 2.4 - 1.2;
            int cap = 1 + random.nextInt(3000);
            assertEquals(Images.escapeTime(re, im, cap), MandelbrotRenderer.escapeTime(re, im, cap),
                    "escapeTime(" + re + ", " + im + ", " + cap + ")");
        }
    }

    @Test
    void randomViewsAndThreadCounts() throws InterruptedException {
        for (int trial = 0; trial < 40; trial++) {
            int width = 1 + random.nextInt(50);
            int height = 1 + random.nextInt(50);
            int threads = 1 + random.nextInt(8);
            int cap = 1 + random.nextInt(400);
            View view = View.centredOn(random.nextDouble() * 2.5 - 2.0, random.nextDouble() * 2 - 1,
                    0.002 + random.nextDouble() * 0.05, width, height);

            assertSameImage(Images.sequentialRender(view, cap), new MandelbrotRenderer(threads).render(view, cap),
                    view + " with maxIterations " + cap + " and " + threads + " threads");
        }
    }

    @Test
    void aDeepZoomWithLargeCounts() throws InterruptedException {
        View view = View.centredOn(-0.743643887037151, 0.13182590420533, 2e-7, 60, 45);

        assertSameImage(Images.sequentialRender(view, 6000), new MandelbrotRenderer(3).render(view, 6000),
                "a deep zoom near the seahorse valley, maxIterations 6000");
    }

    /** An unbalanced view, big enough that the workers overlap for a long time: races show. */
    @Test
    void largeImagesUnderContention() throws InterruptedException {
        View view = new View(-2.0, 1.0, 0.006, 430, 200);
        int[][] expected = Images.sequentialRender(view, 400);
        for (int threads = 2; threads <= 5; threads++) {
            MandelbrotRenderer renderer = new MandelbrotRenderer(threads);
            for (int round = 0; round < 2; round++) {
                assertSameImage(expected, renderer.render(view, 400),
                        "430x200 with " + threads + " threads, round " + round);
            }
        }
    }

    @Test
    void tallAndWideImages() throws InterruptedException {
        View tall = new View(-0.8, 1.2, 0.003, 3, 800);
        View wide = new View(-2.1, 0.05, 0.003, 900, 2);

        assertSameImage(Images.sequentialRender(tall, 300), new MandelbrotRenderer(3).render(tall, 300), "3x800");
        assertSameImage(Images.sequentialRender(wide, 300), new MandelbrotRenderer(3).render(wide, 300), "900x2");
    }

    @Test
    void oneRendererUsedByTwoThreadsAtOnce() {
        MandelbrotRenderer shared = new MandelbrotRenderer(2);
        View[] views = {new View(-2.0, 1.0, 0.012, 200, 100), new View(-1.5, 0.6, 0.01, 150, 120)};
        int[][][] expected = {Images.sequentialRender(views[0], 300), Images.sequentialRender(views[1], 300)};

        TestThreads.runTogether(2, "caller", index -> {
            for (int round = 0; round < 3; round++) {
                assertSameImage(expected[index], shared.render(views[index], 300),
                        "caller " + index + " of a renderer used by two threads at once, round " + round
                                + " (the renderer must keep nothing per call in its fields)");
            }
        });
    }

    @Test
    void leavesNoThreadsRunningAfterManyCalls() throws InterruptedException {
        View view = View.centredOn(-0.5, 0.0, 0.05, 40, 30);
        Set<Thread> before = WorkerThreads.snapshot();

        for (int call = 0; call < 20; call++) {
            new MandelbrotRenderer(1 + call % 4).render(view, 50);
        }

        WorkerThreads.assertAllEnded(before, "20 calls of render");
    }

    @Test
    void leavesNoThreadsRunningAfterRejectingItsArguments() throws InterruptedException {
        Set<Thread> before = WorkerThreads.snapshot();
        MandelbrotRenderer renderer = new MandelbrotRenderer(3);
        View view = View.centredOn(-0.5, 0.0, 0.05, 40, 30);

        for (int call = 0; call < 5; call++) {
            assertThrows(IllegalArgumentException.class, () -> renderer.render(view, 0));
        }

        WorkerThreads.assertAllEnded(before, "render with maxIterations = 0");
    }

    @Test
    void interruptingTheCallerEndsTheCallWithInterruptedException() throws InterruptedException {
        // All points of the set at a high cap: about a second of work, far more than the test
        // needs to interrupt the caller, and little enough that workers which do not stop early
        // still end well within the bound of the leak check.
        View view = View.centredOn(-0.2, 0.0, 0.001, 200, 200);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Set<Thread> before = WorkerThreads.snapshot();

        try (TestThreads threads = new TestThreads()) {
            Thread caller = threads.start("caller", () -> {
                try {
                    new MandelbrotRenderer(2).render(view, 10_000);
                } catch (InterruptedException e) {
                    outcome.set(e);
                }
            });
            threads.awaitBlocked(caller);
            caller.interrupt();
        }

        assertTrue(outcome.get() instanceof InterruptedException,
                "interrupting a caller that waits for the workers must end render with an"
                        + " InterruptedException (do not swallow it); got " + outcome.get());
        WorkerThreads.assertAllEnded(before, "an interrupted render");
    }

    @Test
    void writesALargePngAndLeavesTheStreamOpen() throws IOException, InterruptedException {
        View view = new View(-2.0, 1.0, 0.01, 260, 120);
        int[][] image = new MandelbrotRenderer(2).render(view, 300);
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };

        new MandelbrotRenderer(1).writePng(image, 300, out);

        assertFalse(closed[0], "writePng must not close the stream it was given: it belongs to the caller");
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertNotNull(picture, "writePng must write a PNG that ImageIO can read back");
        assertEquals(260, picture.getWidth());
        assertEquals(120, picture.getHeight());
        for (int row = 0; row < 120; row++) {
            for (int column = 0; column < 260; column++) {
                boolean black = (picture.getRGB(column, row) & 0xFFFFFF) == 0;
                assertEquals(image[row][column] == 300, black,
                        "pixel (" + column + ", " + row + "): black exactly for the points of the set");
            }
        }
    }

    @Test
    void writesAnyIterationArrayNotOnlyRenderedOnes() throws IOException {
        int[][] counts = {{0, 1, 2, 3}, {4, 5, 6, 7}, {7, 7, 0, 7}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new MandelbrotRenderer(1).writePng(counts, 7, out);

        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertNotNull(picture, "writePng must write a PNG that ImageIO can read back");
        assertEquals(4, picture.getWidth());
        assertEquals(3, picture.getHeight());
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 4; column++) {
                boolean black = (picture.getRGB(column, row) & 0xFFFFFF) == 0;
                assertEquals(counts[row][column] == 7, black,
                        "pixel (" + column + ", " + row + ") with count " + counts[row][column] + " of 7");
            }
        }
    }

    @Test
    void writePngRejectsBadArguments() {
        MandelbrotRenderer renderer = new MandelbrotRenderer(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThrows(NullPointerException.class, () -> renderer.writePng(null, 10, out));
        assertThrows(NullPointerException.class, () -> renderer.writePng(new int[][] {{1}}, 10, null));
        assertThrows(IllegalArgumentException.class, () -> renderer.writePng(new int[0][0], 10, out),
                "an image with no rows");
        assertThrows(IllegalArgumentException.class, () -> renderer.writePng(new int[][] {{}}, 10, out),
                "an image with no columns");
        assertThrows(IllegalArgumentException.class, () -> renderer.writePng(new int[][] {{1, 2}, {3}}, 10, out),
                "rows of different lengths");
        assertThrows(IllegalArgumentException.class, () -> renderer.writePng(new int[][] {{1}}, 0, out),
                "maxIterations = 0");
    }
}
