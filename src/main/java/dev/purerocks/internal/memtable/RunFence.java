package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.memory.Arena;

/**
 * A sparse search index over one sorted run, under the built-in comparators: the first two key
 * words ({@link BytewiseTailSort#word}: fourteen key bytes and two length bytes) of every
 * {@value #STRIDE}th entry, interleaved in one {@code long[]}.
 *
 * <p>A binary search in a large run compares keys that lie all over the arena, one cache miss
 * each. With the fence, the search first compares longs in a small contiguous array and then
 * compares about {@code log2(STRIDE)} keys. Words never decrease along a sorted run and differ
 * only where the keys differ in the same direction (the second word only matters when the first
 * ties and says more bytes follow, and it ties too for equal keys), so the narrowing is exact:
 *
 * <ul>
 *   <li>a fence entry whose words are below the target's sorts before the target, so the lower
 *       and upper bounds lie after it;
 *   <li>a fence entry whose words are above the target's sorts after the target, so both bounds
 *       lie at or before it.
 * </ul>
 *
 * Keys that share their first fourteen bytes share their words; the range then spans all of
 * them, and the search stays correct, only less narrowed. (Two words, not one: key schemes with
 * an 8-byte prefix, like the baseline data, would otherwise leave whole prefix groups to search.)
 *
 * <p>Memory: 16 bytes per {@value #STRIDE} entries (1 byte per entry), for runs of at least
 * {@value #MIN_RUN_LENGTH} entries; not counted in the representation's reported usage, like
 * vector capacity in RocksDB.
 *
 * <p>Thread-safety: a fence is immutable once built and published with its run.
 */
final class RunFence {
  private RunFence() {}

  private static final int SHIFT = 4;
  /** Entries per fence word. */
  static final int STRIDE = 1 << SHIFT;
  /** Runs shorter than this get no fence: their search is cheap enough. */
  static final int MIN_RUN_LENGTH = 64;

  /** The fence of a sorted run, or null if the run is small or the order has no key words. */
  static long[] build(long[] run, KeyComparator cmp) {
    if (run.length < MIN_RUN_LENGTH || !BytewiseTailSort.supports(cmp)) {
      return null;
    }
    boolean reverse = BytewiseTailSort.isReverse(cmp);
    Arena arena = cmp.arena();
    int points = (run.length + STRIDE - 1) >>> SHIFT;
    long[] fence = new long[2 * points];
    for (int j = 0; j < points; j++) {
      long e = run[j << SHIFT];
      byte[] b = arena.block(e);
      int keyOff = Entries.keyOffset(arena, e);
      int keyLen = Entries.userKeyLength(arena, e);
      fence[2 * j] = BytewiseTailSort.word(b, keyOff, keyLen, 0, reverse);
      fence[2 * j + 1] = BytewiseTailSort.word(b, keyOff, keyLen, 1, reverse);
    }
    return fence;
  }

  /**
   * The positions {@code [lo, hi]} of a run of {@code runLength} entries between which both the
   * lower and the upper bound of the internal key {@code key[off, off+len)} lie, packed as
   * {@code lo << 32 | hi}.
   *
   * <p>Requires: {@code fence} was built for that run with {@code cmp}; {@code len >= 8}.
   */
  static long range(long[] fence, int runLength, byte[] key, int off, int len, KeyComparator cmp) {
    boolean reverse = BytewiseTailSort.isReverse(cmp);
    int keyLen = len - InternalKeys.TRAILER_SIZE;
    long t0 = BytewiseTailSort.word(key, off, keyLen, 0, reverse);
    long t1 = BytewiseTailSort.word(key, off, keyLen, 1, reverse);
    int points = fence.length >>> 1;
    int below = first(fence, 0, t0, t1, false);
    int above = first(fence, below, t0, t1, true);
    int lo = below == 0 ? 0 : ((below - 1) << SHIFT) + 1;
    int hi = above == points ? runLength : above << SHIFT;
    return ((long) lo << 32) | hi;
  }

  /**
   * Index of the first fence point at or after {@code from} whose words are {@code >= (t0, t1)}
   * (or {@code > (t0, t1)} if {@code strictly}), or the number of points.
   */
  private static int first(long[] fence, int from, long t0, long t1, boolean strictly) {
    int lo = from;
    int hi = fence.length >>> 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      long w0 = fence[2 * mid];
      int c = w0 != t0 ? Long.compare(w0, t0) : Long.compare(fence[2 * mid + 1], t1);
      if (c < 0 || (strictly && c == 0)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
