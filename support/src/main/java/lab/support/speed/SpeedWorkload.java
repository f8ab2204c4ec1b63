package lab.support.speed;

/**
 * A timed workload of a speed exercise: the kit's sequential baseline and the code under test
 * (the student's or the reference) on the same input.
 *
 * <p>The grader loads the class named by {@code speed.workload} in the exercise's
 * {@code exercise.json} (it lives in {@code src/speed/java} and needs a public no-argument
 * constructor), calls {@link #setUp()} once, and then times {@link #baseline()} and
 * {@link #candidate(int)} round after round. Every result is checked against the baseline's with
 * {@link #compare}: a wrong answer in a timed run scores no speed points.
 *
 * @param <R> the result of one run
 */
public interface SpeedWorkload<R> {

    /** Builds the input, sized so that {@link #baseline()} takes 0.5 to 2 seconds. */
    void setUp();

    /** Computes the result sequentially with kit code that does not depend on the student's. */
    R baseline();

    /** Computes the result with the implementation under test, using {@code threads} threads. */
    R candidate(int threads) throws Exception;

    /**
     * Compares a candidate's result with the baseline's.
     *
     * @return {@code null} when they agree, otherwise a sentence saying what is wrong
     */
    String compare(R expected, R actual);

    /** A PNG picture of a result to show in the report, or {@code null} (the default) for none. */
    default byte[] picture(R result) {
        return null;
    }
}
