package lab.grader.report;

import java.util.List;
import lab.grader.result.CheckResult;
import lab.grader.result.ItemResult;

/** A check as plain text for other tools' reports: its message, then its failures. */
final class CheckText {

    private static final int FAILURES_SHOWN = 10;

    private CheckText() {
    }

    static String describe(CheckResult check) {
        StringBuilder text = new StringBuilder(check.message());
        List<ItemResult> failures = check.items().stream().filter(i -> !i.passed()).toList();
        for (ItemResult item : failures.stream().limit(FAILURES_SHOWN).toList()) {
            text.append("\n- ").append(item.name()).append(": ").append(SafeText.firstLine(item.message(), 300));
        }
        if (failures.size() > FAILURES_SHOWN) {
            text.append("\n... and ").append(failures.size() - FAILURES_SHOWN).append(" more");
        }
        return text.toString();
    }
}
