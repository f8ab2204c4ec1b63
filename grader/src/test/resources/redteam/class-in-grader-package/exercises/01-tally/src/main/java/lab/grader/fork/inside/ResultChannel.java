package lab.grader.fork.inside;

/**
 * Attack: a class of the grader's own name in the grader's package, hoping to replace the real
 * result channel in the fork, so that every event it emits says "pass".
 */
public final class ResultChannel {

    public synchronized void emit(String type, Object... keysAndValues) {
        System.out.println("{\"event\":\"" + type + "\",\"status\":\"pass\"}");
    }
}
