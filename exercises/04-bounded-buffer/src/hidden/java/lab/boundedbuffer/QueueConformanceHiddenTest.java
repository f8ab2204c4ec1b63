package lab.boundedbuffer;

import com.google.common.collect.testing.MinimalCollection;
import com.google.common.collect.testing.QueueTestSuiteBuilder;
import com.google.common.collect.testing.TestStringQueueGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import java.util.Collections;
import java.util.Queue;
import java.util.stream.Stream;
import junit.framework.TestCase;
import junit.framework.TestFailure;
import junit.framework.TestResult;
import junit.framework.TestSuite;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The {@code Queue} and {@code Collection} contracts, checked by a suite that is not ours: Guava's
 * testlib, which tests the JDK's own queues the same way. It covers what a student rarely thinks
 * of (iterators and their {@code remove}, {@code toArray} into every size of array,
 * {@code containsAll}, {@code retainAll}, {@code null} refused everywhere, {@code equals} left as
 * identity) on empty, one-element and several-element buffers.
 *
 * <p>Guava's suites are JUnit 3 test suites; each of their tests runs here as a JUnit 5 dynamic
 * test, so the whole suite is one item of the hidden check and its failures name the broken test.
 */
class QueueConformanceHiddenTest {

    /** Large enough that every test of the suite can add what it adds without hitting the bound. */
    private static final int ROOMY_CAPACITY = 100;

    @TestFactory
    Stream<DynamicNode> behavesAsTheQueueInterfaceDocuments() {
        TestSuite suite = QueueTestSuiteBuilder.using(new TestStringQueueGenerator() {
                    @Override
                    protected Queue<String> create(String[] elements) {
                        BoundedBuffer<String> buffer = new BoundedBuffer<>(ROOMY_CAPACITY);
                        buffer.addAll(MinimalCollection.of(elements));
                        return buffer;
                    }
                })
                .named("BoundedBuffer")
                .withFeatures(CollectionFeature.GENERAL_PURPOSE, CollectionFeature.KNOWN_ORDER, CollectionSize.ANY)
                .createTestSuite();
        return Stream.of(asDynamic(suite));
    }

    /** A JUnit 3 suite as a tree of dynamic containers whose leaves run one JUnit 3 test each. */
    private static DynamicNode asDynamic(junit.framework.Test test) {
        if (test instanceof TestSuite suite) {
            return DynamicContainer.dynamicContainer(suite.getName(),
                    Collections.list(suite.tests()).stream().map(QueueConformanceHiddenTest::asDynamic));
        }
        String name = test instanceof TestCase testCase ? testCase.getName() : test.toString();
        return DynamicTest.dynamicTest(name, () -> runJUnit3(test));
    }

    private static void runJUnit3(junit.framework.Test test) throws Throwable {
        TestResult result = new TestResult();
        test.run(result);
        for (TestFailure failure : Collections.list(result.errors())) {
            throw failure.thrownException();
        }
        for (TestFailure failure : Collections.list(result.failures())) {
            throw failure.thrownException();
        }
    }
}
