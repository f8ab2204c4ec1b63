package lab.grader.report;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import lab.grader.grading.Progress;
import lab.grader.kit.CheckKind;
import lab.grader.kit.Exercise;
import lab.grader.result.CheckResult;
import lab.grader.result.ExerciseResult;
import lab.grader.result.ItemResult;
import lab.grader.scoring.Scoring;

/**
 * Shows the grading as it goes: a line per exercise and per check, the first failures, and a
 * "still running" line every 15 seconds while a long check (jcstress, speed) works.
 */
public final class ConsoleProgress implements Progress, AutoCloseable {

    private static final long HEARTBEAT_SECONDS = 15;
    private static final int FAILURES_SHOWN = 3;

    private final PrintStream out;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "progress-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> running;

    public ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void exerciseStarted(Exercise exercise, int number, int count) {
        out.printf("[%d/%d] %s: %s%n", number, count, exercise.slug(), exercise.metadata().title());
    }

    @Override
    public synchronized void checkStarted(Exercise exercise, CheckKind kind) {
        long started = System.nanoTime();
        running = heartbeat.scheduleAtFixedRate(() -> out.printf("        %s still running (%d s)%n", kind.id(),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void checkFinished(Exercise exercise, CheckResult result, Duration elapsed) {
        if (running != null) {
            running.cancel(false);
        }
        out.printf(Locale.ROOT, "      %-7s %-4s %9s  %s (%.1f s)%n", result.kind(), mark(result),
                SummaryMarkdown.score(result.score(), result.max()),
                SafeText.forLog(SafeText.firstLine(result.message(), 90)), elapsed.toMillis() / 1000.0);
        result.items().stream().filter(item -> !item.passed()).limit(FAILURES_SHOWN).forEach(this::showFailure);
        long failures = result.items().stream().filter(item -> !item.passed()).count();
        if (failures > FAILURES_SHOWN) {
            out.printf("               ... and %d more failures (see summary.md)%n", failures - FAILURES_SHOWN);
        }
    }

    @Override
    public void exerciseFinished(Exercise exercise, ExerciseResult result) {
        if (!result.status().equals(ExerciseResult.GRADED)) {
            out.println("      " + result.status() + ": " + SafeText.forLog(indentAfterFirst(result.message())));
        }
        // The check lines above show each check's own verdict; say which of them the gate did not
        // count, or the total below would not add up.
        for (CheckResult check : result.checks()) {
            if (Scoring.gatedAway(check)) {
                out.printf("      %s: %s%n", check.kind(), SafeText.forLog(lastLine(check.message())));
            }
        }
        out.printf("      => %s%n", SummaryMarkdown.score(result.score(), result.max()));
    }

    private static String lastLine(String text) {
        return text.substring(text.lastIndexOf('\n') + 1);
    }

    private void showFailure(ItemResult item) {
        out.println("             x " + SafeText.forLog(item.name()));
        if (!item.message().isBlank()) {
            out.println("               " + SafeText.forLog(SafeText.firstLine(item.message(), 110)));
        }
    }

    /** Stops the heartbeat thread. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
    }

    private static String mark(CheckResult result) {
        return switch (result.status()) {
            case PASS -> "ok";
            case SKIPPED -> "skip";
            case WITHHELD -> "held";
            case ERROR -> "ERR";
            case FAIL -> "FAIL";
        };
    }

    private static String indentAfterFirst(String text) {
        return text.replace("\n", "\n        ");
    }
}
