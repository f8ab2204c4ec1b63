package lab.grader.grading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lab.grader.intake.Submission;
import lab.grader.kit.Exercise;
import lab.grader.result.ExerciseResult;
import lab.grader.result.GradeReport;
import lab.grader.result.Machine;
import lab.grader.scoring.Scoring;

/** Grades a submission's exercises one after another and gathers the report. */
public final class Grading {

    private final ExerciseGrader grader;
    private final Progress progress;

    public Grading(ExerciseGrader grader, Progress progress) {
        this.grader = grader;
        this.progress = progress;
    }

    public GradeReport grade(Submission submission, List<Exercise> exercises, Path workDir, String mode, String kitVersion) {
        List<ExerciseResult> results = new ArrayList<>();
        int number = 0;
        for (Exercise exercise : exercises) {
            progress.exerciseStarted(exercise, ++number, exercises.size());
            ExerciseResult result = grader.grade(exercise, submission.sourcesOf(exercise.directoryName()),
                    workDir.resolve("work").resolve(exercise.directoryName()));
            progress.exerciseFinished(exercise, result);
            results.add(result);
        }
        double score = Scoring.roundToTenth(results.stream().mapToDouble(ExerciseResult::score).sum());
        int max = results.stream().mapToInt(ExerciseResult::max).sum();
        return new GradeReport(GradeReport.SCHEMA, new GradeReport.KitInfo(kitVersion),
                new GradeReport.SubmissionInfo(submission.path(), submission.commit().orElse(null),
                        submission.changedOutsideAllowed()),
                Machine.current(), mode, score, max, results);
    }
}
