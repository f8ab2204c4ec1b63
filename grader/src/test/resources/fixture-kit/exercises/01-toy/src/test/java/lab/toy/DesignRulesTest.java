package lab.toy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Tag;

/** The toy's one design rule, written the way every exercise writes them (an {@code @ArchTest} field). */
@Tag("design")
@AnalyzeClasses(packages = "lab.toy", importOptions = ImportOption.DoNotIncludeTests.class)
class DesignRulesTest {

    @ArchTest
    static final ArchRule fieldsArePrivate = fields()
            .that().doNotHaveModifier(JavaModifier.SYNTHETIC)
            .should().bePrivate()
            .because("state other classes can reach is state nobody guards")
            .allowEmptyShould(true);
}
