package lab.visibility;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;

/**
 * The lesson's rules, checked on the compiled classes.
 *
 * <p>Some visibility bugs never show on an x86 machine, whatever the tests do: its hardware keeps
 * writes in order, so a half-built object published through a plain field is practically never
 * seen there. The Java memory model still allows it, and other machines (ARM, for one) do show
 * it. These rules check the code for what the tests cannot.
 */
@Tag("design")
@AnalyzeClasses(packages = "lab.visibility", importOptions = ImportOption.DoNotIncludeTests.class)
class DesignRulesTest {

    @ArchTest
    static final ArchRule sharedFieldsAreVolatileFinalOrLocked = methods()
            .should(touchOnlyVolatileOrFinalFieldsOutsideALock())
            .because("a thread that reads a plain field without holding the lock its writer held may see a "
                    + "stale value, or a reference to an object whose fields it does not see yet. A field used "
                    + "outside synchronized (or a Lock's try/finally) must be volatile, or final and set in "
                    + "the constructor. This is why double-checked locking needs a volatile field.");

    @ArchTest
    static final ArchRule snapshotsAreImmutable = fields()
            .that().areDeclaredIn(ConfigSnapshot.class)
            .should().beFinal()
            .allowEmptyShould(true)
            .because("a ConfigSnapshot is shared between threads without a lock: final fields are what "
                    + "guarantee that every thread sees them as the constructor set them");

    private static ArchCondition<JavaMethod> touchOnlyVolatileOrFinalFieldsOutsideALock() {
        return new ArchCondition<>("use only volatile or final fields outside a lock") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (alwaysRunsUnderALock(method, new HashSet<>())) {
                    return;
                }
                for (JavaFieldAccess access : method.getFieldAccesses()) {
                    Optional<JavaField> field = access.getTarget().resolveMember()
                            .filter(target -> target.getOwner().getPackageName().startsWith("lab.visibility"));
                    if (field.isEmpty() || isVolatileOrFinal(field.get()) || isInsideALock(access)) {
                        continue;
                    }
                    String verb = access.getAccessType() == JavaFieldAccess.AccessType.SET ? "writes" : "reads";
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " " + verb
                            + " field " + field.get().getOwner().getSimpleName() + "." + field.get().getName()
                            + " outside any lock " + access.getSourceCodeLocation()
                            + ", but the field is neither volatile nor final (if this line IS inside a "
                            + "synchronized block written on one line, give the block's body its own line)"));
                }
            }
        };
    }

    /**
     * A synchronized method, or a private helper that is only ever called under a lock (the kit
     * cannot see a lock held by a caller otherwise).
     */
    private static boolean alwaysRunsUnderALock(JavaCodeUnit codeUnit, Set<JavaCodeUnit> visited) {
        if (codeUnit.getModifiers().contains(JavaModifier.SYNCHRONIZED)) {
            return true;
        }
        if (!codeUnit.getModifiers().contains(JavaModifier.PRIVATE) || !visited.add(codeUnit)) {
            return false;
        }
        Set<JavaMethodCall> calls = codeUnit instanceof JavaMethod method ? method.getCallsOfSelf() : Set.of();
        if (calls.isEmpty()) {
            return false;
        }
        for (JavaMethodCall call : calls) {
            if (!isInsideALock(call) && !alwaysRunsUnderALock(call.getOrigin(), visited)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Inside a synchronized block, or inside the try of a lock's try/finally: both compile to a
     * try block that catches nothing (only a finally runs on the way out).
     */
    private static boolean isInsideALock(JavaAccess<?> access) {
        if (access.getOrigin().getModifiers().contains(JavaModifier.SYNCHRONIZED)) {
            return true;
        }
        for (TryCatchBlock block : access.getOrigin().getTryCatchBlocks()) {
            if (block.getCaughtThrowables().isEmpty() && block.getAccessesContainedInTryBlock().contains(access)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVolatileOrFinal(JavaField field) {
        return field.getModifiers().contains(JavaModifier.VOLATILE)
                || field.getModifiers().contains(JavaModifier.FINAL);
    }
}
