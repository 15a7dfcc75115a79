package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memtable.RepTestSupport.Fixture;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Searches narrowed by a fence find exactly what full binary searches find. */
class RunFenceTest {
  static Stream<Arguments> comparators() {
    return Stream.of(
        Arguments.of("bytewise", BytewiseComparators.BYTEWISE),
        Arguments.of("reverse-bytewise", BytewiseComparators.REVERSE_BYTEWISE));
  }

  /** Short keys over a few byte values, some sharing 7+ byte prefixes, so words often tie. */
  private static byte[] key(SplittableRandom rnd) {
    byte[] k = new byte[rnd.nextInt(4) == 0 ? 7 + rnd.nextInt(5) : rnd.nextInt(9)];
    for (int i = 0; i < k.length; i++) {
      int r = rnd.nextInt(6);
      k[i] = r < 2 ? 0 : r < 4 ? (byte) 0xff : (byte) ('a' + rnd.nextInt(2));
    }
    return k;
  }

  @Spec({"REP-VECTOR-2", "REP-VECTOR-3"})
  @ParameterizedTest(name = "{0}")
  @MethodSource("comparators")
  void fencedBounds_equalFullBinarySearch(String name, UserComparator uc) {
    SplittableRandom rnd = TestSeed.random("RunFenceTest." + name);
    String seed = "seed " + Long.toHexString(TestSeed.master()) + " " + name;
    Fixture f = new Fixture(VectorRep.factory(0), uc, 1 << 20);
    for (int round = 0; round < 20; round++) {
      int n = RunFence.MIN_RUN_LENGTH + rnd.nextInt(3000);
      long[] run = new long[n];
      for (int i = 0; i < n; i++) {
        run[i] = f.encode(key(rnd), rnd.nextInt(4), ValueType.CODE_VALUE, new byte[0]);
      }
      SortedRuns.sort(run, f.cmp);
      long[] fence = RunFence.build(run, f.cmp);
      assertThat(fence).isNotNull();
      for (int q = 0; q < 500; q++) {
        byte[] target = RepTestSupport.ikey(key(rnd), rnd.nextInt(5), ValueType.FOR_SEEK.code());
        int len = target.length;
        assertWithMessage("%s round %s lowerBound(%s)", seed, round, RepTestSupport.printable(target))
            .that(SortedRuns.lowerBound(run, fence, target, 0, len, f.cmp))
            .isEqualTo(SortedRuns.lowerBound(run, null, target, 0, len, f.cmp));
        assertWithMessage("%s round %s upperBound(%s)", seed, round, RepTestSupport.printable(target))
            .that(SortedRuns.upperBound(run, fence, target, 0, len, f.cmp))
            .isEqualTo(SortedRuns.upperBound(run, null, target, 0, len, f.cmp));
      }
    }
  }
}
