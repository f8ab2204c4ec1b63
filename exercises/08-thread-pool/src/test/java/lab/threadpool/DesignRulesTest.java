package lab.threadpool;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Tag;

/**
 * Design rules: the pool is built from threads and a queue, not borrowed from a ready-made one.
 * {@code AbstractExecutorService} and {@code FutureTask} are allowed: they provide submit(),
 * invokeAll() and invokeAny() on top of execute(), and run no thread of their own.
 */
@Tag("design")
@AnalyzeClasses(packages = "lab.threadpool", importOptions = ImportOption.DoNotIncludeTests.class)
class DesignRulesTest {

    // The jcstress harness lives in a subpackage; these rules are about the student's classes only.
    private static final String HARNESS = "lab.threadpool.stress..";

    @ArchTest
    static final ArchRule noReadyMadePools = noClasses()
            .that().resideOutsideOfPackage(HARNESS)
            .should().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadPoolExecutor")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ScheduledThreadPoolExecutor")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ForkJoinPool")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ForkJoinTask")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.RecursiveAction")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.RecursiveTask")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.CountedCompleter")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.CompletableFuture")
            .as("the pool uses no ready-made pool: no Executors, ThreadPoolExecutor, "
                    + "ScheduledThreadPoolExecutor, ForkJoinPool or its tasks, CompletableFuture")
            .because("the pool is what you build: Executors, ThreadPoolExecutor, ForkJoinPool and "
                    + "CompletableFuture's async methods all run tasks on threads someone else manages");
}
