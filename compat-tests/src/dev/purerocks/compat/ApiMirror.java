package dev.purerocks.compat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Describes the accessible (public and protected) declared members of a class as comparable text,
 * with RocksJava's package renamed to ours, so that a compat test can assert that a PureRocks class
 * and its RocksJava original have the same shape: the same constructors, methods, fields, parameter
 * and return types, static-ness, finality, abstractness, checked exceptions and constant values.
 * Private members (RocksJava's natives among them) and synthetic members are ignored.
 */
final class ApiMirror {
  private static final String THEIRS = "org.rocksdb.";
  private static final String OURS = "dev.purerocks.";
  private static final int SHAPE =
      Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT;

  private ApiMirror() {}

  /** Returns the class of ours that mirrors RocksJava's {@code theirs}. */
  static Class<?> oursFor(final Class<?> theirs) throws ClassNotFoundException {
    return Class.forName(OURS + theirs.getName().substring(THEIRS.length()));
  }

  /** Returns one line per accessible declared member of {@code c}, in RocksJava's terms renamed. */
  static Set<String> members(final Class<?> c) {
    final Set<String> lines = new TreeSet<>();
    lines.add(
        "class "
            + modifiers(c.getModifiers() & ~Modifier.STATIC)
            + " extends "
            + typeName(c.getSuperclass())
            + " implements "
            + Arrays.stream(c.getInterfaces())
                .map(ApiMirror::typeName)
                .collect(Collectors.joining(",")));
    for (final Constructor<?> k : c.getDeclaredConstructors()) {
      if (accessible(k.getModifiers()) && !k.isSynthetic()) {
        lines.add("<init>" + signature(k) + " " + modifiers(k.getModifiers()));
      }
    }
    for (final Method m : c.getDeclaredMethods()) {
      if (accessible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        lines.add(
            m.getName()
                + signature(m)
                + " : "
                + typeName(m.getReturnType())
                + " "
                + modifiers(m.getModifiers()));
      }
    }
    for (final Field f : c.getDeclaredFields()) {
      if (accessible(f.getModifiers()) && !f.isSynthetic()) {
        lines.add(
            f.getName()
                + " : "
                + typeName(f.getType())
                + " "
                + modifiers(f.getModifiers())
                + constantValue(f));
      }
    }
    return lines;
  }

  private static boolean accessible(final int modifiers) {
    return (modifiers & (Modifier.PUBLIC | Modifier.PROTECTED)) != 0;
  }

  private static String modifiers(final int modifiers) {
    return Modifier.toString(modifiers & SHAPE);
  }

  private static String signature(final Executable e) {
    final String params =
        Arrays.stream(e.getParameterTypes())
            .map(ApiMirror::typeName)
            .collect(Collectors.joining(","));
    final String throwsClause =
        Arrays.stream(e.getExceptionTypes())
            .map(ApiMirror::typeName)
            .sorted()
            .collect(Collectors.joining(","));
    return "(" + params + ")" + (throwsClause.isEmpty() ? "" : " throws " + throwsClause);
  }

  private static String constantValue(final Field f) {
    final int m = f.getModifiers();
    if (!Modifier.isStatic(m) || !Modifier.isFinal(m) || f.isEnumConstant()) {
      return "";
    }
    try {
      f.setAccessible(true); // protected constants are part of the surface too
      final Object value = f.get(null);
      return f.getType().isPrimitive() || value instanceof String ? " = " + value : "";
    } catch (final IllegalAccessException e) {
      throw new AssertionError("cannot read " + f, e);
    }
  }

  static String typeName(final Class<?> type) {
    return type == null ? "-" : type.getTypeName().replace(THEIRS, OURS);
  }
}
