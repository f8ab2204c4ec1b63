package lab.raceconditions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Tag;

/**
 * Design rules: the shared state is encapsulated, belongs to one object, and is protected by
 * synchronization rather than by timing. Any lock, {@code synchronized} or atomic is allowed.
 */
@Tag("design")
@AnalyzeClasses(packages = "lab.raceconditions", importOptions = ImportOption.DoNotIncludeTests.class)
class DesignRulesTest {

    // The jcstress harness lives in a subpackage; these rules are about the student's classes only.
    private static final String HARNESS = "lab.raceconditions.stress..";

    @ArchTest
    static final ArchRule instanceStateIsPrivate = fields()
            .that().areNotStatic()
            .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
            .and().areDeclaredInClassesThat().resideOutsideOfPackage(HARNESS)
            .should().bePrivate()
            .because("a lock or an atomic protects a field only if every access goes through the "
                    + "class's own methods: a field other code can reach is shared state nobody guards")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noStaticMutableState = fields()
            .that().areStatic()
            .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
            .and().areDeclaredInClassesThat().resideOutsideOfPackage(HARNESS)
            .should().beFinal()
            .because("every HitCounter and every BankAccount has its own state: a static counter or "
                    + "balance would be shared by all of them")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noSleepingAwayRaces = noClasses()
            .that().resideOutsideOfPackage(HARNESS)
            .should().callMethodWhere(DescribedPredicate.describe("Thread.sleep",
                    (JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(Thread.class)
                            && call.getName().equals("sleep")))
            .because("sleeping changes the timing, not the outcome: a race that sleep hides today "
                    + "comes back under another load");
}
