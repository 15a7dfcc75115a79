package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memtable.RepTestSupport.Fixture;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The run stack's policy and algorithms, on entries with many ties. */
class SortedRunsTest {
  /** Entries with keys drawn from a tiny set, so that most comparisons tie. */
  private static long[] entries(Fixture f, SplittableRandom rnd, int n) {
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      byte[] key = {(byte) ('a' + rnd.nextInt(3))};
      out[i] = f.encode(key, 1 + rnd.nextInt(3), ValueType.CODE_VALUE, new byte[0]);
    }
    return out;
  }

  /** Order of the model: comparator, then position in {@code absorbed} (absorption order). */
  private static long[] expectedOrder(Fixture f, List<Long> absorbed) {
    Integer[] idx = new Integer[absorbed.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> {
      int c = f.cmp.compare(absorbed.get(a), absorbed.get(b));
      return c != 0 ? c : Integer.compare(a, b);
    });
    long[] out = new long[idx.length];
    for (int i = 0; i < idx.length; i++) {
      out[i] = absorbed.get(idx[i]);
    }
    return out;
  }

  private static long[] concat(long[][] runs, Fixture f) {
    // Merge through the cursor: the run set's total order.
    List<Long> out = f.scanForward(new SortedRunsCursor(runs, null, f.cmp));
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  @Spec("REP-VECTOR-5")
  @Test
  void push_keepsLevelsStrictlyDecreasing_andTotalOrderStable() {
    SplittableRandom rnd = TestSeed.random("SortedRunsTest.push");
    String seed = "seed " + Long.toHexString(TestSeed.master());
    Fixture f = new Fixture(VectorRep.factory(0), BytewiseComparators.BYTEWISE, 1 << 16);
    long[][] runs = SortedRuns.EMPTY;
    List<Long> absorbed = new ArrayList<>();
    for (int step = 0; step < 400; step++) {
      int n = rnd.nextInt(8) == 0 ? 1 + rnd.nextInt(200) : 1 + rnd.nextInt(4);
      long[] tail = entries(f, rnd, n);
      for (long e : tail) {
        absorbed.add(e);
      }
      SortedRuns.sort(tail, f.cmp);
      runs = SortedRuns.push(runs, tail, f.cmp);
      for (int i = 0; i + 1 < runs.length; i++) {
        assertWithMessage("%s step %s: levels of runs %s and %s", seed, step, i, i + 1)
            .that(SortedRuns.level(runs[i].length)).isGreaterThan(SortedRuns.level(runs[i + 1].length));
      }
      assertWithMessage("%s step %s", seed, step).that(SortedRuns.size(runs)).isEqualTo(absorbed.size());
      if (step % 20 == 0) {
        assertWithMessage("%s step %s: merged order", seed, step)
            .that(concat(runs, f)).isEqualTo(expectedOrder(f, absorbed));
      }
    }
    long[][] one = SortedRuns.collapse(runs, f.cmp);
    assertThat(one).hasLength(1);
    assertWithMessage("%s: collapsed", seed).that(one[0]).isEqualTo(expectedOrder(f, absorbed));
  }

  @Spec("REP-VECTOR-5")
  @Test
  void sort_isStable_onAllTiesAndOnLargeInput() {
    SplittableRandom rnd = TestSeed.random("SortedRunsTest.sort");
    String seed = "seed " + Long.toHexString(TestSeed.master());
    Fixture f = new Fixture(VectorRep.factory(0), BytewiseComparators.BYTEWISE, 1 << 16);
    for (int n : new int[] {0, 1, 2, 23, 24, 25, 100, 5000}) {
      long[] a = entries(f, rnd, n);
      List<Long> original = new ArrayList<>();
      for (long e : a) {
        original.add(e);
      }
      SortedRuns.sort(a, f.cmp);
      assertWithMessage("%s n=%s", seed, n).that(a).isEqualTo(expectedOrder(f, original));
    }
  }

  @Spec("REP-VECTOR-5")
  @Test
  void merge_disjointFastPaths_keepOlderFirstOnTies() {
    Fixture f = new Fixture(VectorRep.factory(0), BytewiseComparators.BYTEWISE);
    long x1 = f.encode(RepTestSupport.bytes("x"), 1, ValueType.CODE_VALUE, new byte[0]);
    long x2 = f.encode(RepTestSupport.bytes("x"), 1, ValueType.CODE_DELETION, new byte[0]);
    long a = f.encode(RepTestSupport.bytes("a"), 1, ValueType.CODE_VALUE, new byte[0]);
    long z = f.encode(RepTestSupport.bytes("z"), 1, ValueType.CODE_VALUE, new byte[0]);
    assertThat(SortedRuns.merge(new long[] {x1}, new long[] {x2}, f.cmp)).isEqualTo(new long[] {x1, x2});
    assertThat(SortedRuns.merge(new long[] {x2}, new long[] {x1}, f.cmp)).isEqualTo(new long[] {x2, x1});
    assertThat(SortedRuns.merge(new long[] {z}, new long[] {a, x1}, f.cmp)).isEqualTo(new long[] {a, x1, z});
    assertThat(SortedRuns.merge(new long[] {a, x1}, new long[] {x2, z}, f.cmp))
        .isEqualTo(new long[] {a, x1, x2, z});
    assertThat(SortedRuns.merge(new long[] {x2, z}, new long[] {a, x1}, f.cmp))
        .isEqualTo(new long[] {a, x2, x1, z});
  }

  /** Absorbing one entry per read (the worst case) gives a binary counter: popcount(n) runs. */
  @Spec("REP-VECTOR-2")
  @Test
  void oneEntryPerRead_givesPopcountRuns_andNLogNMergeWork() {
    Fixture f = new Fixture(VectorRep.factory(0), BytewiseComparators.BYTEWISE, 1 << 16);
    SplittableRandom rnd = TestSeed.random("SortedRunsTest.popcount");
    long[][] runs = SortedRuns.EMPTY;
    long moved = 0;
    int n = 3000;
    for (int i = 1; i <= n; i++) {
      long[][] before = runs;
      runs = SortedRuns.push(runs, entries(f, rnd, 1), f.cmp);
      assertThat(runs.length).isEqualTo(Integer.bitCount(i));
      // Entries copied by this push: the new top run, unless it is the pushed entry alone.
      long[] top = runs[runs.length - 1];
      if (top.length > 1) {
        moved += top.length;
      }
      assertThat(before.length == 0 || runs != before).isTrue();
    }
    // A binary counter copies each entry once per level it climbs: about n log2 n in all.
    assertThat((double) moved).isAtMost(n * (Math.log(n) / Math.log(2)) * 1.1);
  }
}
