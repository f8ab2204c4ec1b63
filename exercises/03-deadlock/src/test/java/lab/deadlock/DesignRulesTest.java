package lab.deadlock;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.StampedLock;
import org.junit.jupiter.api.Tag;

/**
 * The lesson's design: every account has its own lock, and nothing locks the whole bank.
 *
 * <p>Any lock design that follows it passes: {@code synchronized} blocks on account objects or
 * a {@code ReentrantLock} per account, taken in a global order or with {@code tryLock} and
 * back-off.
 */
@Tag("design")
@AnalyzeClasses(packages = "lab.deadlock", importOptions = ImportOption.DoNotIncludeTests.class)
class DesignRulesTest {

    /** A type that is one lock: a monitor object, a Lock, a ReadWriteLock, a Semaphore... */
    private static final DescribedPredicate<JavaClass> ONE_LOCK = new DescribedPredicate<>(
            "a single lock (Object, Lock, ReadWriteLock, Semaphore or StampedLock)") {
        @Override
        public boolean test(JavaClass type) {
            return type.isEquivalentTo(Object.class)
                    || type.isAssignableTo(Lock.class)
                    || type.isAssignableTo(ReadWriteLock.class)
                    || type.isAssignableTo(Semaphore.class)
                    || type.isAssignableTo(StampedLock.class);
        }
    };

    @ArchTest
    static final ArchRule bankMethodsAreNotSynchronized = methods()
            .that().areDeclaredIn(Bank.class)
            .should().notHaveModifier(JavaModifier.SYNCHRONIZED)
            .because("a synchronized method of Bank locks the whole bank: every transfer would wait"
                    + " for every other one, even between unrelated accounts. Lock the accounts a"
                    + " method touches, not the bank");

    @ArchTest
    static final ArchRule bankHasNoBankWideLock = noFields()
            .that().areDeclaredIn(Bank.class)
            .should().haveRawType(ONE_LOCK)
            .because("one lock in Bank is one lock for every account: unrelated transfers would"
                    + " wait for each other. Give each account its own lock (an array or list of"
                    + " locks in Bank is fine, or a lock inside an account class)")
            .allowEmptyShould(true); // the stub has no fields yet

    @ArchTest
    static final ArchRule noStaticLocks = noFields()
            .that().areStatic()
            .should().haveRawType(ONE_LOCK)
            .because("a static lock is shared by every bank and every account: it serialises them"
                    + " all. Locks belong to accounts")
            .allowEmptyShould(true); // a bank without static fields passes
}
