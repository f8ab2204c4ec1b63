package lab.support.testing;

import java.time.Duration;

/**
 * The named delays of the kit's concurrency tests.
 *
 * <p>Tests never use bare numbers for time: a delay is short (long enough for a thread to reach
 * a blocking call), medium (a timeout that should expire) or long (a bound that only a broken
 * implementation reaches). Set the system property {@code lab.delayFactor} to scale all of them
 * on a slow machine.
 */
public final class Delays {

    private static final double FACTOR = Double.parseDouble(System.getProperty("lab.delayFactor", "1"));

    /** Long enough for a started thread to reach a blocking call. */
    public static final Duration SHORT = scaled(50);

    /** A timeout a test expects to expire. */
    public static final Duration MEDIUM = scaled(200);

    /** An upper bound that only a broken implementation reaches: a wait for a thread to finish. */
    public static final Duration LONG = scaled(10_000);

    private Delays() {
    }

    private static Duration scaled(long millis) {
        return Duration.ofMillis(Math.round(millis * FACTOR));
    }
}
