package lab.grader.checks;

/**
 * How thoroughly checks run.
 *
 * @param stressMode the jcstress preset: {@code sanity} for feedback (a few seconds a test),
 *     {@code quick} for official grading
 * @param quick fewer speed rounds, and each jcstress test in one JVM configuration instead of
 *     jcstress's tour of several: for authors, local runs and the kit's CI
 * @param stressFailFast stop the jcstress tests at the first failure, which is all {@code lab verify}
 *     needs to know of a mutant (the score is then lower than the submission would honestly get)
 */
public record CheckSettings(String stressMode, boolean quick, boolean stressFailFast) {

    public static CheckSettings feedback(boolean quick) {
        return new CheckSettings("sanity", quick, false);
    }

    public static CheckSettings official() {
        return new CheckSettings("quick", false, false);
    }

    /** The same settings, stopping the stress check at its first failing test. */
    public CheckSettings failingFast() {
        return new CheckSettings(stressMode, quick, true);
    }
}
