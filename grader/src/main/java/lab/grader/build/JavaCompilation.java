package lab.grader.build;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one source tree with the JDK's compiler, in the grader's JVM.
 *
 * <p>Compiling runs no student code: annotation processing is off except for the kit's own
 * jcstress processor, which only ever sees kit sources (the stress tests).
 */
final class JavaCompilation {

    private static final int MAX_ERRORS_SHOWN = 12;

    private JavaCompilation() {
    }

    /**
     * Compiles every {@code .java} file below {@code sources} into {@code output}.
     *
     * @param processorPath where annotation processors come from; {@code null} turns processing off
     * @return the compiler's errors in a student-readable form, or empty when it compiled
     */
    static Optional<String> compile(Path sources, List<Path> classpath, Path output, Path processorPath) {
        List<Path> files = javaFiles(sources);
        if (files.isEmpty()) {
            return Optional.of("no .java files in " + sources);
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("the grader runs on a JRE without a compiler; run it on a JDK >= 21");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files0 = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            Files.createDirectories(output);
            List<String> options = new ArrayList<>(List.of(
                    "-d", output.toString(),
                    "--release", "21",
                    "-encoding", "UTF-8",
                    "-g",
                    "-nowarn",
                    "-implicit:none",
                    "-cp", classpath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator))));
            if (processorPath == null) {
                options.add("-proc:none");
            } else {
                // JDK 23+ no longer runs processors found on the path unless asked to.
                options.addAll(List.of("-proc:full", "-processorpath", processorPath.toString()));
            }
            StringWriter compilerOutput = new StringWriter();
            boolean ok = compiler.getTask(compilerOutput, files0, diagnostics, options, null,
                    files0.getJavaFileObjectsFromPaths(files)).call();
            return ok ? Optional.empty() : Optional.of(describe(diagnostics, sources, compilerOutput.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles(Path sources) {
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(sources)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(DiagnosticCollector<JavaFileObject> diagnostics, Path sources, String extra) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String file = d.getSource() == null ? "" : relative(sources, Path.of(d.getSource().toUri())) + ":" + d.getLineNumber() + ": ";
            errors.add(file + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""));
        }
        if (errors.isEmpty()) {
            return extra.isBlank() ? "the compiler failed without a message" : crash(extra);
        }
        String shown = errors.stream().limit(MAX_ERRORS_SHOWN).collect(Collectors.joining("\n"));
        return errors.size() > MAX_ERRORS_SHOWN ? shown + "\n... and " + (errors.size() - MAX_ERRORS_SHOWN) + " more" : shown;
    }

    /**
     * The compiler's own output when it gave up without an error diagnostic. When javac itself
     * crashes (the red-team suite's compiler-crash: an expression nested 20,000 parentheses deep
     * overflows its stack), that output is a request to file a bug plus a stack trace of a thousand
     * lines, which went whole into result.json and the CI log: keep the exception's name.
     */
    private static String crash(String compilerOutput) {
        List<String> lines = compilerOutput.strip().lines().toList();
        for (String line : lines) {
            if (line.matches("(java|jdk|com\\.sun)\\.[\\w.$]+(Error|Exception)(:.*)?")) {
                return "the Java compiler crashed on this code (" + line.strip() + ");"
                        + " very deeply nested or very long expressions can cause this";
            }
        }
        String shown = String.join("\n", lines.subList(0, Math.min(MAX_ERRORS_SHOWN, lines.size())));
        return lines.size() > MAX_ERRORS_SHOWN ? shown + "\n..." : shown;
    }

    private static String relative(Path sources, Path file) {
        return file.startsWith(sources) ? sources.relativize(file).toString() : file.getFileName().toString();
    }
}
