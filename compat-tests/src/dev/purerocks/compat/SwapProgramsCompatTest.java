package dev.purerocks.compat;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.testing.RocksJavaOracle;
import dev.purerocks.testing.Spec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The "change your imports" promise, executed: every program in {@code compat-tests/programs/}
 * is plain RocksJava ({@code import org.rocksdb.*}, a {@code main} that prints to {@code
 * System.out}). This test compiles each one twice in memory against the test class path, as
 * written and with {@code org.rocksdb} rewritten to {@code dev.purerocks} (that rewrite and
 * nothing else), runs both {@code main}s one after the other with {@code System.out} captured,
 * and requires the same output line for line. On a difference it prints a unified-style diff of
 * the first differing lines.
 *
 * <p>The programs share their helpers (sections, printing, {@code attempt}, the temporary
 * directory) through the support sources in {@code programs/support/} (class {@code Swap}, which
 * each program extends); those are RocksJava source too, are not programs themselves, and are
 * compiled with every program, rewritten exactly as the program is.
 *
 * <p>The programs are not test sources (Maven does not compile them); each defines its own class
 * in the unnamed package and gets its own class loader, whose parent is this test's loader, so
 * RocksJava's native library is loaded once and both compilations of a program can coexist. A
 * program that throws out of {@code main} records the exception as its last line, on both sides.
 * The programs keep their databases in a temporary directory under {@code java.io.tmpdir}, print
 * it as {@code $DIR}, and delete it.
 */
class SwapProgramsCompatTest {
  static final Path PROGRAMS = Paths.get("compat-tests/programs");
  /** Shared helpers compiled with every program; not programs (the listing is not recursive). */
  static final Path SUPPORT = PROGRAMS.resolve("support");

  @BeforeAll
  static void loadOracle() {
    RocksJavaOracle.load();
  }

  /** One dynamic test per program file, in file-name order. */
  @Spec({"API-READ-IGNORE-1", "OPT-RAW-1", "OPT-REPORT-1", "OPT-REPORT-2", "DB-OPT-5", "PROP-MEM-5", "PROP-API-1",
      "PROP-API-2", "PROP-API-3"})
  @TestFactory
  Stream<DynamicTest> eachProgram_printsTheSameUnderRocksJavaAndPureRocks() throws IOException {
    final List<Path> programs = programs();
    System.out.println("swap programs: " + programs.size());
    return programs.stream()
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), p.toUri(), () -> check(p)));
  }

  /** The harness never compares PureRocks with itself: a program must be RocksJava source. */
  @Test
  void everyProgram_isRocksJavaSource_andTheRewriteChangesIt() throws IOException {
    final List<Path> programs = programs();
    assertWithMessage("programs in %s", PROGRAMS).that(programs.size()).isAtLeast(8);
    for (final Path p : programs) {
      checkRocksJavaSource(p, true);
    }
    final List<Path> support = support();
    assertWithMessage("support sources in %s", SUPPORT).that(support).isNotEmpty();
    for (final Path p : support) {
      checkRocksJavaSource(p, false);
    }
  }

  /** Imports org.rocksdb, never names dev.purerocks; a program has a main, a support file none. */
  private static void checkRocksJavaSource(final Path p, final boolean program) throws IOException {
    final String source = Files.readString(p, StandardCharsets.UTF_8);
    assertWithMessage("%s imports org.rocksdb", p)
        .that(source.contains("import org.rocksdb.")).isTrue();
    assertWithMessage("%s never names dev.purerocks", p)
        .that(source.contains("dev.purerocks")).isFalse();
    assertWithMessage("%s declares public static void main (a program has one, support none)", p)
        .that(source.contains("public static void main(")).isEqualTo(program);
  }

  /** The failure report: context, then each side's lines from the first difference. */
  @Test
  void diff_showsContextAndBothSidesFromTheFirstDifference() {
    final String d = diff(List.of("a", "b", "c", "d", "e"), List.of("a", "b", "c", "d", "X", "e"));
    assertWithMessage("diff").that(d).isEqualTo("--- RocksJava\n+++ PureRocks\n"
        + "@@ first difference at line 5 @@\n b\n c\n d\n-e\n+X\n+e\n");
    assertWithMessage("diff of equal lists").that(diff(List.of("a"), List.of("a")))
        .isEqualTo("(no difference)");
  }

  /** The programs: the {@code .java} files directly in {@link #PROGRAMS}. */
  static List<Path> programs() throws IOException {
    return javaFilesIn(PROGRAMS);
  }

  /** The support sources: the {@code .java} files in {@link #SUPPORT}. */
  static List<Path> support() throws IOException {
    return javaFilesIn(SUPPORT);
  }

  private static List<Path> javaFilesIn(final Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted()
          .collect(Collectors.toList());
    }
  }

  /** Class name to source: the program and every support source. */
  private static Map<String, String> sources(final Path program) throws IOException {
    final Map<String, String> sources = new LinkedHashMap<>();
    for (final Path p : Stream.concat(Stream.of(program), support().stream())
        .collect(Collectors.toList())) {
      sources.put(p.getFileName().toString().replace(".java", ""),
          Files.readString(p, StandardCharsets.UTF_8));
    }
    return sources;
  }

  private static void check(final Path program) throws Exception {
    final Map<String, String> sources = sources(program);
    final String className = program.getFileName().toString().replace(".java", "");
    final Map<String, String> rewritten = new LinkedHashMap<>();
    sources.forEach((name, source) -> rewritten.put(name, rewrite(source)));
    final List<String> theirs = run(className, sources, "as written");
    final List<String> ours = run(className, rewritten, "rewritten to dev.purerocks");
    System.out.println("== " + className + " (PureRocks; RocksJava printed " + theirs.size()
        + " lines)");
    ours.forEach(l -> System.out.println("  " + l));
    assertWithMessage("%s printed differently under PureRocks (+) than under RocksJava (-):\n%s",
            program, diff(theirs, ours))
        .that(ours)
        .isEqualTo(theirs);
  }

  /** The only edit a user makes: the package name. */
  static String rewrite(final String source) {
    return source.replace("org.rocksdb", "dev.purerocks");
  }

  // ---- running ------------------------------------------------------------------------------

  /**
   * Compiles {@code sources} (class name to source) together, runs {@code className}'s {@code
   * main} with System.out captured, returns the lines.
   */
  private static List<String> run(final String className, final Map<String, String> sources,
      final String form) throws Exception {
    final Map<String, byte[]> classes = compile(className, sources, form);
    final ClassLoader loader = new ClassLoader(SwapProgramsCompatTest.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(final String name) throws ClassNotFoundException {
        final byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
    final Method main = loader.loadClass(className).getMethod("main", String[].class);
    final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    final PrintStream saved = System.out;
    try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      try {
        main.invoke(null, (Object) new String[0]);
      } catch (InvocationTargetException e) {
        out.println("main threw " + e.getCause());
      } finally {
        System.setOut(saved);
      }
    }
    return Arrays.asList(captured.toString(StandardCharsets.UTF_8).split("\\R", -1));
  }

  /**
   * Compiles the source files in memory in one javac task; class name to bytes. Fails with javac's
   * diagnostics.
   */
  private static Map<String, byte[]> compile(final String className,
      final Map<String, String> sources, final String form) {
    final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertWithMessage("a JDK compiler (javax.tools)").that(javac).isNotNull();
    final DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    final Map<String, byte[]> classes = new HashMap<>();
    final StandardJavaFileManager standard =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
    final JavaFileManager inMemory = new ForwardingJavaFileManager<>(standard) {
      @Override
      public JavaFileObject getJavaFileForOutput(final Location location, final String name,
          final JavaFileObject.Kind kind, final FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/')
            + kind.extension), kind) {
          @Override
          public OutputStream openOutputStream() {
            return new ByteArrayOutputStream() {
              @Override
              public void close() {
                classes.put(name, toByteArray());
              }
            };
          }
        };
      }
    };
    final List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, source) -> units.add(new SimpleJavaFileObject(
        URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(final boolean ignoreEncodingErrors) {
        return source;
      }
    }));
    final List<String> options = List.of("--release", "17", "-proc:none", "-classpath",
        System.getProperty("java.class.path"));
    final boolean ok = javac.getTask(null, inMemory, diagnostics, options, null, units)
        .call();
    final List<String> errors = new ArrayList<>();
    for (final Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(String.valueOf(d.getSource() == null ? className : d.getSource().getName())
            + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
      }
    }
    assertWithMessage("compiling %s with %s (%s)", className, sources.keySet(), form)
        .that(errors).isEmpty();
    assertWithMessage("javac succeeded on %s", className).that(ok).isTrue();
    return classes;
  }

  // ---- reporting ----------------------------------------------------------------------------

  /**
   * A unified-style diff of the first difference: three lines of context, then up to ten lines of
   * each side from the first differing line ("-" RocksJava, "+" PureRocks).
   */
  static String diff(final List<String> theirs, final List<String> ours) {
    int first = 0;
    while (first < theirs.size() && first < ours.size()
        && theirs.get(first).equals(ours.get(first))) {
      first++;
    }
    if (first == theirs.size() && first == ours.size()) {
      return "(no difference)";
    }
    final StringBuilder sb = new StringBuilder();
    sb.append("--- RocksJava\n+++ PureRocks\n");
    sb.append("@@ first difference at line ").append(first + 1).append(" @@\n");
    for (int i = Math.max(0, first - 3); i < first; i++) {
      sb.append(' ').append(theirs.get(i)).append('\n');
    }
    for (int i = first; i < Math.min(theirs.size(), first + 10); i++) {
      sb.append('-').append(theirs.get(i)).append('\n');
    }
    for (int i = first; i < Math.min(ours.size(), first + 10); i++) {
      sb.append('+').append(ours.get(i)).append('\n');
    }
    return sb.toString();
  }
}
