package lab.grader.fork.inside;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the JUnit 5 tests under one classpath root through the JUnit Platform Launcher (the engine
 * Surefire drives too) and reports one item per test method.
 *
 * <p>It announces the whole plan before running anything, so that when the JVM dies or hangs half
 * way the grader still knows which tests never reported, and fails them. A parameterised or
 * repeated test is one item that passes only if every invocation passes.
 *
 * <p>Arguments: {@code <classes-root> <include|exclude> <tag>}: run only the design tests, or
 * everything else. Design tests are ArchUnit rules (whatever their annotations: ArchUnit's engine
 * does not read JUnit's {@code @Tag}) and Jupiter tests tagged with the tag.
 */
final class JUnitRunner {

    /** Applies to every test without its own {@code @Timeout}; runs the test on its own thread so
     *  a hung test is abandoned and the rest still run. */
    private static final String DEFAULT_TIMEOUT = "20 s";

    private JUnitRunner() {
    }

    static void run(ResultChannel channel, Watchdog watchdog, String[] args) {
        Path root = Path.of(args[0]);
        boolean include = args[1].equals("include");
        String tag = args[2];

        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathRoots(Set.of(root)))
                .filters(new DesignFilter(include, tag))
                // Outside the design check, skip ArchUnit's engine altogether (it costs a class scan).
                .filters(include ? EngineFilter.includeEngines("archunit", "junit-jupiter")
                        : EngineFilter.excludeEngines("archunit"))
                .configurationParameter("junit.jupiter.execution.timeout.default", DEFAULT_TIMEOUT)
                .configurationParameter("junit.jupiter.execution.timeout.mode", "enabled")
                .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .build();
        Launcher launcher = LauncherFactory.create();
        TestPlan plan = launcher.discover(request);

        Map<String, TestIdentifier> items = itemsOf(plan);
        List<Map<String, String>> announced = new ArrayList<>();
        items.forEach((id, test) -> announced.add(Map.of("id", id, "name", nameOf(plan, test))));
        channel.emit("plan", "items", announced);

        launcher.execute(plan, new ItemReporter(channel, watchdog, plan, items));
    }

    /** The tests to report: every test method, with parameterised methods as one item each. */
    private static Map<String, TestIdentifier> itemsOf(TestPlan plan) {
        Map<String, TestIdentifier> items = new LinkedHashMap<>();
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier node : plan.getDescendants(root)) {
                if ((isMethodLike(node) || node.isTest()) && !hasMethodAncestor(plan, node)) {
                    items.put(node.getUniqueId(), node);
                }
            }
        }
        return items;
    }

    private static boolean hasMethodAncestor(TestPlan plan, TestIdentifier node) {
        Optional<TestIdentifier> parent = plan.getParent(node);
        while (parent.isPresent()) {
            if (isMethodLike(parent.get())) {
                return true;
            }
            parent = plan.getParent(parent.get());
        }
        return false;
    }

    /** A test method (ArchUnit rule fields are tests without children, found by isTest()). */
    private static boolean isMethodLike(TestIdentifier node) {
        return node.getSource().filter(MethodSource.class::isInstance).isPresent();
    }

    static String nameOf(TestPlan plan, TestIdentifier test) {
        if (test.getSource().orElse(null) instanceof MethodSource source) {
            String display = test.getDisplayName();
            String method = source.getMethodName();
            boolean describedByDisplayName = !display.startsWith(method + "(");
            return simpleName(source.getClassName()) + "." + method + (describedByDisplayName ? " (" + display + ")" : "");
        }
        // An ArchUnit rule: its display name is the field's name; prefix the class it is in.
        Optional<TestIdentifier> parent = plan.getParent(test);
        while (parent.isPresent()) {
            if (parent.get().getSource().orElse(null) instanceof ClassSource classSource) {
                return simpleName(classSource.getClassName()) + "." + test.getDisplayName();
            }
            parent = plan.getParent(parent.get());
        }
        return test.getDisplayName();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** Keeps only the design tests, or only the others. */
    private record DesignFilter(boolean includeDesign, String tag) implements PostDiscoveryFilter {

        @Override
        public FilterResult apply(TestDescriptor descriptor) {
            boolean design = "archunit".equals(descriptor.getUniqueId().getEngineId().orElse(""))
                    || descriptor.getTags().contains(TestTag.create(tag));
            return FilterResult.includedIf(design == includeDesign, () -> "design test", () -> "not selected");
        }
    }

    /** Collects results per item and reports each item once, when it finishes. */
    private static final class ItemReporter implements TestExecutionListener {

        private static final int MAX_MESSAGE = 4000;

        private final ResultChannel channel;
        private final Watchdog watchdog;
        private final TestPlan plan;
        private final Map<String, TestIdentifier> items;
        private final Map<String, String> firstFailure = new HashMap<>();

        ItemReporter(ResultChannel channel, Watchdog watchdog, TestPlan plan, Map<String, TestIdentifier> items) {
            this.channel = channel;
            this.watchdog = watchdog;
            this.plan = plan;
            this.items = items;
        }

        @Override
        public void executionStarted(TestIdentifier test) {
            if (items.containsKey(test.getUniqueId())) {
                watchdog.testStarted(JUnitRunner.nameOf(plan, test));
            }
        }

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            if (items.containsKey(test.getUniqueId())) {
                channel.emit("result", "id", test.getUniqueId(), "status", "skipped", "message", reason);
            }
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            String item = itemOf(test);
            if (item == null) {
                if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                    // A class-level failure (e.g. @BeforeAll threw): every item below it fails with it.
                    failDescendants(test, describe(result));
                }
                return;
            }
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                firstFailure.putIfAbsent(item, describe(result));
            }
            if (item.equals(test.getUniqueId())) {
                watchdog.testFinished(JUnitRunner.nameOf(plan, test));
                String failure = firstFailure.get(item);
                channel.emit("result", "id", item, "status", failure == null ? "pass" : "fail",
                        "message", failure == null ? "" : failure);
            }
        }

        private void failDescendants(TestIdentifier container, String message) {
            for (TestIdentifier node : plan.getDescendants(container)) {
                if (items.containsKey(node.getUniqueId())) {
                    channel.emit("result", "id", node.getUniqueId(), "status", "fail", "message", message);
                }
            }
        }

        private String itemOf(TestIdentifier test) {
            Optional<TestIdentifier> node = Optional.of(test);
            while (node.isPresent()) {
                if (items.containsKey(node.get().getUniqueId())) {
                    return node.get().getUniqueId();
                }
                node = plan.getParent(node.get());
            }
            return null;
        }

        private static String describe(TestExecutionResult result) {
            Throwable failure = result.getThrowable().orElse(null);
            if (failure == null) {
                return result.getStatus().toString().toLowerCase();
            }
            StringBuilder text = new StringBuilder(String.valueOf(failure));
            appendStudentFrames(text, failure);
            Throwable cause = failure.getCause();
            for (int depth = 0; cause != null && depth < 3; depth++, cause = cause.getCause()) {
                text.append("\ncaused by ").append(cause);
                appendStudentFrames(text, cause);
            }
            return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + " ..." : text.toString();
        }

        /** The frames that help a student: those in exercise code (tests and their own), not the JDK's. */
        private static void appendStudentFrames(StringBuilder text, Throwable failure) {
            int shown = 0;
            for (StackTraceElement frame : failure.getStackTrace()) {
                String className = frame.getClassName();
                if (className.startsWith("lab.") && !className.startsWith("lab.grader.") && shown < 5) {
                    text.append("\n    at ").append(frame);
                    shown++;
                }
            }
        }
    }
}
