package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SortedSnapshotTest {
  private final Arena arena = new Arena(8192);
  private final KeyComparator cmp = new KeyComparator(arena, BytewiseComparators.BYTEWISE);

  private long entry(int userKey) {
    byte[] k = {(byte) (userKey >>> 8), (byte) userKey};
    long e = arena.allocate(Entries.encodedLength(2, 0, 0));
    Entries.encode(
        arena, e, k, 0, 2, InternalKeys.packTrailer(1, ValueType.VALUE.code()), new byte[0], 0, 0);
    return e;
  }

  static Stream<UserComparator> comparators() {
    return Stream.of(
        BytewiseComparators.BYTEWISE, BytewiseComparators.REVERSE_BYTEWISE, RepTestSupport.OPAQUE_BYTEWISE);
  }

  @Spec("REP-HASH-TOTAL-1")
  @ParameterizedTest
  @MethodSource("comparators")
  void build_mergesAnyNumberOfSortedRuns_intoOneSortedArray(UserComparator user) {
    SplittableRandom rnd = TestSeed.random("SortedSnapshotTest.merge." + user.name());
    String seed = " [seed " + Long.toHexString(TestSeed.master()) + ", " + user.name() + "]";
    Arena arena = new Arena(8192);
    KeyComparator cmp = new KeyComparator(arena, user);
    for (int trial = 0; trial < 60; trial++) {
      int runs = rnd.nextInt(1, 40);
      TreeMap<byte[], Long> model =
          new TreeMap<>((a, b) -> cmp.compareInternal(a, 0, a.length, b, 0, b.length));
      int n = rnd.nextInt(0, 400);
      for (int i = 0; i < n; i++) {
        // Keys of 0-12 bytes over {0, 1, 'a'}: many share their first 8 bytes or differ only in
        // zero padding ("a" vs "a\0"), where abbreviated keys tie and the full order decides.
        byte[] k = new byte[rnd.nextInt(13)];
        for (int b = 0; b < k.length; b++) {
          k[b] = (byte) new int[] {0, 1, 'a'}[rnd.nextInt(3)];
        }
        long seq = 1 + rnd.nextInt(4);
        byte[] ikey = InternalKeys.encode(k, 0, k.length, seq, ValueType.VALUE.code());
        if (!model.containsKey(ikey)) {
          long e = arena.allocate(Entries.encodedLength(k.length, 0, 0));
          Entries.encode(
              arena,
              e,
              k,
              0,
              k.length,
              InternalKeys.packTrailer(seq, ValueType.VALUE.code()),
              new byte[0],
              0,
              0);
          model.put(ikey, e);
        }
      }
      // Deal the entries, in order, to random runs: each run stays sorted; some stay empty.
      List<List<Long>> byRun = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        byRun.add(new ArrayList<>());
      }
      for (long e : model.values()) {
        byRun.get(rnd.nextInt(runs)).add(e);
      }
      SortedSnapshot.Builder b = new SortedSnapshot.Builder(cmp, rnd.nextInt(3)); // forces growth
      for (List<Long> run : byRun) {
        run.forEach(b::add);
        b.endRun();
      }
      SortedSnapshot s = b.build(0);
      List<Long> got = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        got.add(s.entry(i));
      }
      assertWithMessage("trial " + trial + seed)
          .that(got)
          .containsExactlyElementsIn(model.values())
          .inOrder();
    }
  }

  @Spec("REP-HASH-TOTAL-2")
  @Test
  void cache_buildsOncePerVersion_andDropsTheSnapshotOnInvalidate() {
    SortedSnapshot.Cache cache = new SortedSnapshot.Cache();
    AtomicInteger builds = new AtomicInteger();
    java.util.function.LongFunction<SortedSnapshot> build =
        v -> {
          builds.incrementAndGet();
          SortedSnapshot.Builder b = new SortedSnapshot.Builder(cmp, 1);
          b.add(entry(7));
          return b.build(v);
        };
    assertThat(cache.heapBytes()).isEqualTo(0);
    SortedSnapshot first = cache.get(build);
    assertThat(cache.get(build)).isSameInstanceAs(first);
    assertThat(builds.get()).isEqualTo(1);
    assertThat(cache.heapBytes()).isGreaterThan(0);
    cache.invalidate();
    assertThat(cache.heapBytes()).isEqualTo(0);
    assertThat(cache.insertCount()).isEqualTo(1);
    SortedSnapshot second = cache.get(build);
    assertThat(second).isNotSameInstanceAs(first);
    assertThat(builds.get()).isEqualTo(2);
  }

  @Spec("REP-HASH-TOTAL-2")
  @Test
  void cache_withdrawsASnapshotWhoseVersionMovedWhileItWasBuilt() {
    SortedSnapshot.Cache cache = new SortedSnapshot.Cache();
    // The writer's insert lands while the snapshot is being built.
    SortedSnapshot built =
        cache.get(
            v -> {
              cache.invalidate();
              return new SortedSnapshot.Builder(cmp, 0).build(v);
            });
    assertThat(built.size()).isEqualTo(0);
    assertThat(cache.heapBytes()).isEqualTo(0); // not kept: it is stale
  }

  @Spec("REP-HASH-TOTAL-1")
  @Test
  void cursor_movesAndSeeksOverTheSnapshot_withDirectionSwitches() {
    SortedSnapshot.Builder b = new SortedSnapshot.Builder(cmp, 4);
    for (int k : new int[] {10, 20, 30}) {
      b.add(entry(k));
    }
    SortedSnapshot s = b.build(0);
    MemTableRep.Cursor c = s.cursor();
    assertThat(c.isValid()).isFalse();
    byte[] t20 = InternalKeys.encode(new byte[] {0, 20}, 0, 2, 5, ValueType.FOR_SEEK.code());
    c.seek(t20, 0, t20.length);
    assertThat(c.entry()).isEqualTo(s.entry(1));
    c.prev();
    assertThat(c.entry()).isEqualTo(s.entry(0));
    c.prev();
    assertThat(c.isValid()).isFalse();
    byte[] t25 = InternalKeys.encode(new byte[] {0, 25}, 0, 2, 5, ValueType.FOR_SEEK.code());
    c.seekForPrev(t25, 0, t25.length);
    assertThat(c.entry()).isEqualTo(s.entry(1));
    c.next();
    c.next();
    assertThat(c.isValid()).isFalse();
    c.seekToLast();
    assertThat(c.entry()).isEqualTo(s.entry(2));
    byte[] t5 = InternalKeys.encode(new byte[] {0, 5}, 0, 2, 5, ValueType.FOR_SEEK.code());
    c.seekForPrev(t5, 0, t5.length);
    assertThat(c.isValid()).isFalse();
  }
}
