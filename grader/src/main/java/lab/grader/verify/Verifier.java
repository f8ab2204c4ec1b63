package lab.grader.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import lab.grader.grading.ExerciseGrader;
import lab.grader.intake.Intake;
import lab.grader.kit.CheckKind;
import lab.grader.kit.Exercise;
import lab.grader.kit.Kit;
import lab.grader.report.SafeText;
import lab.grader.report.WorkDirectory;
import lab.grader.result.CheckResult;
import lab.grader.result.Status;
import lab.grader.speed.SpeedMath;

/**
 * The kit's self-check (DESIGN.md section 3): the stub scores 0 in {@code tests}, {@code hidden}
 * and {@code stress}; the reference scores full marks in every check, and so does every
 * alternative solution (in every check but speed); every mutant loses points in the check its
 * header names. Each subject runs only the checks its rule is about, which keeps a
 * full verify within CI's time.
 */
public final class Verifier {

    private static final Set<CheckKind> STUB_CHECKS = Set.of(CheckKind.TESTS, CheckKind.HIDDEN, CheckKind.STRESS);
    private static final Set<CheckKind> ALL_CHECKS = Set.of(CheckKind.values());
    /** How often a mutant's speed check is tried when the machine could not judge speed (withheld). */
    private static final int SPEED_ATTEMPTS = 3;
    /**
     * An alternative proves the tests judge behaviour, not the reference's design; its speed is
     * not verified (a different design may fairly be a little slower, and each speed check costs a minute).
     */
    private static final Set<CheckKind> ALTERNATIVE_CHECKS = Set.of(CheckKind.TESTS, CheckKind.HIDDEN, CheckKind.STRESS,
            CheckKind.DESIGN);

    private final Kit kit;
    private final ExerciseGrader grader;
    private final ExerciseGrader mutantGrader;
    private final Path workRoot;
    private final PrintStream out;

    /**
     * @param grader grades stubs, references and alternatives
     * @param mutantGrader grades mutants: it may stop a check at its first failure (see
     *     {@link lab.grader.checks.CheckSettings#failingFast()}), since a mutant only has to lose points
     */
    public Verifier(Kit kit, ExerciseGrader grader, ExerciseGrader mutantGrader, Path workRoot, PrintStream out) {
        this.kit = kit;
        this.grader = grader;
        this.mutantGrader = mutantGrader;
        this.workRoot = workRoot;
        this.out = out;
    }

    /**
     * Verifies the exercises, {@code jobs} at a time, and returns their rows in the order given.
     * Exercises with a speed check are verified last and alone: a speed check timed beside another
     * exercise's checks would measure the neighbour, not the code.
     */
    public List<VerifyRow> verify(List<Exercise> exercises, int jobs) {
        Map<Exercise, List<VerifyRow>> rows = new ConcurrentHashMap<>();
        List<Exercise> timed = exercises.stream().filter(e -> e.metadata().grades(CheckKind.SPEED)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Exercise exercise : exercises) {
                if (!timed.contains(exercise)) {
                    running.add(pool.submit(() -> rows.put(exercise, verify(exercise))));
                }
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while verifying", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        for (Exercise exercise : timed) {
            rows.put(exercise, verify(exercise));
        }
        return exercises.stream().flatMap(e -> rows.get(e).stream()).toList();
    }

    private List<VerifyRow> verify(Exercise exercise) {
        out.println("verifying " + exercise.slug() + " ...");
        List<VerifyRow> rows = new ArrayList<>();
        Path work = workRoot.resolve(exercise.directoryName());
        rows.addAll(timed(exercise, "stub", () -> stub(exercise, work.resolve("stub"))));
        rows.addAll(timed(exercise, "reference", () -> fullMarks(exercise, "reference", kit.referenceSources(exercise),
                work.resolve("reference"), ALL_CHECKS)));
        for (Path alternative : alternatives(exercise)) {
            String name = alternative.getFileName().toString();
            rows.addAll(timed(exercise, "alternative " + name, () -> fullMarks(exercise, "alternative " + name, alternative,
                    work.resolve("alternative-" + name), ALTERNATIVE_CHECKS)));
        }
        for (Mutant mutant : Mutant.in(exercise.mutantsDirectory())) {
            rows.addAll(timed(exercise, "mutant " + mutant.name(), () -> List.of(mutant(exercise, mutant,
                    work.resolve("mutant-" + mutant.name())))));
        }
        long mutants = Mutant.in(exercise.mutantsDirectory()).size();
        if (mutants < 3) {
            rows.add(new VerifyRow(exercise.slug(), "mutants", "-", ">= 3", Long.toString(mutants), false,
                    "every exercise needs at least three mutants"));
        }
        return rows;
    }

    /** Runs one subject's checks and prints a progress line with its verdict and the seconds it took. */
    private List<VerifyRow> timed(Exercise exercise, String subject, Supplier<List<VerifyRow>> checks) {
        long started = System.nanoTime();
        List<VerifyRow> rows = checks.get();
        boolean ok = rows.stream().allMatch(VerifyRow::ok);
        out.printf(Locale.ROOT, "  %-20s %-36s %-4s %5.0f s%n", exercise.slug(), subject, ok ? "ok" : "FAIL",
                (System.nanoTime() - started) / 1e9);
        return rows;
    }

    private List<VerifyRow> stub(Exercise exercise, Path work) {
        ExerciseGrader.Outcome outcome = grader.runChecks(exercise, exercise.stubSources(), work, STUB_CHECKS);
        if (outcome.notGraded() != null) {
            return List.of(new VerifyRow(exercise.slug(), "stub", "build", "compiles", outcome.notGraded().status(),
                    false, outcome.notGraded().message()));
        }
        List<VerifyRow> rows = new ArrayList<>();
        for (CheckResult check : outcome.checks()) {
            boolean ok = check.score() == 0 && check.status() != Status.PASS;
            if (check.status() == Status.SKIPPED) {
                ok = true;
            }
            rows.add(new VerifyRow(exercise.slug(), "stub", check.kind(), "0", score(check), ok,
                    ok ? "" : "the stub must fail every test of this check"));
        }
        return rows;
    }

    /** The alternative solutions' source trees, by name. */
    private List<Path> alternatives(Exercise exercise) {
        Path directory = kit.alternativesDirectory(exercise);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows saying whether the sources got full marks in every one of the checks. */
    private List<VerifyRow> fullMarks(Exercise exercise, String subject, Path sources, Path work, Set<CheckKind> checks) {
        ExerciseGrader.Outcome outcome = grader.runChecks(exercise, sources, work, checks);
        if (outcome.notGraded() != null) {
            return List.of(new VerifyRow(exercise.slug(), subject, "build", "full marks", outcome.notGraded().status(),
                    false, outcome.notGraded().message()));
        }
        List<VerifyRow> rows = new ArrayList<>();
        for (CheckResult check : outcome.checks()) {
            boolean withheld = check.status() == Status.WITHHELD;
            boolean ok = withheld || (check.score() == check.max() && check.status() == Status.PASS)
                    || withinOneSpeedBand(check);
            rows.add(new VerifyRow(exercise.slug(), subject, check.kind(), "full marks",
                    withheld ? "withheld" : score(check), ok,
                    withheld ? SafeText.firstLine(check.message(), 80) : ok ? "" : firstFailure(check)));
        }
        return rows;
    }

    private VerifyRow mutant(Exercise exercise, Mutant mutant, Path work) {
        String subject = "mutant " + mutant.name();
        if (mutant.caughtBy().isEmpty()) {
            return new VerifyRow(exercise.slug(), subject, "?", "a header", "-", false, mutant.problem());
        }
        CheckKind kind = mutant.caughtBy().get();
        if (!exercise.metadata().grades(kind)) {
            return new VerifyRow(exercise.slug(), subject, kind.id(), "< max", "-", false,
                    "its header names a check this exercise does not have");
        }
        Path sources = work.resolve("src/main/java");
        try {
            WorkDirectory.deleteTree(sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Intake.copyJavaTree(kit.referenceSources(exercise), sources);
        Intake.copyJavaTree(mutant.directory(), sources);
        ExerciseGrader.Outcome outcome = mutantGrader.runChecks(exercise, sources, work, Set.of(kind));
        // Withheld means the machine could not judge speed just then (the reference itself showed
        // no speedup: a busy moment on a shared runner), not that the mutant escaped: ask again.
        for (int attempt = 1; attempt < SPEED_ATTEMPTS && withheld(outcome); attempt++) {
            outcome = mutantGrader.runChecks(exercise, sources, work, Set.of(kind));
        }
        if (outcome.notGraded() != null) {
            return new VerifyRow(exercise.slug(), subject, kind.id(), "< max", outcome.notGraded().status(), false,
                    "a mutant must compile and break only at run time: " + SafeText.firstLine(outcome.notGraded().message(), 200));
        }
        CheckResult check = outcome.checks().get(0);
        if (check.status() == Status.WITHHELD) {
            // As for the reference: speed cannot be judged on this machine now (one CPU, or busy
            // through every attempt). Shown as withheld, not as caught; run verify again when quiet.
            return new VerifyRow(exercise.slug(), subject, kind.id(), "< " + check.max(), "withheld", true,
                    "not judged: " + SafeText.firstLine(check.message(), 80));
        }
        boolean caught = check.score() < check.max();
        return new VerifyRow(exercise.slug(), subject, kind.id(), "< " + check.max(), score(check), caught,
                caught ? mutant.bug() : "NOT CAUGHT: " + mutant.bug());
    }

    private static boolean withheld(ExerciseGrader.Outcome outcome) {
        return outcome.notGraded() == null && outcome.checks().get(0).status() == Status.WITHHELD;
    }

    /**
     * The reference timed against itself reaches 100% of its own speedup up to measurement noise,
     * which the grader's documentation measures at up to one band (10%) for the median of a quick
     * check's rounds: a median ratio one band below full marks is that noise, not a fault of the
     * kit. Anything lower is. (Judged on the ratio, the figure the bands are drawn on, not on the
     * points: a band below full marks earns much less than 90% of them.)
     */
    private static boolean withinOneSpeedBand(CheckResult check) {
        if (!check.kind().equals(CheckKind.SPEED.id()) || check.speed() == null || check.speed().roundRatios().isEmpty()) {
            return false;
        }
        double ratio = SpeedMath.median(check.speed().roundRatios());
        return SpeedMath.step(ratio) >= SpeedMath.FULL_MARKS_RATIO - SpeedMath.BAND - 1e-9;
    }

    private static String score(CheckResult check) {
        return String.format(Locale.ROOT, "%s/%d", check.score() == Math.rint(check.score())
                ? Long.toString((long) check.score()) : Double.toString(check.score()), check.max());
    }

    private static String firstFailure(CheckResult check) {
        return check.items().stream().filter(i -> !i.passed()).findFirst()
                .map(i -> i.name() + ": " + SafeText.firstLine(i.message(), 160))
                .orElse(SafeText.firstLine(check.message(), 200));
    }
}
