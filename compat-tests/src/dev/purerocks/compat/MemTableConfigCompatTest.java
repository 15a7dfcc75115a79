package dev.purerocks.compat;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Evidence that the four memtable configs (and their abstract base) behave exactly like
 * RocksJava's, by reflection over both: the same declared members, constants, getter defaults, and
 * setter/getter round trips for ordinary and odd values (0, negatives, extremes). RocksJava's
 * configs are plain Java objects, so this needs no native library.
 */
class MemTableConfigCompatTest {

  @ParameterizedTest
  @ValueSource(
      classes = {
        org.rocksdb.MemTableConfig.class,
        org.rocksdb.SkipListMemTableConfig.class,
        org.rocksdb.HashSkipListMemTableConfig.class,
        org.rocksdb.HashLinkedListMemTableConfig.class,
        org.rocksdb.VectorMemTableConfig.class
      })
  void declaredMembers_matchRocksJava(final Class<?> theirs) throws Exception {
    assertThat(ApiMirror.members(ApiMirror.oursFor(theirs)))
        .containsExactlyElementsIn(ApiMirror.members(theirs));
  }

  @ParameterizedTest
  @MethodSource("configs")
  void publicConstants_equalRocksJava(final Class<?> theirs) throws Exception {
    assertThat(constants(ApiMirror.oursFor(theirs))).isEqualTo(constants(theirs));
    assertThat(constants(theirs)).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("configs")
  void getterDefaults_equalRocksJava(final Class<?> theirs) throws Exception {
    final Object theirConfig = theirs.getConstructor().newInstance();
    final Object ourConfig = ApiMirror.oursFor(theirs).getConstructor().newInstance();
    final List<Method> getters = getters(theirs);
    assertThat(getters).isNotEmpty();
    for (final Method getter : getters) {
      assertWithMessage(getter.getName())
          .that(ourConfig.getClass().getMethod(getter.getName()).invoke(ourConfig))
          .isEqualTo(getter.invoke(theirConfig));
    }
  }

  @ParameterizedTest
  @MethodSource("configs")
  void setterRoundTrips_equalRocksJava(final Class<?> theirs, final SplittableRandom random)
      throws Exception {
    final Class<?> ours = ApiMirror.oursFor(theirs);
    final Object theirConfig = theirs.getConstructor().newInstance();
    final Object ourConfig = ours.getConstructor().newInstance();
    final List<Method> setters = setters(theirs);
    assertThat(setters).isNotEmpty();
    for (final Method theirSetter : setters) {
      final Class<?> type = theirSetter.getParameterTypes()[0];
      final Method ourSetter = ours.getMethod(theirSetter.getName(), type);
      final String getterName =
          Character.toLowerCase(theirSetter.getName().charAt(3))
              + theirSetter.getName().substring(4);
      final Method theirGetter = theirs.getMethod(getterName);
      final Method ourGetter = ours.getMethod(getterName);
      for (final Object value : oddValues(type, random)) {
        assertThat(theirSetter.invoke(theirConfig, value)).isSameInstanceAs(theirConfig);
        assertThat(ourSetter.invoke(ourConfig, value)).isSameInstanceAs(ourConfig);
        assertWithMessage("%s(%s)", theirSetter.getName(), value)
            .that(ourGetter.invoke(ourConfig))
            .isEqualTo(theirGetter.invoke(theirConfig));
      }
      // A setter touches only its own parameter: every getter still agrees.
      for (final Method getter : getters(theirs)) {
        assertWithMessage("%s after %s", getter.getName(), theirSetter.getName())
            .that(ours.getMethod(getter.getName()).invoke(ourConfig))
            .isEqualTo(getter.invoke(theirConfig));
      }
    }
  }

  static List<Class<?>> configs() {
    return List.of(
        org.rocksdb.SkipListMemTableConfig.class,
        org.rocksdb.HashSkipListMemTableConfig.class,
        org.rocksdb.HashLinkedListMemTableConfig.class,
        org.rocksdb.VectorMemTableConfig.class);
  }

  /** Name to type and value of every public static field. */
  private static TreeMap<String, String> constants(final Class<?> c) throws IllegalAccessException {
    final TreeMap<String, String> result = new TreeMap<>();
    for (final Field f : c.getDeclaredFields()) {
      if (Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers())) {
        result.put(f.getName(), f.getType().getName() + " = " + f.get(null));
      }
    }
    return result;
  }

  private static List<Method> getters(final Class<?> c) {
    final List<Method> result = new ArrayList<>();
    for (final Method m : c.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())
          && !Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == 0
          && m.getReturnType() != void.class) {
        result.add(m);
      }
    }
    result.sort((a, b) -> a.getName().compareTo(b.getName()));
    return result;
  }

  private static List<Method> setters(final Class<?> c) {
    final List<Method> result = new ArrayList<>();
    for (final Method m : c.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())
          && m.getName().startsWith("set")
          && m.getParameterCount() == 1) {
        result.add(m);
      }
    }
    result.sort((a, b) -> a.getName().compareTo(b.getName()));
    return result;
  }

  private static List<Object> oddValues(final Class<?> type, final SplittableRandom random) {
    if (type == long.class) {
      return Arrays.asList(
          0L,
          1L,
          -1L,
          Long.MAX_VALUE,
          Long.MIN_VALUE,
          1L << 32,
          (long) Integer.MAX_VALUE + 1,
          random.nextLong(),
          7L);
    }
    if (type == int.class) {
      return Arrays.asList(0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, random.nextInt(), 7);
    }
    if (type == boolean.class) {
      return Arrays.asList(false, true, false);
    }
    throw new AssertionError("no odd values for " + type);
  }
}
