package dev.purerocks.internal.memtable;

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

/**
 * The abbreviated sort gives exactly the plain stable sort's order, on keys built to hit its
 * edges: zero bytes against zero padding, lengths around word boundaries, long common prefixes
 * (refinement at several depths and past the depth limit), equal user keys and equal entries.
 */
class BytewiseTailSortTest {
  static Stream<Arguments> comparators() {
    return Stream.of(
        Arguments.of("bytewise", BytewiseComparators.BYTEWISE),
        Arguments.of("reverse-bytewise", BytewiseComparators.REVERSE_BYTEWISE));
  }

  private static byte[] randomKey(SplittableRandom rnd, byte[][] prefixes) {
    byte[] prefix = prefixes[rnd.nextInt(prefixes.length)];
    // Lengths cluster around multiples of 7 (word boundaries); bytes are mostly 0, 1 or 0xff.
    int extra = rnd.nextInt(4) == 0 ? rnd.nextInt(30) : 7 * rnd.nextInt(4) + rnd.nextInt(3) - 1;
    byte[] k = new byte[prefix.length + Math.max(0, extra)];
    System.arraycopy(prefix, 0, k, 0, prefix.length);
    for (int i = prefix.length; i < k.length; i++) {
      int r = rnd.nextInt(8);
      k[i] = r < 3 ? 0 : r < 5 ? (byte) 0xff : r < 6 ? 1 : (byte) rnd.nextInt(256);
    }
    return k;
  }

  @Spec("REP-VECTOR-5")
  @ParameterizedTest(name = "{0}")
  @MethodSource("comparators")
  void abbreviatedSort_equalsPlainStableSort(String name, UserComparator uc) {
    SplittableRandom rnd = TestSeed.random("BytewiseTailSortTest." + name);
    String seed = "seed " + Long.toHexString(TestSeed.master()) + " " + name;
    Fixture f = new Fixture(VectorRep.factory(0), uc, 1 << 20);
    byte[] longPrefix = new byte[500]; // past the 448-byte depth limit
    rnd.nextBytes(longPrefix);
    byte[] mid = new byte[20];
    byte[][] prefixes = {new byte[0], {0}, {0, 0, 0, 0, 0, 0, 0}, mid, longPrefix, RepTestSupport.bytes("user:0000")};
    for (int round = 0; round < 30; round++) {
      int n = BytewiseTailSort.MIN_LENGTH + rnd.nextInt(round < 25 ? 400 : 5000);
      long[] entries = new long[n];
      for (int i = 0; i < n; i++) {
        if (i > 0 && rnd.nextInt(6) == 0) {
          // Same user key again, with the same or another sequence.
          byte[] k = Entries.userKey(f.arena, entries[rnd.nextInt(i)]);
          entries[i] = f.encode(k, 1 + rnd.nextInt(3), ValueType.CODE_VALUE, new byte[] {(byte) i});
        } else {
          entries[i] = f.encode(randomKey(rnd, prefixes), 1 + rnd.nextInt(3), ValueType.CODE_VALUE, new byte[0]);
        }
      }
      long[] expected = entries.clone();
      SortedRuns.sortRange(expected, 0, n, f.cmp);
      long[] actual = entries.clone();
      BytewiseTailSort.sort(actual, f.cmp);
      assertWithMessage("%s round %s, n=%s", seed, round, n).that(actual).isEqualTo(expected);
    }
  }
}
