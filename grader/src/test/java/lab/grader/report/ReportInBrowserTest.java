package lab.grader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import lab.grader.kit.CheckKind;
import lab.grader.result.CheckResult;
import lab.grader.result.ExerciseResult;
import lab.grader.result.GradeReport;
import lab.grader.result.Machine;
import lab.grader.result.SpeedFigures;
import lab.grader.result.Status;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a {@code report.html} with a speed chart and a student's picture in headless Chromium, with
 * the network switched off, and looks at the screenshot: the chart's lines and the picture must
 * be drawn. This is the proof that the report is self-contained and renders, which no amount of
 * string matching on the HTML gives.
 *
 * <p>It needs a Chromium ({@code LAB_CHROMIUM}, or {@code chromium}, {@code chromium-browser} or
 * {@code google-chrome} on the PATH; on Debian {@code apt-get install chromium}) and is skipped,
 * saying so, without one. The same screenshot by hand: {@code tools/report-screenshot REPORT.html OUT.png}.
 */
class ReportInBrowserTest {

    /** The series colours of {@link SpeedChart}. */
    private static final Color YOURS = new Color(0x1b8a3a);
    private static final Color REFERENCE = new Color(0x2f6fb0);
    private static final Color AMDAHL = new Color(0xc47f00);
    /** The student's picture: a colour nothing else on the page uses. */
    private static final Color PICTURE = new Color(0xd0, 0x20, 0xd0);

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void theSpeedChartAndThePictureAreDrawn() throws Exception {
        Optional<Path> chromium = chromium();
        Assumptions.assumeTrue(chromium.isPresent(), "no Chromium here (set LAB_CHROMIUM or install chromium)");

        Path report = writeReport();
        BufferedImage screenshot = screenshot(chromium.get(), report);

        assertTrue(pixelsNear(screenshot, YOURS) > 200, "the submission's speedup line is not drawn");
        assertTrue(pixelsNear(screenshot, REFERENCE) > 200, "the reference's speedup line is not drawn");
        assertTrue(pixelsNear(screenshot, AMDAHL) > 50, "the fitted Amdahl curve is not drawn");
        assertTrue(pixelsNear(screenshot, PICTURE) > 5_000, "the student's picture is not shown");
    }

    @Test
    void theReportLoadsNothingFromTheNetwork() throws Exception {
        String html = Files.readString(writeReport());
        for (String fetch : List.of("src='http", "src=\"http", "href='http", "href=\"http", "url(http", "@import")) {
            assertFalse(html.contains(fetch), "report.html fetches something: " + fetch);
        }
    }

    @Test
    void theReportShowsEachRoundsRatioBehindTheScore() throws Exception {
        String html = Files.readString(writeReport());
        assertTrue(html.contains("round by round: 0.90 0.93 0.88 0.95 0.91 0.92 0.90"), "the rounds' ratios are not shown");
    }

    private Path writeReport() throws IOException {
        Path pictureFile = dir.resolve("work/mandelbrot/speed-picture.png");
        Files.createDirectories(pictureFile.getParent());
        Files.write(pictureFile, solidPng(PICTURE, 200, 150));
        SpeedFigures figures = new SpeedFigures(List.of(1, 2, 4), List.of(1.0, 1.7, 2.6), List.of(1.0, 1.9, 3.5),
                0.18, false, 7, 0, "work/mandelbrot/speed-picture.png", List.of(0.9, 0.93, 0.88, 0.95, 0.91, 0.92, 0.9));
        CheckResult speed = new CheckResult(CheckKind.SPEED.id(), Status.FAIL, 20, 30, "1.70x with 2 threads", List.of(), figures);
        ExerciseResult exercise = new ExerciseResult("mandelbrot", "graded", 20, 30, "", List.of(speed));
        GradeReport report = new GradeReport(GradeReport.SCHEMA, new GradeReport.KitInfo("test"),
                new GradeReport.SubmissionInfo("submission", null, List.of()),
                new Machine(4, "a test CPU", "25", "Linux"), "feedback", 20, 30, List.of(exercise));
        HtmlReport.write(report, dir);
        return dir.resolve("report.html");
    }

    private BufferedImage screenshot(Path chromium, Path report) throws Exception {
        Path png = dir.resolve("screenshot.png");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run",
                // Any request to the network fails: a report that needs one shows up as a blank chart.
                "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                "--user-data-dir=" + dir.resolve("profile"), "--hide-scrollbars", "--window-size=1280,2400",
                "--screenshot=" + png, report.toUri().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        boolean ended = process.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String log = Files.readString(dir.resolve("chromium.log"), StandardCharsets.UTF_8);
        assertTrue(ended, "Chromium did not finish its screenshot within 90 s:\n" + log);
        assertEquals(0, process.exitValue(), "Chromium failed:\n" + log);
        assertTrue(Files.isRegularFile(png), "Chromium wrote no screenshot:\n" + log);
        return ImageIO.read(png.toFile());
    }

    /** Pixels within a small distance of the colour (anti-aliasing softens line edges). */
    private static long pixelsNear(BufferedImage image, Color color) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color pixel = new Color(image.getRGB(x, y));
                int distance = Math.abs(pixel.getRed() - color.getRed()) + Math.abs(pixel.getGreen() - color.getGreen())
                        + Math.abs(pixel.getBlue() - color.getBlue());
                if (distance < 30) {
                    count++;
                }
            }
        }
        return count;
    }

    private static byte[] solidPng(Color color, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, color.getRGB());
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    static Optional<Path> chromium() {
        String configured = System.getenv("LAB_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(d -> Stream.of("chromium", "chromium-browser", "google-chrome").map(name -> Path.of(d, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
