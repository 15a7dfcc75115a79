package dev.purerocks.compat;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.testing.RocksJavaOracle;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evidence that PureRocks's value and plumbing classes answer like RocksJava's: every enum of the
 * surface (constants, their getters, the static lookups for every byte), slices, the Java
 * comparators (order, separators, successors, names), memtable and table factory names, the copy
 * constructors' handling of Java-side objects, and the validation of object-valued setters.
 */
class ValueClassesCompatTest {

  @BeforeAll
  static void loadOracle() {
    RocksJavaOracle.load();
  }

  @Spec("API-ENUM-1")
  @Test
  void everyEnum_hasRocksJavasConstantsValuesAndLookups() throws Exception {
    int enums = 0;
    for (final Class<?> theirs : enumClasses()) {
      final Class<?> ours = ApiMirror.oursFor(theirs);
      final Object[] theirConstants = theirs.getEnumConstants();
      final Object[] ourConstants = ours.getEnumConstants();
      assertWithMessage("%s constants", theirs).that(names(ourConstants)).isEqualTo(names(theirConstants));
      for (final Method g : theirs.getDeclaredMethods()) {
        if (Modifier.isStatic(g.getModifiers()) || g.getParameterCount() != 0 || !Modifier.isPublic(g.getModifiers())) {
          continue;
        }
        final Method og = ours.getMethod(g.getName());
        for (int i = 0; i < theirConstants.length; i++) {
          assertWithMessage("%s.%s.%s()", theirs.getSimpleName(), theirConstants[i], g.getName())
              .that(String.valueOf(og.invoke(ourConstants[i])))
              .isEqualTo(String.valueOf(g.invoke(theirConstants[i])));
        }
      }
      for (final Method lookup : theirs.getDeclaredMethods()) {
        if (!Modifier.isStatic(lookup.getModifiers()) || lookup.getParameterCount() != 1
            || lookup.getParameterTypes()[0] != byte.class || !Modifier.isPublic(lookup.getModifiers())) {
          continue;
        }
        final Method ol = ours.getMethod(lookup.getName(), byte.class);
        for (int b = -128; b < 128; b++) {
          final byte value = (byte) b;
          assertWithMessage("%s.%s(%s)", theirs.getSimpleName(), lookup.getName(), b)
              .that(outcome(() -> ol.invoke(null, value)))
              .isEqualTo(outcome(() -> lookup.invoke(null, value)));
        }
      }
      enums++;
    }
    System.out.println("enums compared: " + enums);
    assertThat(enums).isAtLeast(37); // the closure alone has 37
  }

  @Spec("API-SLICE-1")
  @Test
  void slices_answerLikeRocksJavas() throws Exception {
    final SplittableRandom random = TestSeed.random("ValueClassesCompatTest.slices");
    final List<byte[]> samples = new ArrayList<>(List.of(new byte[0], "a".getBytes(), "abc".getBytes(), new byte[] {(byte) 0xff, 0}));
    for (int i = 0; i < 40; i++) {
      final byte[] b = new byte[random.nextInt(5)];
      for (int j = 0; j < b.length; j++) {
        b[j] = (byte) (random.nextBoolean() ? 'a' + random.nextInt(3) : random.nextInt(256));
      }
      samples.add(b);
    }
    for (final byte[] x : samples) {
      for (final byte[] y : samples) {
        try (org.rocksdb.Slice tx = new org.rocksdb.Slice(x);
            org.rocksdb.Slice ty = new org.rocksdb.Slice(y);
            dev.purerocks.Slice ox = new dev.purerocks.Slice(x);
            dev.purerocks.Slice oy = new dev.purerocks.Slice(y)) {
          final String what = Arrays.toString(x) + " vs " + Arrays.toString(y) + " seed " + TestSeed.master();
          assertWithMessage("compare sign %s", what).that(Integer.signum(ox.compare(oy))).isEqualTo(Integer.signum(tx.compare(ty)));
          assertWithMessage("equals %s", what).that(ox.equals(oy)).isEqualTo(tx.equals(ty));
          assertWithMessage("startsWith %s", what).that(ox.startsWith(oy)).isEqualTo(tx.startsWith(ty));
        }
      }
      try (org.rocksdb.Slice t = new org.rocksdb.Slice(x); dev.purerocks.Slice o = new dev.purerocks.Slice(x)) {
        assertThat(o.size()).isEqualTo(t.size());
        assertThat(o.empty()).isEqualTo(t.empty());
        assertThat(o.data()).isEqualTo(t.data());
        assertThat(o.toString(true)).isEqualTo(t.toString(true));
        if (isAscii(x)) {
          assertThat(o.toString()).isEqualTo(t.toString());
          assertThat(o.hashCode()).isEqualTo(t.hashCode());
        }
        if (x.length > 0) {
          t.removePrefix(1);
          o.removePrefix(1);
          assertThat(o.data()).isEqualTo(t.data());
        }
        t.clear();
        o.clear();
        assertThat(o.size()).isEqualTo(t.size());
      }
    }
    try (org.rocksdb.Slice t = new org.rocksdb.Slice("hello"); dev.purerocks.Slice o = new dev.purerocks.Slice("hello")) {
      assertThat(o.toString()).isEqualTo(t.toString());
    }
    try (org.rocksdb.Slice t = new org.rocksdb.Slice("hello".getBytes(), 2); dev.purerocks.Slice o = new dev.purerocks.Slice("hello".getBytes(), 2)) {
      assertThat(o.data()).isEqualTo(t.data());
    }
  }

  @Spec("API-SLICE-1")
  @Test
  void directSlices_answerLikeRocksJavas() throws Exception {
    final ByteBuffer theirBuf = ByteBuffer.allocateDirect(5).put("hello".getBytes()).flip();
    final ByteBuffer ourBuf = ByteBuffer.allocateDirect(5).put("hello".getBytes()).flip();
    try (org.rocksdb.DirectSlice t = new org.rocksdb.DirectSlice(theirBuf, 4);
        dev.purerocks.DirectSlice o = new dev.purerocks.DirectSlice(ourBuf, 4)) {
      assertThat(o.size()).isEqualTo(t.size());
      assertThat(o.toString()).isEqualTo(t.toString());
      assertThat(o.get(1)).isEqualTo(t.get(1));
      t.removePrefix(1);
      o.removePrefix(1);
      assertThat(o.toString()).isEqualTo(t.toString());
      assertThat(o.data().remaining()).isEqualTo(t.data().remaining());
      t.setLength(2);
      o.setLength(2);
      assertThat(o.toString()).isEqualTo(t.toString());
    }
    try (org.rocksdb.DirectSlice t = new org.rocksdb.DirectSlice("abc"); dev.purerocks.DirectSlice o = new dev.purerocks.DirectSlice("abc")) {
      assertThat(o.toString(true)).isEqualTo(t.toString(true));
      assertThat(o.size()).isEqualTo(t.size());
    }
    assertThat(outcome(() -> new dev.purerocks.DirectSlice(ByteBuffer.allocate(3))))
        .isEqualTo(outcome(() -> new org.rocksdb.DirectSlice(ByteBuffer.allocate(3))));
  }

  @Spec("API-UTILCMP-1")
  @Test
  void javaComparators_orderAndShortenLikeRocksJavas() throws Exception {
    final SplittableRandom random = TestSeed.random("ValueClassesCompatTest.comparators");
    try (org.rocksdb.ComparatorOptions tco = new org.rocksdb.ComparatorOptions();
        dev.purerocks.ComparatorOptions oco = new dev.purerocks.ComparatorOptions();
        org.rocksdb.util.BytewiseComparator tb = new org.rocksdb.util.BytewiseComparator(tco);
        org.rocksdb.util.ReverseBytewiseComparator tr = new org.rocksdb.util.ReverseBytewiseComparator(tco);
        dev.purerocks.util.BytewiseComparator ob = new dev.purerocks.util.BytewiseComparator(oco);
        dev.purerocks.util.ReverseBytewiseComparator or = new dev.purerocks.util.ReverseBytewiseComparator(oco)) {
      assertThat(ob.name()).isEqualTo(tb.name());
      assertThat(or.name()).isEqualTo(tr.name());
      assertThat(ob.usingDirectBuffers()).isEqualTo(tb.usingDirectBuffers());
      for (int i = 0; i < 2000; i++) {
        final byte[] a = randomKey(random);
        final byte[] b = randomKey(random);
        final String what = Arrays.toString(a) + " " + Arrays.toString(b) + " seed " + TestSeed.master();
        assertWithMessage("bytewise %s", what).that(ob.compare(ByteBuffer.wrap(a), ByteBuffer.wrap(b))).isEqualTo(tb.compare(ByteBuffer.wrap(a), ByteBuffer.wrap(b)));
        assertWithMessage("reverse %s", what).that(or.compare(ByteBuffer.wrap(a), ByteBuffer.wrap(b))).isEqualTo(tr.compare(ByteBuffer.wrap(a), ByteBuffer.wrap(b)));
        assertWithMessage("separator %s", what).that(separator(ob, a, b)).isEqualTo(separator(tb, a, b));
        assertWithMessage("reverse separator %s", what).that(separator(or, a, b)).isEqualTo(separator(tr, a, b));
        final ByteBuffer ts = ByteBuffer.wrap(a.clone());
        final ByteBuffer os = ByteBuffer.wrap(a.clone());
        tb.findShortSuccessor(ts);
        ob.findShortSuccessor(os);
        assertWithMessage("successor %s", what).that(bytes(os)).isEqualTo(bytes(ts));
      }
    }
  }

  @Spec({"API-OPT-3", "API-OPT-4"})
  @Test
  void factoryNames_andCopyConstructors_matchRocksJava() throws Exception {
    final org.rocksdb.MemTableConfig[] theirConfigs = {
      new org.rocksdb.SkipListMemTableConfig(), new org.rocksdb.HashSkipListMemTableConfig(),
      new org.rocksdb.HashLinkedListMemTableConfig(), new org.rocksdb.VectorMemTableConfig()};
    final dev.purerocks.MemTableConfig[] ourConfigs = {
      new dev.purerocks.SkipListMemTableConfig(), new dev.purerocks.HashSkipListMemTableConfig(),
      new dev.purerocks.HashLinkedListMemTableConfig(), new dev.purerocks.VectorMemTableConfig()};
    for (int i = 0; i < theirConfigs.length; i++) {
      try (org.rocksdb.Options t = new org.rocksdb.Options().setMemTableConfig(theirConfigs[i]);
          dev.purerocks.Options o = new dev.purerocks.Options().setMemTableConfig(ourConfigs[i]);
          org.rocksdb.ColumnFamilyOptions tc = new org.rocksdb.ColumnFamilyOptions(t);
          dev.purerocks.ColumnFamilyOptions oc = new dev.purerocks.ColumnFamilyOptions(o);
          org.rocksdb.DBOptions td = new org.rocksdb.DBOptions();
          dev.purerocks.DBOptions od = new dev.purerocks.DBOptions();
          org.rocksdb.Options t2 = new org.rocksdb.Options(td, tc);
          dev.purerocks.Options o2 = new dev.purerocks.Options(od, oc);
          org.rocksdb.ColumnFamilyOptions tc2 = new org.rocksdb.ColumnFamilyOptions(tc);
          dev.purerocks.ColumnFamilyOptions oc2 = new dev.purerocks.ColumnFamilyOptions(oc)) {
        assertThat(o.memTableFactoryName()).isEqualTo(t.memTableFactoryName());
        assertThat(o.memTableConfig() == ourConfigs[i]).isEqualTo(t.memTableConfig() == theirConfigs[i]);
        assertThat(oc.memTableFactoryName()).isEqualTo(tc.memTableFactoryName());
        assertThat(oc.memTableConfig() == null).isEqualTo(tc.memTableConfig() == null);
        assertThat(o2.memTableFactoryName()).isEqualTo(t2.memTableFactoryName());
        assertThat(o2.memTableConfig() == null).isEqualTo(t2.memTableConfig() == null);
        assertThat(oc2.memTableFactoryName()).isEqualTo(tc2.memTableFactoryName());
        assertThat(o2.getEnv().getClass().getSimpleName()).isEqualTo(t2.getEnv().getClass().getSimpleName());
      }
    }
    try (org.rocksdb.Options t = new org.rocksdb.Options(); dev.purerocks.Options o = new dev.purerocks.Options()) {
      assertThat(o.tableFactoryName()).isEqualTo(t.tableFactoryName());
      t.setTableFormatConfig(new org.rocksdb.PlainTableConfig());
      o.setTableFormatConfig(new dev.purerocks.PlainTableConfig());
      assertThat(o.tableFactoryName()).isEqualTo(t.tableFactoryName());
      t.setTableFormatConfig(new org.rocksdb.BlockBasedTableConfig());
      o.setTableFormatConfig(new dev.purerocks.BlockBasedTableConfig());
      assertThat(o.tableFactoryName()).isEqualTo(t.tableFactoryName());
      assertThat(o.getEnv() == dev.purerocks.Env.getDefault()).isEqualTo(t.getEnv() == org.rocksdb.Env.getDefault());
    }
    assertThat(dev.purerocks.RocksDB.rocksdbVersion().toString()).isEqualTo(org.rocksdb.RocksDB.rocksdbVersion().toString());
  }

  @Spec("API-OPT-2")
  @Test
  void objectSetters_validateLikeRocksJava() throws Exception {
    try (org.rocksdb.Options t = new org.rocksdb.Options(); dev.purerocks.Options o = new dev.purerocks.Options()) {
      assertThat(outcome(() -> o.setMergeOperatorName(null))).isEqualTo(outcome(() -> t.setMergeOperatorName(null)));
      assertThat(outcome(() -> o.setMemTableConfig(null))).isEqualTo(outcome(() -> t.setMemTableConfig(null)));
      assertThat(outcome(() -> o.setComparator((dev.purerocks.BuiltinComparator) null)))
          .isEqualTo(outcome(() -> t.setComparator((org.rocksdb.BuiltinComparator) null)));
      assertThat(outcome(() -> o.setComparator((dev.purerocks.AbstractComparator) null)))
          .isEqualTo(outcome(() -> t.setComparator((org.rocksdb.AbstractComparator) null)));
      assertThat(outcome(() -> o.setMergeOperator(null))).isEqualTo(outcome(() -> t.setMergeOperator(null)));
      assertThat(outcome(() -> o.setTableFormatConfig(null))).isEqualTo(outcome(() -> t.setTableFormatConfig(null)));
      assertThat(outcome(() -> o.setWriteBufferManager(null))).isEqualTo(outcome(() -> t.setWriteBufferManager(null)));
      assertThat(outcome(() -> o.setCompressionType(null))).isEqualTo(outcome(() -> t.setCompressionType(null)));
      assertThat(outcome(() -> o.setMergeOperatorName("uint64add").memTableFactoryName()))
          .isEqualTo(outcome(() -> t.setMergeOperatorName("uint64add").memTableFactoryName()));
    }
    assertThat(outcome(() -> new dev.purerocks.WriteBufferManager(1, null)))
        .isEqualTo(outcome(() -> new org.rocksdb.WriteBufferManager(1, null)));
    try (org.rocksdb.LRUCache tc = new org.rocksdb.LRUCache(1 << 20);
        dev.purerocks.LRUCache oc = new dev.purerocks.LRUCache(1 << 20);
        org.rocksdb.WriteBufferManager tw = new org.rocksdb.WriteBufferManager(1 << 20, tc, true);
        dev.purerocks.WriteBufferManager ow = new dev.purerocks.WriteBufferManager(1 << 20, oc, true)) {
      assertThat(ow.allowStall()).isEqualTo(tw.allowStall());
      assertThat(oc.getUsage()).isEqualTo(tc.getUsage());
      assertThat(oc.getPinnedUsage()).isEqualTo(tc.getPinnedUsage());
    }
  }

  @Spec("API-OPT-2")
  @Test
  void rateLimiterAndSstFileManager_reportTheirSettingsLikeRocksJava() throws Exception {
    for (final long rate : new long[] {1, 1000, 10L << 20}) {
      try (org.rocksdb.RateLimiter t = new org.rocksdb.RateLimiter(rate, 50_000);
          dev.purerocks.RateLimiter o = new dev.purerocks.RateLimiter(rate, 50_000)) {
        assertThat(o.getBytesPerSecond()).isEqualTo(t.getBytesPerSecond());
        assertThat(o.getSingleBurstBytes()).isEqualTo(t.getSingleBurstBytes());
        assertThat(o.getTotalBytesThrough()).isEqualTo(t.getTotalBytesThrough());
        assertThat(o.getTotalRequests()).isEqualTo(t.getTotalRequests());
        t.setBytesPerSecond(rate * 3);
        o.setBytesPerSecond(rate * 3);
        assertThat(o.getSingleBurstBytes()).isEqualTo(t.getSingleBurstBytes());
      }
    }
    try (org.rocksdb.SstFileManager t = new org.rocksdb.SstFileManager(org.rocksdb.Env.getDefault(), null, 7, 0.5);
        dev.purerocks.SstFileManager o = new dev.purerocks.SstFileManager(dev.purerocks.Env.getDefault(), null, 7, 0.5)) {
      assertThat(o.getDeleteRateBytesPerSecond()).isEqualTo(t.getDeleteRateBytesPerSecond());
      assertThat(o.getMaxTrashDBRatio()).isEqualTo(t.getMaxTrashDBRatio());
      assertThat(o.getTotalSize()).isEqualTo(t.getTotalSize());
      assertThat(o.getTrackedFiles()).isEqualTo(t.getTrackedFiles());
      assertThat(o.isMaxAllowedSpaceReached()).isEqualTo(t.isMaxAllowedSpaceReached());
    }
  }

  @Spec("API-OPT-6")
  @Test
  void mutableOptionsBuilders_renderAndValidateLikeRocksJava() throws Exception {
    final Object[][] pairs = {
      {org.rocksdb.MutableColumnFamilyOptions.builder(), dev.purerocks.MutableColumnFamilyOptions.builder()},
      {org.rocksdb.MutableDBOptions.builder(), dev.purerocks.MutableDBOptions.builder()}
    };
    int compared = 0;
    for (final Object[] pair : pairs) {
      final Class<?> theirs = pair[0].getClass();
      final Class<?> ours = pair[1].getClass();
      final Object theirAll = freshBuilder(theirs);
      final Object ourAll = freshBuilder(ours);
      for (final Method setter : theirs.getDeclaredMethods()) {
        if (!setter.getName().startsWith("set") || setter.getParameterCount() != 1 || setter.isBridge()
            || !Modifier.isPublic(setter.getModifiers())) {
          continue;
        }
        final Class<?> p = setter.getParameterTypes()[0];
        final Object value = p == boolean.class ? (Object) true : p == int.class ? (Object) 13
            : p == long.class ? (Object) 13L : p == double.class ? (Object) 0.375
            : p == int[].class ? (Object) new int[] {1, 2} : p.isEnum() ? p.getEnumConstants()[1] : null;
        if (value == null) {
          continue;
        }
        final Object ourValue = value instanceof Enum<?> ? ApiMirror.oursFor(p).getField(((Enum<?>) value).name()).get(null) : value;
        final Method ourSetter = ours.getMethod(setter.getName(), p.isEnum() ? ApiMirror.oursFor(p) : p);
        final String getter = Character.toLowerCase(setter.getName().charAt(3)) + setter.getName().substring(4);
        final Object t = freshBuilder(theirs);
        final Object o = freshBuilder(ours);
        assertWithMessage("%s unset", getter)
            .that(outcome(() -> ours.getMethod(getter).invoke(o)))
            .isEqualTo(outcome(() -> theirs.getMethod(getter).invoke(t)));
        assertWithMessage("%s(%s)", setter.getName(), value)
            .that(outcome(() -> ourSetter.invoke(o, ourValue) == o))
            .isEqualTo(outcome(() -> setter.invoke(t, value) == t));
        assertWithMessage("%s(%s) built", setter.getName(), value)
            .that(ours.getMethod("build").invoke(o).toString())
            .isEqualTo(theirs.getMethod("build").invoke(t).toString());
        assertWithMessage("%s after set", getter)
            .that(outcome(() -> render(ours.getMethod(getter).invoke(o))))
            .isEqualTo(outcome(() -> render(theirs.getMethod(getter).invoke(t))));
        outcome(() -> setter.invoke(theirAll, value));
        outcome(() -> ourSetter.invoke(ourAll, ourValue));
        compared++;
      }
      assertWithMessage("all set on one builder")
          .that(ours.getMethod("build").invoke(ourAll).toString())
          .isEqualTo(theirs.getMethod("build").invoke(theirAll).toString());
    }
    assertThat(compared).isAtLeast(40);
    assertThat(dev.purerocks.MutableColumnFamilyOptions.parse("write_buffer_size=5;max_write_buffer_number=3").build().toString())
        .isEqualTo(org.rocksdb.MutableColumnFamilyOptions.parse("write_buffer_size=5;max_write_buffer_number=3").build().toString());
  }

  private static Object freshBuilder(final Class<?> builderClass) throws Exception {
    final Class<?> outer = builderClass.getDeclaringClass();
    return outer.getMethod("builder").invoke(null);
  }

  private static String render(final Object v) {
    if (v instanceof int[]) {
      return Arrays.toString((int[]) v);
    }
    return v instanceof Enum<?> ? ((Enum<?>) v).name() : String.valueOf(v);
  }

  /** Every public enum of RocksJava's jar. */
  private static List<Class<?>> enumClasses() throws Exception {
    final List<Class<?>> out = new ArrayList<>();
    for (final String name : ApiSurfaceCompatTest.accessibleRocksJavaClasses()) {
      final Class<?> c = Class.forName("org.rocksdb." + (name.startsWith("util.") ? name : name.replace('.', '$')));
      if (c.isEnum()) {
        out.add(c);
      }
    }
    return out;
  }

  private static List<String> names(final Object[] constants) {
    final List<String> out = new ArrayList<>();
    for (final Object c : constants) {
      out.add(((Enum<?>) c).name());
    }
    return out;
  }

  /** "returns X" or "throws Class: message", comparable across the two implementations. */
  private static String outcome(final Callable<?> call) {
    try {
      final Object r = call.call();
      return "returns " + (r instanceof Enum<?> ? ((Enum<?>) r).name() : r == null ? "null" : r.getClass().getName().startsWith("org.rocksdb") || r.getClass().getName().startsWith("dev.purerocks") ? "object" : String.valueOf(r));
    } catch (final Exception e) {
      final Throwable t = e instanceof InvocationTargetException ? e.getCause() : e;
      // JDK helpful NPE messages name the variable dereferenced, which differs between the two.
      return "throws " + t.getClass().getName() + (t instanceof NullPointerException ? "" : ": " + t.getMessage());
    }
  }

  private static boolean isAscii(final byte[] b) {
    for (final byte x : b) {
      if (x < 0x20) {
        return false;
      }
    }
    return true;
  }

  private static byte[] randomKey(final SplittableRandom r) {
    final byte[] b = new byte[r.nextInt(6)];
    for (int i = 0; i < b.length; i++) {
      final int k = r.nextInt(4);
      b[i] = (byte) (k == 0 ? 0xff : k == 1 ? 0 : 'a' + r.nextInt(3));
    }
    return b;
  }

  private static byte[] separator(final Object comparator, final byte[] a, final byte[] b) throws Exception {
    final ByteBuffer start = ByteBuffer.wrap(a.clone());
    final ByteBuffer limit = ByteBuffer.wrap(b.clone());
    comparator.getClass().getMethod("findShortestSeparator", ByteBuffer.class, ByteBuffer.class).invoke(comparator, start, limit);
    return bytes(start);
  }

  private static byte[] bytes(final ByteBuffer b) {
    final byte[] out = new byte[b.remaining()];
    b.duplicate().get(out);
    return out;
  }

  @SuppressWarnings("unused")
  private static String utf8(final byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
