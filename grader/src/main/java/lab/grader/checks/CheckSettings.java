package lab.grader.checks;

/**
 * How thoroughly checks run.
 *
 * @param stressMode the jcstress preset: {@code sanity} for feedback (a few seconds a test),
 *     {@code quick} for official grading
 * @param quick fewer speed rounds, for authors and local runs
 */
public record CheckSettings(String stressMode, boolean quick) {

    public static CheckSettings feedback(boolean quick) {
        return new CheckSettings("sanity", quick);
    }

    public static CheckSettings official() {
        return new CheckSettings("quick", false);
    }
}
