package lab.matrixmultiply;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;
import java.util.stream.BaseStream;
import org.junit.jupiter.api.Tag;

/**
 * The lesson of this exercise as rules: the work runs on an {@link ExecutorService} whose size you
 * choose, and you collect it through {@link Future}s. Ready-made parallelism that hides the
 * threads (parallel streams, the shared fork/join pool) is not allowed here.
 */
@Tag("design")
@AnalyzeClasses(packages = "lab.matrixmultiply", importOptions = ImportOption.DoNotIncludeTests.class)
class DesignRulesTest {

    @ArchTest
    static final ArchRule runsTheWorkOnAnExecutorService = classes()
            .should(togetherCallAMethodWhere(new DescribedPredicate<>("a method of an ExecutorService") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isAssignableTo(ExecutorService.class);
                }
            }))
            .because("the chunks of the product are tasks on an ExecutorService (for example one from"
                    + " Executors.newFixedThreadPool(threads)): the pool owns the threads, you choose how many");

    @ArchTest
    static final ArchRule collectsTheResultsThroughFutures = classes()
            .should(togetherCallAMethodWhere(new DescribedPredicate<>("Future.get()") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isAssignableTo(Future.class)
                            && Set.of("get", "join", "resultNow").contains(call.getName());
                }
            }))
            .because("waiting on each task's Future is how the caller knows a chunk is done, and how"
                    + " an exception thrown in a worker reaches the caller instead of vanishing");

    @ArchTest
    static final ArchRule usesNoParallelStreams = noClasses()
            .should().callMethodWhere(new DescribedPredicate<>("a parallel stream or Arrays.parallel*") {
                @Override
                public boolean test(JavaMethodCall call) {
                    JavaClass owner = call.getTargetOwner();
                    String name = call.getName();
                    return (name.equals("parallel") && owner.isAssignableTo(BaseStream.class))
                            || (name.equals("parallelStream") && owner.isAssignableTo(Collection.class))
                            || (name.startsWith("parallel") && owner.isEquivalentTo(Arrays.class));
                }
            })
            .because("a parallel stream runs on the JDK's shared pool with a parallelism you do not"
                    + " choose; here you split the work and manage the threads yourself");

    @ArchTest
    static final ArchRule usesNoForkJoin = noClasses()
            .should().dependOnClassesThat().areAssignableTo(ForkJoinPool.class)
            .orShould().dependOnClassesThat().areAssignableTo(ForkJoinTask.class)
            .because("fork/join is a later exercise (maze); this one is about an ExecutorService and Futures");

    @ArchTest
    static final ArchRule usesNoAsyncCallsOnTheSharedPool = noClasses()
            .should().callMethodWhere(new DescribedPredicate<>("a CompletableFuture ...Async method without an Executor") {
                @Override
                public boolean test(JavaMethodCall call) {
                    List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
                    return call.getTargetOwner().isEquivalentTo(CompletableFuture.class)
                            && call.getName().endsWith("Async")
                            && (parameters.isEmpty()
                                    || !parameters.get(parameters.size() - 1).isEquivalentTo(Executor.class));
                }
            })
            .because("without an Executor argument the task runs on the JDK's shared pool, not on yours");

    /**
     * A condition on all the classes of the exercise together: at least one of them makes a call
     * that matches (the work may live in any class, so no single class has to).
     */
    private static ArchCondition<JavaClass> togetherCallAMethodWhere(DescribedPredicate<JavaMethodCall> wanted) {
        return new ArchCondition<>("together call " + wanted.getDescription()) {
            private boolean found;

            @Override
            public void init(Collection<JavaClass> allClasses) {
                found = false;
            }

            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                    if (wanted.test(call)) {
                        found = true;
                    }
                }
            }

            @Override
            public void finish(ConditionEvents events) {
                if (!found) {
                    events.add(SimpleConditionEvent.violated("lab.matrixmultiply",
                            "no class of lab.matrixmultiply calls " + wanted.getDescription()));
                }
            }
        };
    }
}
