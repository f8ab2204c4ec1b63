package lab.eventsandlatches;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;

/** The lesson's rules: the event and the latch are built by hand, not borrowed from the JDK. */
@Tag("design")
@AnalyzeClasses(packages = "lab.eventsandlatches", importOptions = ImportOption.DoNotIncludeTests.class)
class DesignRulesTest {

    @ArchTest
    static final ArchRule noReadyMadeLatchesOrBarriers = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.CountDownLatch")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.CyclicBarrier")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Phaser")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Semaphore")
            .because("the exercise is to build the waiting yourself from a lock and a condition "
                    + "(or synchronized, wait and notifyAll); CountDownLatch and its relatives are the answer, "
                    + "not building blocks");

    @ArchTest
    static final ArchRule noOtherReadyMadeSynchronizers = noClasses()
            .should().dependOnClassesThat(readyMadeConcurrencyClasses())
            .because("only the basic tools are allowed here: locks and conditions "
                    + "(java.util.concurrent.locks), atomics and TimeUnit; futures, queues, latches and "
                    + "barriers would do the waiting for you");

    /** Classes of the java.util.concurrent package itself, except TimeUnit (its subpackages are fine). */
    private static DescribedPredicate<JavaClass> readyMadeConcurrencyClasses() {
        return DescribedPredicate.describe("are ready-made classes of java.util.concurrent (other than TimeUnit)",
                javaClass -> javaClass.getPackageName().equals("java.util.concurrent")
                        && !javaClass.isEquivalentTo(TimeUnit.class));
    }
}
