package lab.grader.grading;

import java.nio.file.Path;
import lab.grader.build.CompiledExercise;
import lab.grader.kit.Exercise;
import lab.grader.result.CheckResult;

/** Runs the speed check of one exercise (DESIGN.md section 6). */
public interface SpeedCheckRunner {

    CheckResult run(Exercise exercise, CompiledExercise compiled, Path workDir);
}
