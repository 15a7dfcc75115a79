package dev.purerocks.compat;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Evidence that PureRocks is source-compatible with RocksJava 11.8.1: by reflection over both, every
 * accessible class of {@code org.rocksdb} in the signature closure (compat-tests/closure-classes.txt)
 * has a {@code dev.purerocks} twin with the same kind, modifiers, type parameters, generic
 * superclass and interfaces, and the same public/protected constructors, methods and fields
 * (generic parameter and return types, type parameters, static-ness, finality, abstractness,
 * checked exceptions, constant values, enum constants). Prints coverage for the in-scope classes,
 * the closure and the jar's whole accessible surface; fails on any difference (in the closure or
 * anywhere else in the jar's 226 accessible classes) that compat-tests/accepted-gaps.txt does not
 * list with a reason.
 */
class ApiSurfaceCompatTest {
  private static final Path CLOSURE = Path.of("compat-tests", "closure-classes.txt");
  private static final Path ACCEPTED = Path.of("compat-tests", "accepted-gaps.txt");

  // @Spec("API-SURFACE-1")
  @Test
  void signatureClosure_matchesRocksJavaExactly() throws Exception {
    final Map<String, String> closure = new LinkedHashMap<>();
    for (final String line : Files.readAllLines(CLOSURE)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        final String[] f = line.split("\t");
        closure.put(f[1].trim(), f[0].trim());
      }
    }
    final Set<String> accepted = acceptedGaps();
    final List<String> all = accessibleRocksJavaClasses();
    assertWithMessage("accessible classes of the jar").that(all).hasSize(226);

    final List<String> failures = new ArrayList<>();
    final int[] inScope = new int[4]; // classes present, classes exact, members matched, members
    final int[] inClosure = new int[4];
    final int[] whole = new int[4];
    // A few closure classes are package-private or private in RocksJava (OptionString and its
    // nested classes, MutableDBOptions.MutableDBOptionKey) yet appear in accessible signatures.
    final Set<String> names = new TreeSet<>(all);
    names.addAll(closure.keySet());
    for (final String name : names) {
      final Class<?> theirs = Class.forName("org.rocksdb." + (name.startsWith("util.") ? name : name.replace('.', '$')));
      final Set<String> expected = shape(theirs);
      Set<String> actual;
      try {
        actual = shape(ApiMirror.oursFor(theirs));
      } catch (final ClassNotFoundException e) {
        actual = null;
      }
      final Set<String> missing = new TreeSet<>(expected);
      final Set<String> extra = new TreeSet<>();
      if (actual != null) {
        missing.removeAll(actual);
        extra.addAll(actual);
        extra.removeAll(expected);
      }
      final String tier = closure.get(name);
      final List<int[]> counters = new ArrayList<>();
      if (all.contains(name)) {
        counters.add(whole);
      }
      if (tier != null) {
        counters.add(inClosure);
      }
      if ("in-scope".equals(tier)) {
        counters.add(inScope);
      }
      for (final int[] c : counters) {
        c[0] += actual != null ? 1 : 0;
        c[1] += actual != null && missing.isEmpty() && extra.isEmpty() ? 1 : 0;
        c[2] += expected.size() - missing.size();
        c[3] += expected.size();
      }
      {
        if (actual == null) {
          if (!accepted.contains(name + "\t<class>")) {
            failures.add(name + ": class missing");
          }
          continue;
        }
        for (final String m : missing) {
          if (!accepted.contains(name + "\t" + m)) {
            failures.add(name + ": missing or different: " + m);
          }
        }
        for (final String m : extra) {
          if (!accepted.contains(name + "\t" + m)) {
            failures.add(name + ": not in RocksJava: " + m);
          }
        }
      }
    }
    System.out.println(report("in-scope classes", inScope, count(closure, "in-scope")));
    System.out.println(report("signature closure", inClosure, closure.size()));
    System.out.println(report("whole accessible surface", whole, all.size()));
    assertWithMessage("API differences from RocksJava not listed in %s", ACCEPTED)
        .that(failures)
        .isEmpty();
  }

  private static long count(final Map<String, String> closure, final String tier) {
    return closure.values().stream().filter(tier::equals).count();
  }

  private static String report(final String what, final int[] c, final long classes) {
    return String.format(
        "API coverage, %s: %d/%d classes present, %d exact; %d/%d members match",
        what, c[0], classes, c[1], c[2], c[3]);
  }

  private static Set<String> acceptedGaps() throws IOException {
    final Set<String> gaps = new TreeSet<>();
    for (final String line : Files.readAllLines(ACCEPTED)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        final String[] f = line.split("\t");
        assertWithMessage("accepted gap without a reason: %s", line).that(f.length).isAtLeast(3);
        gaps.add(f[0] + "\t" + f[1]);
      }
    }
    return gaps;
  }

  /** Package-relative names (Outer.Inner, util.X) of the jar's accessible classes. */
  static List<String> accessibleRocksJavaClasses() throws Exception {
    final Path jar =
        Path.of(org.rocksdb.RocksDB.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    final List<String> names = new ArrayList<>();
    try (JarFile jf = new JarFile(jar.toFile())) {
      final Enumeration<JarEntry> entries = jf.entries();
      while (entries.hasMoreElements()) {
        final String e = entries.nextElement().getName();
        if (!e.startsWith("org/rocksdb/") || !e.endsWith(".class")) {
          continue;
        }
        final String binary = e.substring(0, e.length() - 6).replace('/', '.');
        final Class<?> c = Class.forName(binary, false, ApiSurfaceCompatTest.class.getClassLoader());
        if (accessible(c)) {
          names.add(binary.substring("org.rocksdb.".length()).replace('$', '.'));
        }
      }
    }
    names.sort(null);
    return names;
  }

  private static boolean accessible(final Class<?> c) {
    if (c.isAnonymousClass() || c.isSynthetic() || c.isLocalClass()) {
      return false;
    }
    final int m = c.getModifiers();
    if (c.getDeclaringClass() == null) {
      return Modifier.isPublic(m);
    }
    return (Modifier.isPublic(m) || Modifier.isProtected(m)) && accessible(c.getDeclaringClass());
  }

  /** ApiMirror's erased member lines plus the generic shape of the class and its members. */
  static Set<String> shape(final Class<?> c) {
    final Set<String> lines = new TreeSet<>(ApiMirror.members(c));
    lines.add(
        "kind "
            + (c.isEnum() ? "enum" : c.isInterface() ? "interface" : "class")
            + typeParams(c.getTypeParameters())
            + " extends "
            + (c.getGenericSuperclass() == null ? "-" : name(c.getGenericSuperclass()))
            + " implements "
            + Arrays.stream(c.getGenericInterfaces()).map(ApiSurfaceCompatTest::name).collect(Collectors.joining(",")));
    for (final Constructor<?> k : c.getDeclaredConstructors()) {
      if (accessibleMember(k.getModifiers()) && !k.isSynthetic()) {
        lines.add("generic <init>" + typeParams(k.getTypeParameters()) + params(k.getGenericParameterTypes(), k.isVarArgs())
            + throwsClause(k.getGenericExceptionTypes()));
      }
    }
    for (final Method m : c.getDeclaredMethods()) {
      if (accessibleMember(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        lines.add("generic " + typeParams(m.getTypeParameters()) + " " + name(m.getGenericReturnType()) + " "
            + m.getName() + params(m.getGenericParameterTypes(), m.isVarArgs())
            + throwsClause(m.getGenericExceptionTypes()) + (m.isDefault() ? " default" : ""));
      }
    }
    for (final java.lang.reflect.Field f : c.getDeclaredFields()) {
      if (f.isEnumConstant()) {
        lines.add("enum-constant " + f.getName());
      } else if (accessibleMember(f.getModifiers()) && !f.isSynthetic()) {
        lines.add("generic field " + name(f.getGenericType()) + " " + f.getName());
      }
    }
    return lines;
  }

  private static boolean accessibleMember(final int m) {
    return Modifier.isPublic(m) || Modifier.isProtected(m);
  }

  private static String params(final Type[] types, final boolean varArgs) {
    return "(" + Arrays.stream(types).map(ApiSurfaceCompatTest::name).collect(Collectors.joining(","))
        + (varArgs ? "..." : "") + ")";
  }

  private static String throwsClause(final Type[] types) {
    return types.length == 0 ? "" : " throws " + Arrays.stream(types).map(ApiSurfaceCompatTest::name).sorted().collect(Collectors.joining(","));
  }

  private static String typeParams(final TypeVariable<?>[] vars) {
    if (vars.length == 0) {
      return "";
    }
    return Arrays.stream(vars)
        .map(v -> v.getName() + " extends " + Arrays.stream(v.getBounds()).map(ApiSurfaceCompatTest::name).collect(Collectors.joining("&")))
        .collect(Collectors.joining(",", "<", ">"));
  }

  private static String name(final Type t) {
    return t.getTypeName().replace("org.rocksdb.", "dev.purerocks.");
  }
}
