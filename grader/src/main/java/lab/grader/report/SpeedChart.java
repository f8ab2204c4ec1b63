package lab.grader.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lab.grader.result.SpeedFigures;
import lab.grader.speed.SpeedMath;

/**
 * Draws speedup against threads as inline SVG: the ideal line, the reference, the submission, and
 * the Amdahl curve fitted from the serial fraction when there is one. SVG needs no script and no
 * network, so the report opens anywhere.
 */
final class SpeedChart {

    private static final int WIDTH = 420;
    private static final int HEIGHT = 280;
    private static final int MARGIN = 44;

    private SpeedChart() {
    }

    static String svg(SpeedFigures figures) {
        List<Integer> threads = figures.threads();
        int maxThreads = threads.get(threads.size() - 1);
        double maxY = Math.max(maxThreads, Math.max(max(figures.speedup()), max(figures.referenceSpeedup()))) * 1.1;
        Axes axes = new Axes(Math.max(2, maxThreads), maxY);

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' class='chart' width='%d' height='%d' viewBox='0 0 %d %d' role='img'"
                        + " aria-label='speedup against threads'>", WIDTH, HEIGHT, WIDTH, HEIGHT));
        appendAxes(svg, axes, threads);
        svg.append(polyline(axes, List.of(1, Math.max(2, maxThreads)), List.of(1.0, (double) Math.max(2, maxThreads)),
                "#9aa5b1", "6 4", "ideal"));
        if (figures.serialFraction() != null) {
            List<Integer> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int t = 1; t <= maxThreads; t++) {
                xs.add(t);
                ys.add(SpeedMath.amdahl(Math.max(0, figures.serialFraction()), t));
            }
            svg.append(polyline(axes, xs, ys, "#c47f00", "2 3", "Amdahl fit"));
        }
        svg.append(polyline(axes, threads, figures.referenceSpeedup(), "#2f6fb0", "", "reference"));
        svg.append(polyline(axes, threads, figures.speedup(), "#1b8a3a", "", "yours"));
        appendLegend(svg, figures);
        svg.append("</svg>");
        return svg.toString();
    }

    private record Axes(int maxX, double maxY) {
        double x(double threads) {
            return MARGIN + (threads - 1) / (maxX - 1.0) * (WIDTH - 2 * MARGIN);
        }

        double y(double speedup) {
            return HEIGHT - MARGIN - speedup / maxY * (HEIGHT - 2 * MARGIN);
        }
    }

    private static void appendAxes(StringBuilder svg, Axes axes, List<Integer> threads) {
        svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#333'/>",
                MARGIN, HEIGHT - MARGIN, WIDTH - MARGIN, HEIGHT - MARGIN));
        svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#333'/>",
                MARGIN, MARGIN, MARGIN, HEIGHT - MARGIN));
        for (int t : threads) {
            svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' font-size='11' text-anchor='middle'>%d</text>",
                    axes.x(t), HEIGHT - MARGIN + 16, t));
        }
        for (int s = 0; s <= Math.ceil(axes.maxY()); s++) {
            svg.append(String.format(Locale.ROOT, "<text x='%d' y='%.1f' font-size='11' text-anchor='end'>%dx</text>",
                    MARGIN - 6, axes.y(s) + 4, s));
        }
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' font-size='12' text-anchor='middle'>threads</text>",
                WIDTH / 2, HEIGHT - 8));
        svg.append(String.format(Locale.ROOT,
                "<text x='12' y='%d' font-size='12' text-anchor='middle' transform='rotate(-90 12 %d)'>speedup</text>",
                HEIGHT / 2, HEIGHT / 2));
    }

    private static String polyline(Axes axes, List<Integer> xs, List<Double> ys, String colour, String dash, String name) {
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < xs.size(); i++) {
            double x = axes.x(xs.get(i));
            double y = axes.y(ys.get(i));
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            if (dash.isEmpty()) {
                dots.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='3.5' fill='%s'><title>%s: %.2fx at %d threads</title></circle>",
                        x, y, colour, name, ys.get(i), xs.get(i)));
            }
        }
        return String.format(Locale.ROOT, "<polyline class='series-%s' points='%s' fill='none' stroke='%s' stroke-width='2'%s/>%s",
                name.replace(' ', '-'), points.toString().trim(), colour,
                dash.isEmpty() ? "" : " stroke-dasharray='" + dash + "'", dots);
    }

    private static void appendLegend(StringBuilder svg, SpeedFigures figures) {
        List<String[]> entries = new ArrayList<>();
        entries.add(new String[] {"#1b8a3a", "yours"});
        entries.add(new String[] {"#2f6fb0", figures.referenceIsEstimate() ? "reference (estimate)" : "reference"});
        entries.add(new String[] {"#9aa5b1", "ideal"});
        if (figures.serialFraction() != null) {
            entries.add(new String[] {"#c47f00", "Amdahl fit"});
        }
        int y = MARGIN - 26;
        int x = MARGIN + 6;
        for (String[] entry : entries) {
            svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='12' height='4' fill='%s'/>"
                    + "<text x='%d' y='%d' font-size='11'>%s</text>", x, y, entry[0], x + 16, y + 5, entry[1]));
            x += 24 + entry[1].length() * 6;
        }
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    }
}
