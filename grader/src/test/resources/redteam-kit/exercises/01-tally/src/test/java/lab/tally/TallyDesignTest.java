package lab.tally;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Tag;

/** The tally's design rule: no state shared by every instance. */
@Tag("design")
@AnalyzeClasses(packages = "lab.tally", importOptions = ImportOption.DoNotIncludeTests.class)
class TallyDesignTest {

    @ArchTest
    static final ArchRule staticFieldsAreConstants = fields().that().areStatic()
            .should().beFinal()
            .because("a static field that can change is a total every Tally would share")
            .allowEmptyShould(true);
}
