package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tall-node index against a model: {@link TallNodeIndex#floor} finds the entry with the
 * greatest words strictly below the target's and, as its bound, the next entry if its words are
 * strictly above, whatever the chunk size and insertion order; under concurrent adds it never
 * answers anything on the wrong side of the target. Node references here are plain ids; the index
 * never reads nodes.
 */
@Spec("REP-SKIPLIST-5")
class TallNodeIndexTest {
  static Stream<Arguments> shapes() {
    List<Arguments> out = new ArrayList<>();
    for (UserComparator uc :
        List.of(BytewiseComparators.BYTEWISE, BytewiseComparators.REVERSE_BYTEWISE)) {
      for (int capacity : new int[] {2, 3, 8, TallNodeIndex.DEFAULT_CHUNK_CAPACITY}) {
        for (String order : new String[] {"random", "ascending", "descending"}) {
          out.add(Arguments.of(uc, capacity, order));
        }
      }
    }
    return out.stream();
  }

  /**
   * Keys over a few byte values, a third of them 14-20 bytes long and sharing 14 (entries keep
   * the first 11), so words tie.
   */
  private static byte[] key(SplittableRandom rnd) {
    boolean lng = rnd.nextInt(3) == 0;
    byte[] k = new byte[lng ? 14 + rnd.nextInt(7) : rnd.nextInt(10)];
    for (int i = 0; i < k.length; i++) {
      int r = rnd.nextInt(6);
      k[i] = lng && i < 14 ? (byte) 'p' : r < 2 ? 0 : r < 4 ? (byte) 0xff : (byte) ('a' + r);
    }
    return k;
  }

  /** The words an entry keeps: word 0 and the high half of word 1. */
  private static long[] words(byte[] userKey, boolean reverse) {
    return new long[] {
      BytewiseTailSort.word(userKey, 0, userKey.length, 0, reverse),
      BytewiseTailSort.word(userKey, 0, userKey.length, 1, reverse) & 0xFFFF_FFFF_0000_0000L
    };
  }

  private static int compare(long[] a, long[] b) {
    return a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]);
  }

  @ParameterizedTest(name = "{0} capacity {1} {2}")
  @MethodSource("shapes")
  void floor_isTheGreatestWordsStrictlyBelowTheTarget(UserComparator uc, int capacity, String order) {
    String id = "TallNodeIndexTest#floor/" + uc + "/" + capacity + "/" + order;
    SplittableRandom rnd = TestSeed.random(id);
    String where = id + " [reproduce with -Dtests.seed=" + TestSeed.masterHex() + "]";
    boolean reverse = uc == BytewiseComparators.REVERSE_BYTEWISE;
    KeyComparator cmp = new KeyComparator(new Arena(Arena.MIN_BLOCK_SIZE), uc);
    TallNodeIndex index = new TallNodeIndex(cmp, 1, capacity);
    int n = 1 + rnd.nextInt(1500);
    byte[][] keys = new byte[n + 1][];
    for (int i = 1; i <= n; i++) {
      keys[i] = key(rnd);
    }
    if (!order.equals("random")) {
      List<byte[]> sorted = new ArrayList<>(java.util.Arrays.asList(keys).subList(1, n + 1));
      sorted.sort((a, b) -> compare(words(a, reverse), words(b, reverse)));
      if (order.equals("descending")) {
        java.util.Collections.reverse(sorted);
      }
      for (int i = 1; i <= n; i++) {
        keys[i] = sorted.get(i - 1);
      }
    }
    for (int i = 1; i <= n; i++) {
      index.add(i, keys[i], 0, keys[i].length);
      if (i % 97 == 0 || i == n) {
        checkAgainstModel(index, keys, i, reverse, rnd, where + " after " + i + " adds");
      }
    }
    assertWithMessage(where).that(index.size()).isEqualTo(n);
    int[] inOrder = index.refs();
    for (int i = 1; i < inOrder.length; i++) {
      assertWithMessage("%s: entries %s and %s out of order", where, i - 1, i)
          .that(compare(words(keys[inOrder[i - 1]], reverse), words(keys[inOrder[i]], reverse)))
          .isAtMost(0);
    }
  }

  private static void checkAgainstModel(
      TallNodeIndex index, byte[][] keys, int added, boolean reverse, SplittableRandom rnd, String where) {
    for (int q = 0; q < 60; q++) {
      byte[] user = rnd.nextInt(4) == 0 ? keys[1 + rnd.nextInt(added)] : key(rnd);
      long[] t = words(user, reverse);
      long[] best = null;
      for (int i = 1; i <= added; i++) {
        long[] w = words(keys[i], reverse);
        if (compare(w, t) < 0 && (best == null || compare(w, best) > 0)) {
          best = w;
        }
      }
      byte[] target = RepTestSupport.ikey(user, rnd.nextInt(5), ValueType.FOR_SEEK.code());
      long floor = index.floor(target, 0, target.length);
      int start = TallNodeIndex.start(floor);
      String what = where + ": floor(" + RepTestSupport.printable(user) + ")";
      if (best == null) {
        assertWithMessage(what).that(start).isEqualTo(0);
      } else {
        assertWithMessage(what).that(start).isGreaterThan(0);
        assertWithMessage(what).that(compare(words(keys[start], reverse), best)).isEqualTo(0);
      }
      int bound = TallNodeIndex.bound(floor);
      if (bound != 0) {
        // Strictly above the target, and nothing the index holds lies strictly between the
        // target and it (it is the entry after the start, or the chunk's first).
        assertWithMessage(what + " bound").that(compare(words(keys[bound], reverse), t)).isGreaterThan(0);
        for (int i = 1; i <= added; i++) {
          long[] w = words(keys[i], reverse);
          assertWithMessage(what + " bound vs " + RepTestSupport.printable(keys[i]))
              .that(compare(w, t) > 0 && compare(w, words(keys[bound], reverse)) < 0)
              .isFalse();
        }
      } else if (best != null) {
        // No bound: the entry after the start is missing (end of a chunk) or ties the target.
        long[] next = null;
        for (int i = 1; i <= added; i++) {
          long[] w = words(keys[i], reverse);
          if (compare(w, best) > 0 && (next == null || compare(w, next) < 0)) {
            next = w;
          }
        }
        if (next != null && compare(next, t) > 0 && index.chunkCount() == 1) {
          assertWithMessage(what + ": a single chunk has a bound above the target").fail();
        }
      }
    }
  }

  /**
   * A writer adds 20,000 keys in random order to chunks of 4 (a split every few adds) while two
   * readers ask for floors: every start is 0 or a key strictly below the target, every bound 0 or
   * a key strictly above it, and once the writer is done the answers are exact again. After each
   * tenth of the keys the writer waits until both readers have asked again, so that their
   * questions meet the adds however the threads are scheduled (on two busy cores a writer left
   * alone once finished before either reader asked anything).
   */
  @Test
  void concurrentAdds_readersNeverGetAKeyAtOrAfterTheTarget() throws Exception {
    String id = "TallNodeIndexTest#concurrentAdds";
    SplittableRandom rnd = TestSeed.random(id);
    String where = id + " [reproduce with -Dtests.seed=" + TestSeed.masterHex() + "]";
    KeyComparator cmp =
        new KeyComparator(new Arena(Arena.MIN_BLOCK_SIZE), BytewiseComparators.BYTEWISE);
    TallNodeIndex index = new TallNodeIndex(cmp, 1, 4);
    int n = 20_000;
    byte[][] keys = new byte[n + 1][];
    for (int i = 1; i <= n; i++) {
      keys[i] = key(rnd);
    }
    AtomicBoolean done = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> readers = new ArrayList<>();
    long[] answered = new long[2];
    AtomicLongArray asked = new AtomicLongArray(2);
    for (int r = 0; r < 2; r++) {
      SplittableRandom readerRnd = rnd.split();
      int slot = r;
      Thread t =
          new Thread(
              () -> {
                try {
                  while (!done.get()) {
                    byte[] user = key(readerRnd);
                    byte[] target = RepTestSupport.ikey(user, 1, ValueType.FOR_SEEK.code());
                    long floor = index.floor(target, 0, target.length);
                    int start = TallNodeIndex.start(floor);
                    int bound = TallNodeIndex.bound(floor);
                    if (start != 0) {
                      answered[slot]++;
                      if (compare(words(keys[start], false), words(user, false)) >= 0) {
                        throw new AssertionError(
                            where + ": floor(" + RepTestSupport.printable(user) + ") returned "
                                + RepTestSupport.printable(keys[start]));
                      }
                    }
                    if (bound != 0
                        && compare(words(keys[bound], false), words(user, false)) <= 0) {
                      throw new AssertionError(
                          where + ": floor(" + RepTestSupport.printable(user) + ") bound "
                              + RepTestSupport.printable(keys[bound]));
                    }
                    asked.incrementAndGet(slot);
                  }
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                }
              },
              "index-reader-" + r);
      t.start();
      readers.add(t);
    }
    try {
      for (int i = 1; i <= n && failure.get() == null; i++) {
        index.add(i, keys[i], 0, keys[i].length);
        if (i % (n / 10) == 0) {
          // Two more questions from each reader: at least one of them asked after this add.
          long first = asked.get(0) + 2;
          long second = asked.get(1) + 2;
          while (failure.get() == null && (asked.get(0) < first || asked.get(1) < second)) {
            Thread.yield();
          }
        }
      }
    } finally {
      done.set(true);
      for (Thread t : readers) {
        t.join(60_000);
        assertWithMessage("%s: reader %s finished", where, t.getName()).that(t.isAlive()).isFalse();
      }
    }
    if (failure.get() != null) {
      throw new AssertionError(where, failure.get());
    }
    assertWithMessage("%s: readers got answers", where).that(answered[0] + answered[1]).isGreaterThan(0L);
    checkAgainstModel(index, keys, n, false, rnd, where + " after the writer");
  }

  @Test
  void customComparators_haveNoIndex() {
    KeyComparator cmp =
        new KeyComparator(new Arena(Arena.MIN_BLOCK_SIZE), RepTestSupport.OPAQUE_BYTEWISE);
    assertThat(TallNodeIndex.supports(cmp)).isFalse();
    InlineSkipList list = new InlineSkipList(cmp, 12, 4, 1, 4);
    assertThat(list.index()).isNull();
  }
}
