package lab.boundedbuffer;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Tag;

/**
 * The lesson's rules: the buffer is built on one {@link ReentrantLock} and threads wait on its
 * {@link Condition}s; no ready-made concurrent collection does the work, and no monitor
 * ({@code synchronized}, {@code wait}, {@code notify}) stands in for the lock and conditions.
 */
@Tag("design")
@AnalyzeClasses(packages = "lab.boundedbuffer", importOptions = ImportOption.DoNotIncludeTests.class)
class DesignRulesTest {

    private static final Set<String> WAIT_METHODS =
            Set.of("await", "awaitNanos", "awaitUntil", "awaitUninterruptibly");

    /** java.util.concurrent offers ready-made queues (ArrayBlockingQueue...): the exercise is to build one. */
    @ArchTest
    static final ArchRule noReadyMadeConcurrentCollections = noClasses()
            .should().dependOnClassesThat(resideInAPackage("java.util.concurrent")
                    .and(not(type(BlockingQueue.class)))
                    .and(not(type(TimeUnit.class))))
            .because("the buffer must be built here, on a lock and conditions: only the BlockingQueue "
                    + "interface and TimeUnit may come from java.util.concurrent");

    /** Only the lock and its conditions: no other synchronizer from java.util.concurrent.locks. */
    @ArchTest
    static final ArchRule onlyReentrantLockAndConditions = noClasses()
            .should().dependOnClassesThat(resideInAPackage("java.util.concurrent.locks")
                    .and(not(type(ReentrantLock.class)))
                    .and(not(type(Lock.class)))
                    .and(not(type(Condition.class))))
            .because("the lesson is ReentrantLock and its Conditions (no LockSupport, StampedLock, "
                    + "ReadWriteLock or home-made synchronizer)");

    /** The lock's conditions replace the monitor's wait/notify. */
    @ArchTest
    static final ArchRule noWaitOrNotify = noClasses()
            .should().callMethodWhere(targetNamed("wait", "notify", "notifyAll"))
            .because("threads wait on a Condition of the lock (await, signal), not on a monitor "
                    + "(wait, notify)");

    /** No synchronized methods: the ReentrantLock is the only lock. */
    @ArchTest
    static final ArchRule noSynchronizedMethods = noMethods()
            .should().haveModifier(JavaModifier.SYNCHRONIZED)
            .because("the ReentrantLock guards the state; a synchronized method takes a different lock "
                    + "(the object's monitor), which does not exclude threads holding the ReentrantLock");

    /** Waiting means waiting on a Condition, not polling in a loop. */
    @ArchTest
    static final ArchRule noSleepingOrSpinning = noClasses()
            .should().callMethodWhere(targetOwnedBy(Thread.class, "sleep", "yield", "onSpinWait"))
            .because("a thread that must wait should await() a Condition and be signalled, not poll "
                    + "the buffer in a loop");

    /** One lock guards all the state. */
    @ArchTest
    static final ArchRule exactlyOneLock = classes()
            .should(inTotal("create exactly one ReentrantLock (the one lock that guards the buffer)",
                    DesignRulesTest::reentrantLocksCreated, 1))
            .because("one lock guards all the state: with two locks, a thread holding one of them can "
                    + "change what the other protects");

    /** Threads wait on a Condition. */
    @ArchTest
    static final ArchRule waitsOnACondition = classes()
            .should(inTotalAtLeast("wait on a Condition (await or awaitNanos)",
                    DesignRulesTest::conditionAwaits, 1))
            .because("a producer waits for room and a consumer for an element by awaiting a Condition "
                    + "of the lock");

    // ------------------------------------------------------------------ helpers

    private static DescribedPredicate<JavaCall<?>> targetNamed(String... names) {
        Set<String> wanted = Set.of(names);
        return new DescribedPredicate<>("target is Object." + String.join("/", names)) {
            @Override
            public boolean test(JavaCall<?> call) {
                return wanted.contains(call.getTarget().getName());
            }
        };
    }

    private static DescribedPredicate<JavaCall<?>> targetOwnedBy(Class<?> owner, String... names) {
        Set<String> wanted = Set.of(names);
        return new DescribedPredicate<>("target is " + owner.getSimpleName() + "." + String.join("/", names)) {
            @Override
            public boolean test(JavaCall<?> call) {
                return call.getTarget().getOwner().isEquivalentTo(owner)
                        && wanted.contains(call.getTarget().getName());
            }
        };
    }

    private static int reentrantLocksCreated(JavaClass javaClass) {
        return (int) javaClass.getConstructorCallsFromSelf().stream()
                .filter(call -> call.getTarget().getOwner().isAssignableTo(ReentrantLock.class))
                .count();
    }

    private static int conditionAwaits(JavaClass javaClass) {
        return (int) javaClass.getMethodCallsFromSelf().stream()
                .filter(call -> call.getTarget().getOwner().isAssignableTo(Condition.class))
                .filter(call -> WAIT_METHODS.contains(call.getTarget().getName()))
                .count();
    }

    private static ArchCondition<JavaClass> inTotal(String description, ToIntFunction<JavaClass> count,
            int expected) {
        return new TotalCondition(description, count, expected, true);
    }

    private static ArchCondition<JavaClass> inTotalAtLeast(String description, ToIntFunction<JavaClass> count,
            int minimum) {
        return new TotalCondition(description, count, minimum, false);
    }

    /** Sums a count over all classes of the package, then compares the total. */
    private static final class TotalCondition extends ArchCondition<JavaClass> {
        private final ToIntFunction<JavaClass> count;
        private final int bound;
        private final boolean exact;
        private int total;

        TotalCondition(String description, ToIntFunction<JavaClass> count, int bound, boolean exact) {
            super("together " + description);
            this.count = count;
            this.bound = bound;
            this.exact = exact;
        }

        @Override
        public void init(Collection<JavaClass> allObjectsToTest) {
            total = 0;
        }

        @Override
        public void check(JavaClass javaClass, ConditionEvents events) {
            total += count.applyAsInt(javaClass);
        }

        @Override
        public void finish(ConditionEvents events) {
            boolean ok = exact ? total == bound : total >= bound;
            String message = "the classes of lab.boundedbuffer do this " + total + " time(s); expected "
                    + (exact ? "exactly " : "at least ") + bound;
            events.add(new SimpleConditionEvent(this, ok, message));
        }
    }
}
