package lab.grader.result;

/** One test (or one rule) inside a check: its name, whether it passed, and why not. */
public record ItemResult(String name, Status status, String message) {

    public boolean passed() {
        return status == Status.PASS;
    }
}
