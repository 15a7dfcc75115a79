package dev.purerocks.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Ties {@code spec/} to the tests: every clause is checked by at least one test, and every
 * {@link Spec} annotation names a clause that exists.
 *
 * <p>A clause is a paragraph opening with its bold ID and a period ({@code **IK-ORDER-1.**}), as
 * {@code spec/README.md} describes. Tests are found by scanning every compiled test class of this
 * project (all three test roots compile into one directory) for {@link Spec} on classes and
 * methods; an annotation on an abstract contract suite counts once for the suite.
 */
@Spec("SPEC-TRACE-1")
class SpecTraceabilityTest {
  private static final Pattern CLAUSE =
      Pattern.compile("^\\*\\*([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\\.\\*\\*", Pattern.MULTILINE);

  @Test
  void everyClauseHasATest_andEveryAnnotationNamesAClause() throws Exception {
    Map<String, String> clauses = readClauses();
    Map<String, Set<String>> tracedBy = readAnnotations();

    List<String> unknown = new ArrayList<>();
    tracedBy.forEach(
        (id, tests) -> {
          if (!clauses.containsKey(id)) {
            unknown.add(id + " (named by " + tests + ")");
          }
        });
    Set<String> untraced = new TreeSet<>(clauses.keySet());
    untraced.removeAll(tracedBy.keySet());

    System.out.printf(
        "spec coverage: %d clauses, %d traced to tests, %d annotations naming no clause%n",
        clauses.size(), clauses.size() - untraced.size(), unknown.size());
    assertWithMessage("@Spec annotations that name no clause in spec/").that(unknown).isEmpty();
    assertWithMessage("spec clauses that no test names with @Spec").that(untraced).isEmpty();
  }

  /**
   * Every test that {@code spec/differences-from-rocksdb.md} names as pinning a difference, written
   * {@code `SimpleClassName#method`}, exists among the compiled tests.
   */
  @Test
  void everyTestNamedByTheDifferencesExists() throws Exception {
    String text = Files.readString(projectRoot().resolve("spec/differences-from-rocksdb.md"));
    Matcher m = TEST_REFERENCE.matcher(text);
    Map<String, Set<String>> methodsByClass = testMethodsBySimpleName();
    List<String> missing = new ArrayList<>();
    int references = 0;
    while (m.find()) {
      references++;
      Set<String> methods = methodsByClass.get(m.group(1));
      if (methods == null || !methods.contains(m.group(2))) {
        missing.add(m.group(1) + "#" + m.group(2));
      }
    }
    assertWithMessage("pinning tests referenced").that(references).isGreaterThan(0);
    assertWithMessage("tests named in differences-from-rocksdb.md that do not exist")
        .that(missing)
        .isEmpty();
  }

  private static final Pattern TEST_REFERENCE =
      Pattern.compile("`([A-Z][A-Za-z0-9_]*)#([a-z][A-Za-z0-9_]*)`");

  /** Simple class name to the names of the methods it declares or inherits from test classes. */
  private static Map<String, Set<String>> testMethodsBySimpleName() throws Exception {
    Map<String, Set<String>> result = new TreeMap<>();
    for (Class<?> c : testClasses()) {
      Set<String> methods = result.computeIfAbsent(c.getSimpleName(), k -> new TreeSet<>());
      for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
        for (Method method : k.getDeclaredMethods()) {
          methods.add(method.getName());
        }
      }
    }
    return result;
  }

  /** Clause ID to the file that defines it; a duplicated ID fails. */
  static Map<String, String> readClauses() throws IOException {
    Path spec = projectRoot().resolve("spec");
    Map<String, String> clauses = new TreeMap<>();
    List<String> duplicates = new ArrayList<>();
    try (Stream<Path> files = Files.list(spec)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".md"))::iterator) {
        Matcher m = CLAUSE.matcher(Files.readString(f));
        while (m.find()) {
          String previous = clauses.put(m.group(1), f.getFileName().toString());
          if (previous != null) {
            duplicates.add(m.group(1) + " in " + previous + " and " + f.getFileName());
          }
        }
      }
    }
    assertWithMessage("clause IDs defined twice").that(duplicates).isEmpty();
    assertWithMessage("clauses found in " + spec).that(clauses).isNotEmpty();
    return clauses;
  }

  /** Clause ID to the tests that name it. */
  static Map<String, Set<String>> readAnnotations() throws IOException, URISyntaxException {
    Map<String, Set<String>> tracedBy = new TreeMap<>();
    for (Class<?> c : testClasses()) {
      record(tracedBy, c.getAnnotation(Spec.class), c.getName());
      for (Method m : c.getDeclaredMethods()) {
        record(tracedBy, m.getAnnotation(Spec.class), c.getName() + "#" + m.getName());
      }
    }
    return tracedBy;
  }

  /** Every class compiled from the three test roots (they share one output directory). */
  private static List<Class<?>> testClasses() throws IOException, URISyntaxException {
    Path classes =
        Path.of(Spec.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> result = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
        String name = classes.relativize(f).toString().replace('/', '.').replace('\\', '.');
        name = name.substring(0, name.length() - ".class".length());
        try {
          result.add(Class.forName(name, false, SpecTraceabilityTest.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
          // a class whose optional dependency is missing: not a test
        }
      }
    }
    return result;
  }

  private static void record(Map<String, Set<String>> tracedBy, Spec spec, String where) {
    if (spec == null) {
      return;
    }
    for (String id : spec.value()) {
      tracedBy.computeIfAbsent(id, k -> new TreeSet<>()).add(where);
    }
  }

  private static Path projectRoot() {
    String basedir = System.getProperty("basedir");
    return Path.of(basedir != null ? basedir : System.getProperty("user.dir"));
  }
}
