package lab.grader.kit;

/**
 * A mistake in what the user asked for or pointed at (not a bug): the command prints the message
 * as one line and exits with status 2.
 */
public class KitException extends RuntimeException {

    public KitException(String message) {
        super(message);
    }
}
