package lab.grader.grading;

import java.time.Duration;
import lab.grader.kit.CheckKind;
import lab.grader.kit.Exercise;
import lab.grader.result.CheckResult;
import lab.grader.result.ExerciseResult;

/** Hears what the grading is doing, to show it while it works. */
public interface Progress {

    void exerciseStarted(Exercise exercise, int number, int count);

    void checkStarted(Exercise exercise, CheckKind kind);

    void checkFinished(Exercise exercise, CheckResult result, Duration elapsed);

    void exerciseFinished(Exercise exercise, ExerciseResult result);

    /** Progress that shows nothing (for tests). */
    Progress SILENT = new Progress() {
        @Override
        public void exerciseStarted(Exercise exercise, int number, int count) {
        }

        @Override
        public void checkStarted(Exercise exercise, CheckKind kind) {
        }

        @Override
        public void checkFinished(Exercise exercise, CheckResult result, Duration elapsed) {
        }

        @Override
        public void exerciseFinished(Exercise exercise, ExerciseResult result) {
        }
    };
}
