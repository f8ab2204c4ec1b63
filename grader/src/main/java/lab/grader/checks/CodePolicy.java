package lab.grader.checks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lab.grader.result.ItemResult;
import lab.grader.result.Status;

/**
 * The student-code policy (DESIGN.md section 8), checked with ArchUnit on the compiled classes
 * before any of them runs, in the grader's own JVM: reading bytecode executes nothing.
 *
 * <p>Student code may use the JDK's {@code java.*} and {@code javax.*} packages and its own
 * exercise package, minus what could escape the test harness or forge a result: reflection,
 * method handles, class loaders, leaving the JVM, swapping the standard streams, enumerating
 * threads (the watchdog's among them), processes, files, the network and native code, and the
 * JDK APIs that do any of these given a name in a string (java.beans, XSLT, JDK tools ...). An
 * exercise's {@code allow} list lifts one group for the exercises that need it.
 */
public final class CodePolicy {

    /** Allow keys for exercise.json. */
    public static final String ALLOW_PROCESSES = "processes";
    public static final String ALLOW_NETWORK = "network";
    public static final String ALLOW_FILES = "files";

    private CodePolicy() {
    }

    /** One item per rule, failed with every violation (class, member and line) it found. */
    public static List<ItemResult> check(Path classesDirectory, String exercisePackage, List<String> allow) {
        JavaClasses imported = new ClassFileImporter().importPath(classesDirectory);
        List<ItemResult> items = new ArrayList<>();
        for (ArchRule rule : rules(exercisePackage, Set.copyOf(allow))) {
            EvaluationResult result = rule.allowEmptyShould(true).evaluate(imported);
            String name = "policy: " + rule.getDescription();
            if (result.hasViolation()) {
                List<String> details = result.getFailureReport().getDetails();
                String shown = String.join("\n", details.subList(0, Math.min(10, details.size())));
                items.add(new ItemResult(name, Status.FAIL, shown));
            } else {
                items.add(new ItemResult(name, Status.PASS, ""));
            }
        }
        return items;
    }

    private static List<ArchRule> rules(String exercisePackage, Set<String> allow) {
        List<ArchRule> rules = new ArrayList<>();
        rules.add(classes().should().resideInAPackage(exercisePackage + "..")
                .as("classes live in the exercise package " + exercisePackage));
        rules.add(classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax..", exercisePackage + "..", "")
                .as("code uses only the JDK and the exercise package"));
        rules.add(noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.lang.reflect..", "java.lang.invoke..", "java.lang.instrument..",
                        "java.lang.foreign..", "java.lang.management..", "javax.management..", "java.rmi..",
                        "javax.script..", "javax.naming..", "javax.tools..", "javax.annotation.processing..")
                .as("no reflection, method handles, instrumentation, management or foreign-memory APIs"));
        rules.add(noClasses().should().dependOnClassesThat()
                .areAssignableTo(ClassLoader.class)
                .as("no class loaders"));
        // Found by the red-team suite (grader/src/test/resources/redteam): these JDK APIs take a
        // class, a method or a file by its name in a string, so the rules here, which see only the
        // names in the bytecode, would miss what they do. java.beans.Statement/Expression call any
        // public method (reflection without java.lang.reflect: forges-results-via-beans took the
        // harness's ResultChannel and scored a stub 100/100), Swing's UIDefaults.ProxyLazyValue does
        // the same, XSLT calls static Java methods named in a stylesheet and XML parsers open any URI
        // (reads-hidden-tests-via-xslt read the hidden test class), java.util.spi.ToolProvider runs
        // javac, jar and jshell in the fork, deserialisation makes objects of any class by name, and
        // the logging configuration instantiates handlers (FileHandler among them) by class name.
        rules.add(noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.beans..", "javax.swing..", "javax.xml.parsers..", "javax.xml.stream..",
                        "javax.xml.transform..", "javax.xml.validation..", "javax.xml.xpath..", "javax.xml.catalog..",
                        "java.util.spi..")
                .orShould().dependOnClassesThat()
                .haveFullyQualifiedName("java.io.ObjectInputStream")
                .orShould().dependOnClassesThat()
                .haveFullyQualifiedName("java.util.logging.LogManager")
                .as("no JDK APIs that reach classes, methods or files by name (java.beans, Swing, XML processing,"
                        + " JDK tools, deserialisation, logging configuration)"));
        rules.add(noClasses().should(accessTo(Set.of(
                        "java.lang.System.exit", "java.lang.Runtime.exit", "java.lang.Runtime.halt",
                        "java.lang.Runtime.addShutdownHook", "java.lang.Runtime.removeShutdownHook")))
                .as("no System.exit, Runtime.exit or Runtime.halt, no shutdown hooks"));
        rules.add(noClasses().should(accessTo(Set.of(
                        "java.lang.System.setOut", "java.lang.System.setErr", "java.lang.System.setIn",
                        "java.lang.System.setProperty", "java.lang.System.clearProperty", "java.lang.System.setProperties",
                        // The live Properties object: getProperties().setProperty(...) is setProperty (red team).
                        "java.lang.System.getProperties",
                        "java.lang.System.load", "java.lang.System.loadLibrary", "java.lang.Runtime.load",
                        "java.lang.Runtime.loadLibrary", "java.lang.System.console")))
                .as("no replacing standard streams or system properties, no native libraries"));
        rules.add(noClasses().should(accessTo(Set.of(
                        "java.lang.Class.forName", "java.lang.Class.getDeclaredField", "java.lang.Class.getDeclaredFields",
                        "java.lang.Class.getDeclaredMethod", "java.lang.Class.getDeclaredMethods", "java.lang.Class.getField",
                        "java.lang.Class.getFields", "java.lang.Class.getMethod", "java.lang.Class.getMethods",
                        "java.lang.Class.getDeclaredConstructor", "java.lang.Class.getDeclaredConstructors",
                        "java.lang.Class.getConstructor", "java.lang.Class.getConstructors", "java.lang.Class.newInstance",
                        "java.lang.Class.getClassLoader", "java.lang.Class.getResource", "java.lang.Class.getResourceAsStream",
                        "java.lang.Class.getProtectionDomain", "java.lang.Class.getModule",
                        "java.lang.Thread.getContextClassLoader", "java.lang.Thread.setContextClassLoader",
                        "java.lang.Thread.getAllStackTraces", "java.lang.Thread.enumerate",
                        "java.lang.Thread.setDefaultUncaughtExceptionHandler", "java.lang.ThreadGroup.enumerate",
                        "java.lang.ThreadGroup.interrupt", "java.lang.ThreadGroup.getParent",
                        "java.lang.StackWalker.getInstance", "java.lang.ModuleLayer.boot")))
                .as("no reflection on classes, no access to other threads or to the class path"));
        rules.add(noMethods().should().haveModifier(JavaModifier.NATIVE).as("no native methods"));
        if (!allow.contains(ALLOW_PROCESSES)) {
            rules.add(noClasses().should().dependOnClassesThat()
                    .haveNameMatching("java\\.lang\\.(ProcessBuilder|Process|ProcessHandle)(\\$.*)?")
                    .orShould(accessTo(Set.of("java.lang.Runtime.exec")))
                    .as("no starting or signalling processes"));
        }
        if (!allow.contains(ALLOW_FILES)) {
            rules.add(noClasses().should().dependOnClassesThat()
                    .haveNameMatching("java\\.io\\.(File|FileDescriptor|FileInputStream|FileOutputStream|FileReader"
                            + "|FileWriter|RandomAccessFile)")
                    // Red team: these open files by name too (writes-files-via-logging wrote a JUnit
                    // report beside the grader's with FileHandler); preferences are files in $HOME.
                    .orShould().dependOnClassesThat()
                    .haveNameMatching("java\\.util\\.logging\\.FileHandler|java\\.util\\.zip\\.ZipFile|java\\.util\\.jar\\.JarFile")
                    .orShould().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.nio.channels..",
                            "java.util.prefs..")
                    // These constructors take file names; System.out.println stays allowed.
                    .orShould(accessTo(Set.of("java.io.PrintStream.<init>", "java.io.PrintWriter.<init>",
                            "java.util.Formatter.<init>")))
                    .as("no file access"));
        }
        if (!allow.contains(ALLOW_NETWORK)) {
            rules.add(noClasses().should().dependOnClassesThat()
                    .resideInAnyPackage("java.net..", "javax.net..", "java.nio.channels..")
                    // Red team: a log handler that opens a socket by host name.
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.logging.SocketHandler")
                    .as("no network access"));
        }
        return rules;
    }

    /** A condition that fails on any call to, or method reference of, the named members. */
    private static com.tngtech.archunit.lang.ArchCondition<JavaClass> accessTo(Set<String> members) {
        DescribedPredicate<JavaAccess<?>> forbidden = DescribedPredicate.describe("forbidden member",
                access -> members.contains(access.getTargetOwner().getName() + "." + access.getName()));
        return com.tngtech.archunit.lang.conditions.ArchConditions.accessTargetWhere(forbidden)
                .as("use " + String.join(", ", members.stream().sorted().map(CodePolicy::shortName).toList()));
    }

    private static String shortName(String member) {
        String[] parts = member.split("\\.");
        return parts[parts.length - 2] + "." + parts[parts.length - 1];
    }
}
