package lab.globallock;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Collections;
import java.util.Hashtable;
import java.util.Vector;
import org.junit.jupiter.api.Tag;

/**
 * The lesson of this exercise as rules: no lock around the whole index. A {@code synchronized}
 * method of {@link WordIndex} and a synchronized collection wrapper are each one lock that every
 * thread must take for every call: the global interpreter lock, rebuilt. Locks of your own
 * (striped or not), concurrent collections and atomics are all allowed.
 */
@Tag("design")
@AnalyzeClasses(packages = "lab.globallock", importOptions = ImportOption.DoNotIncludeTests.class)
class DesignRulesTest {

    // The jcstress and speed harnesses live in subpackages; these rules are about the student's classes.
    private static final String HARNESS = "lab.globallock.(stress|speed)..";

    @ArchTest
    static final ArchRule noSynchronizedMethodsOnTheIndex = noMethods()
            .that().areDeclaredIn(WordIndex.class)
            .should().haveModifier(JavaModifier.SYNCHRONIZED)
            .as("no method of WordIndex is synchronized")
            .because("a synchronized method locks the whole index for the whole call, tokenising included:"
                    + " every other thread waits, as Python threads wait for the GIL. Lock only what two"
                    + " threads really share, and only for as long as they share it");

    @ArchTest
    static final ArchRule noSynchronizedCollections = noClasses()
            .that().resideOutsideOfPackage(HARNESS)
            .should().dependOnClassesThat().areAssignableTo(Hashtable.class)
            .orShould().dependOnClassesThat().areAssignableTo(Vector.class)
            .orShould().callMethodWhere(new DescribedPredicate<>("Collections.synchronized...()") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isEquivalentTo(Collections.class)
                            && call.getName().startsWith("synchronized");
                }
            })
            .as("no Hashtable, Vector or Collections.synchronized...() wrapper")
            .because("each of them is one lock around the whole collection: a global lock in a box."
                    + " A ConcurrentHashMap, or maps of your own behind striped locks, let threads that"
                    + " touch different words work at the same time");

    @ArchTest
    static final ArchRule theIndexStateIsPrivateAndFinal = fields()
            .that().areDeclaredIn(WordIndex.class)
            .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
            .should().bePrivate()
            .andShould().beFinal()
            .as("every field of WordIndex is private and final")
            .because("the index's shared structures (maps, locks, counters) are made once, in the"
                    + " constructor, and published safely with it; threads change what is inside them,"
                    + " never which structure a field points to, and no code outside the class reaches"
                    + " them without going through its locking")
            .allowEmptyShould(true);
}
