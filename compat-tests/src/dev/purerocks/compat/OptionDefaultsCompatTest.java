package dev.purerocks.compat;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.testing.RocksJavaOracle;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Evidence that PureRocks's configuration objects start and behave like RocksJava's: for each
 * options/config class, every public zero-argument getter of a fresh object returns the same value
 * as RocksJava's (defaults.tsv's 335 values among them), and every setter whose getter reads the
 * same option round-trips a non-default value exactly as RocksJava's does, including how other
 * getters react (aliases such as {@code setLevelZeroFileNumCompactionTrigger}) and which setters
 * throw. Values are compared by rendering: enums by name, RocksJava/PureRocks objects by class
 * name, lists and arrays element by element.
 */
class OptionDefaultsCompatTest {
  /** Members that are not option getters, or that RocksJava cannot run (no JNI symbol). */
  private static final Set<String> NOT_GETTERS =
      Set.of(
          "hashCode", "toString", "getClass", "getNativeHandle", "isOwningHandle",
          "failIfOptionsFileError", "setFailIfOptionsFileError", "prepareForBulkLoad",
          "optimizeForSmallDb", "optimizeLevelStyleCompaction", "optimizeUniversalStyleCompaction",
          "newMemTableFactoryHandle", "newTableFactoryHandle", "data", "close");

  @BeforeAll
  static void loadOracle() {
    RocksJavaOracle.load();
  }

  // @Spec({"API-OPT-1", "API-OPT-2"})
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Options", "DBOptions", "ColumnFamilyOptions", "ReadOptions", "WriteOptions",
        "FlushOptions", "ComparatorOptions", "SkipListMemTableConfig", "HashSkipListMemTableConfig",
        "HashLinkedListMemTableConfig", "VectorMemTableConfig", "BlockBasedTableConfig",
        "PlainTableConfig", "CompressionOptions", "CompactionOptionsUniversal",
        "CompactionOptionsFIFO", "CompactRangeOptions", "CompactionOptions", "EnvOptions",
        "IngestExternalFileOptions", "ImportColumnFamilyOptions",
        "TransactionDBOptions", "TransactionOptions", "OptimisticTransactionOptions", "Statistics", "TraceOptions"
      })
  void freshGetters_andSetterRoundTrips_matchRocksJava(final String name) throws Exception {
    final Class<?> theirs = Class.forName("org.rocksdb." + name);
    final Class<?> ours = ApiMirror.oursFor(theirs);
    final Object theirFresh = theirs.getConstructor().newInstance();
    final Object ourFresh = ours.getConstructor().newInstance();
    try {
      final Map<String, String> expected = snapshot(theirFresh);
      assertWithMessage("%s has getters", name).that(expected).isNotEmpty();
      assertWithMessage("getters of a fresh %s", name).that(snapshot(ourFresh)).isEqualTo(expected);

      int roundTrips = 0;
      for (final Method theirSetter : theirs.getMethods()) {
        if (!isOptionSetter(theirSetter)) {
          continue;
        }
        final Object theirObject = theirs.getConstructor().newInstance();
        final Object ourObject = ours.getConstructor().newInstance();
        try {
          final Object value = nonDefault(theirSetter.getParameterTypes()[0], theirObject, theirSetter);
          if (value == null) {
            continue;
          }
          final Method ourSetter =
              ours.getMethod(theirSetter.getName(), ourType(theirSetter.getParameterTypes()[0]));
          final String theirOutcome = apply(theirSetter, theirObject, value);
          final String ourOutcome = apply(ourSetter, ourObject, ourValue(value));
          assertWithMessage("%s.%s(%s) outcome", name, theirSetter.getName(), value)
              .that(ourOutcome)
              .isEqualTo(theirOutcome);
          assertWithMessage("getters of %s after %s(%s)", name, theirSetter.getName(), value)
              .that(snapshot(ourObject))
              .isEqualTo(snapshot(theirObject));
          roundTrips++;
        } finally {
          closeIfPossible(theirObject);
          closeIfPossible(ourObject);
        }
      }
      System.out.printf("%s: %d getters equal on a fresh object, %d setters round-trip%n", name, expected.size(), roundTrips);
    } finally {
      closeIfPossible(theirFresh);
      closeIfPossible(ourFresh);
    }
  }

  private static boolean isOptionSetter(final Method m) {
    return m.getName().startsWith("set")
        && m.getParameterCount() == 1
        && !m.isBridge()
        && !Modifier.isStatic(m.getModifiers())
        && !NOT_GETTERS.contains(m.getName());
  }

  /**
   * A value different from the current one for a setter's parameter type (values RocksJava
   * accepts without crashing: 13, 0.375, the negation, the last enum constant), or null to skip.
   */
  private static Object nonDefault(final Class<?> type, final Object target, final Method setter)
      throws Exception {
    if (type == boolean.class) {
      final String getter = Character.toLowerCase(setter.getName().charAt(3)) + setter.getName().substring(4);
      try {
        return !(Boolean) target.getClass().getMethod(getter).invoke(target);
      } catch (final NoSuchMethodException e) {
        return true;
      }
    }
    if (type == int.class) {
      return 13;
    }
    if (type == long.class) {
      return 13L;
    }
    if (type == double.class) {
      return 0.375;
    }
    if (type.isEnum()) {
      final Object[] constants = type.getEnumConstants();
      return constants[constants.length - 1];
    }
    if (type == String.class) {
      return "purerocks-compat";
    }
    return null;
  }

  private static Class<?> ourType(final Class<?> theirs) throws ClassNotFoundException {
    return theirs.getName().startsWith("org.rocksdb.") ? ApiMirror.oursFor(theirs) : theirs;
  }

  /** Maps a RocksJava enum constant to ours; other values are shared. */
  private static Object ourValue(final Object value) throws Exception {
    if (value instanceof Enum<?>) {
      final Enum<?> e = (Enum<?>) value;
      final Class<?> ours = ApiMirror.oursFor(e.getDeclaringClass());
      return ours.getField(e.name()).get(null);
    }
    return value;
  }

  private static String apply(final Method setter, final Object target, final Object value) {
    try {
      final Object result = setter.invoke(target, value);
      return result == target ? "returns this" : "returns " + render(result);
    } catch (final InvocationTargetException e) {
      return "throws " + e.getCause().getClass().getSimpleName();
    } catch (final IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static Map<String, String> snapshot(final Object target) {
    final Map<String, String> values = new TreeMap<>();
    for (final Method m : target.getClass().getMethods()) {
      if (m.getParameterCount() != 0
          || m.getReturnType() == void.class
          || Modifier.isStatic(m.getModifiers())
          || m.getDeclaringClass() == Object.class
          || m.isBridge()
          || NOT_GETTERS.contains(m.getName())
          || m.getName().startsWith("optimize") && !m.getName().equals("optimizeFiltersForHits")
          || m.getReturnType().getSimpleName().equals(target.getClass().getSimpleName())) {
        continue;
      }
      String rendered;
      try {
        rendered = render(m.invoke(target));
      } catch (final InvocationTargetException e) {
        rendered = "throws " + e.getCause().getClass().getSimpleName();
      } catch (final IllegalAccessException e) {
        throw new AssertionError(e);
      }
      values.put(m.getName(), rendered);
    }
    return values;
  }

  private static String render(final Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Enum<?>) {
      return ((Enum<?>) v).name();
    }
    if (v instanceof int[]) {
      return Arrays.toString((int[]) v);
    }
    if (v instanceof byte[]) {
      return Arrays.toString((byte[]) v);
    }
    if (v instanceof Collection<?>) {
      final List<String> parts = new ArrayList<>();
      for (final Object o : (Collection<?>) v) {
        parts.add(render(o));
      }
      return parts.stream().collect(Collectors.joining(", ", "[", "]"));
    }
    final String cls = v.getClass().getName();
    if (cls.startsWith("org.rocksdb.") || cls.startsWith("dev.purerocks.")) {
      return "instance of " + v.getClass().getSimpleName();
    }
    return String.valueOf(v);
  }

  private static void closeIfPossible(final Object o) throws Exception {
    if (o instanceof AutoCloseable) {
      ((AutoCloseable) o).close();
    }
  }
}
