package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.InternalKeys;
import java.util.Arrays;
import java.util.concurrent.locks.StampedLock;

/**
 * A sorted index, on the Java heap, of the nodes of an {@link InlineSkipList} that are at least
 * {@code minHeight} tall, keyed by their first two key words ({@link BytewiseTailSort#word}).
 *
 * <p>A skip-list search visits about {@code branchingFactor} nodes per level, each one a cache
 * miss in a large arena: 34-35 of them for a get among 1,000,000 entries. Searching this index
 * instead of the levels at and above {@code minHeight - 1} compares longs held in a few small
 * arrays, and hands the search a node from which only the lowest {@code minHeight} levels remain
 * to be walked. RocksDB has no such index; its search starts at the head.
 *
 * <h2>Why a stale or coarse answer is still right</h2>
 * {@link #floor} returns a node whose words are strictly below the target's, so its key sorts
 * before the target; the node was linked at every one of its levels before it was added. Any such
 * node is a correct place to start a search at level {@code minHeight - 1}: nodes are never
 * unlinked from a memtable. A reader that misses a newer node, or lands on an earlier one than the
 * best (keys that share their first fourteen bytes share their words), only walks further.
 *
 * <h2>Layout</h2>
 * Chunks of up to {@code chunkCapacity} entries, each entry three longs (word 0, word 1, node) in
 * one array, sorted by words; a directory holds the chunks in order and, for every chunk but the
 * first, the words of the entry that opened it (its fence). A new entry goes to the last chunk
 * whose fence is at or below its words, so a chunk's entries are at or above its fence and at or
 * below the next chunk's (equal words can straddle a split). A full chunk moves its upper half to
 * a new chunk after it (or, when the entry goes after all of the last chunk, a new empty chunk
 * starts there: ascending inserts leave full chunks behind). A split puts the new chunk in the
 * directory before it drops the moved entries from the old one, so every entry is in a chunk
 * that the directory lists at any moment; a reader that comes to the old chunk for a key of the
 * moved half finds a node before that key: still right.
 *
 * <h2>Thread-safety</h2>
 * {@link #add} runs under this object's monitor, so adds are serial; they come from list inserts
 * of tall nodes (about one insert in {@code branchingFactor^(minHeight-1)}). Readers never block:
 * <ul>
 *   <li>the directory and each chunk are written in place (an entry shifted in; a chunk's upper
 *       half dropped when it splits) under their own {@link StampedLock}'s write lock;
 *   <li>a reader searches the directory, then the chunk, optimistically: if a stamp does not
 *       validate it tries again, a few times, and then gives up (returns 0: the search starts at
 *       the head).
 * </ul>
 * A reader returns nothing it read before its stamp validates, and clamps every index to the
 * array it reads, so a torn read costs a retry, never an exception.
 *
 * <p>Memory: 24 bytes per entry, chunks half to fully used, about 2 bytes per list entry at
 * {@code minHeight} 3 and branching factor 4; not counted in the representation's reported
 * usage (RocksDB's figures are those of the arena), like {@link RunFence}.
 */
final class TallNodeIndex {
  /** Default chunk size: 3 KB of entries, searched in seven steps. */
  static final int DEFAULT_CHUNK_CAPACITY = 128;

  private static final int SLOT = 3;
  private static final int READ_ATTEMPTS = 4;

  private final boolean reverse;
  private final int minHeight;
  private final int chunkCapacity;

  // The directory: chunks[0, chunkCount) in order; fences[2i, 2i+2) are the words at which
  // chunks[i + 1] starts. Written in place under directoryLock; the arrays grow by doubling.
  private final StampedLock directoryLock = new StampedLock();
  private Chunk[] chunks;
  private long[] fences;
  private int chunkCount;

  /**
   * Creates an empty index.
   *
   * @param minHeight the shortest node it holds, at least 1
   * @param chunkCapacity entries per chunk, at least 2
   */
  TallNodeIndex(KeyComparator comparator, int minHeight, int chunkCapacity) {
    if (!supports(comparator)) {
      throw new IllegalArgumentException("no key words for " + comparator.userComparator());
    }
    if (minHeight < 1 || chunkCapacity < 2) {
      throw new IllegalArgumentException(
          "minHeight " + minHeight + " and chunkCapacity " + chunkCapacity);
    }
    this.reverse = BytewiseTailSort.isReverse(comparator);
    this.minHeight = minHeight;
    this.chunkCapacity = chunkCapacity;
    this.chunks = new Chunk[] {new Chunk(chunkCapacity), null};
    this.fences = new long[2];
    this.chunkCount = 1;
  }

  /** True if entries under this order have key words (the built-in comparators). */
  static boolean supports(KeyComparator comparator) {
    return BytewiseTailSort.supports(comparator);
  }

  /** The shortest node the index holds: a search may start at level {@code minHeight() - 1}. */
  int minHeight() {
    return minHeight;
  }

  /**
   * A node that sorts strictly before the internal key {@code key[off, off+len)} and is at least
   * {@link #minHeight} tall, or 0 if the index knows none (or concurrent adds kept changing what
   * it read). Requires: {@code len >= 8}.
   */
  long floor(byte[] key, int off, int len) {
    int userLen = len - InternalKeys.TRAILER_SIZE;
    long t0 = BytewiseTailSort.word(key, off, userLen, 0, reverse);
    long t1 = BytewiseTailSort.word(key, off, userLen, 1, reverse);
    for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
      Chunk chunk = chunkFor(t0, t1);
      if (chunk == null) {
        continue;
      }
      long stamp = chunk.lock.tryOptimisticRead();
      if (stamp == 0) {
        Thread.onSpinWait();
        continue;
      }
      long[] slots = chunk.slots;
      int n = Math.min(chunk.count, slots.length / SLOT);
      int below = countBelow(slots, SLOT, n, t0, t1, false);
      long node = below == 0 ? 0 : slots[SLOT * (below - 1) + 2];
      if (chunk.lock.validate(stamp)) {
        return node;
      }
    }
    return 0;
  }

  /** The last chunk whose fence is below the words (optimistically), or null to try again. */
  private Chunk chunkFor(long t0, long t1) {
    long stamp = directoryLock.tryOptimisticRead();
    if (stamp == 0) {
      Thread.onSpinWait();
      return null;
    }
    Chunk[] cs = chunks;
    long[] fs = fences;
    int n = Math.min(chunkCount, Math.min(cs.length, fs.length / 2 + 1));
    Chunk chunk = cs[countBelow(fs, 2, n - 1, t0, t1, false)];
    return directoryLock.validate(stamp) ? chunk : null;
  }

  /**
   * Adds a node once it is linked at all its levels. Requires: the node is at least {@link
   * #minHeight} tall and its user key is {@code b[keyOff, keyOff+userKeyLen)}.
   */
  synchronized void add(long node, byte[] b, int keyOff, int userKeyLen) {
    long w0 = BytewiseTailSort.word(b, keyOff, userKeyLen, 0, reverse);
    long w1 = BytewiseTailSort.word(b, keyOff, userKeyLen, 1, reverse);
    int c = countBelow(fences, 2, chunkCount - 1, w0, w1, true);
    Chunk chunk = chunks[c];
    int at = countBelow(chunk.slots, SLOT, chunk.count, w0, w1, false);
    if (chunk.count == chunkCapacity) {
      split(c, at == chunkCapacity && c == chunkCount - 1, w0, w1);
      c = countBelow(fences, 2, chunkCount - 1, w0, w1, true);
      chunk = chunks[c];
      at = countBelow(chunk.slots, SLOT, chunk.count, w0, w1, false);
    }
    long stamp = chunk.lock.writeLock();
    try {
      long[] s = chunk.slots;
      System.arraycopy(s, SLOT * at, s, SLOT * (at + 1), SLOT * (chunk.count - at));
      s[SLOT * at] = w0;
      s[SLOT * at + 1] = w1;
      s[SLOT * at + 2] = node;
      chunk.count++;
    } finally {
      chunk.lock.unlockWrite(stamp);
    }
  }

  /**
   * Follows full chunk {@code c} with a new chunk: holding the upper half of its entries, or (if
   * {@code append}) empty, opened by the entry being added, whose words {@code (w0, w1)} are above
   * all of chunk {@code c}'s.
   */
  private void split(int c, boolean append, long w0, long w1) {
    Chunk low = chunks[c];
    Chunk high = new Chunk(chunkCapacity);
    int keep = append ? low.count : low.count / 2;
    System.arraycopy(low.slots, SLOT * keep, high.slots, 0, SLOT * (low.count - keep));
    high.count = low.count - keep;

    long stamp = directoryLock.writeLock();
    try {
      if (chunkCount == chunks.length) {
        chunks = Arrays.copyOf(chunks, 2 * chunkCount);
        fences = Arrays.copyOf(fences, 2 * (2 * chunkCount - 1));
      }
      System.arraycopy(chunks, c + 1, chunks, c + 2, chunkCount - c - 1);
      chunks[c + 1] = high;
      // Fence i belongs to chunk i + 1: the new chunk's goes at index c.
      System.arraycopy(fences, 2 * c, fences, 2 * c + 2, 2 * (chunkCount - 1 - c));
      fences[2 * c] = append ? w0 : high.slots[0];
      fences[2 * c + 1] = append ? w1 : high.slots[1];
      chunkCount++;
    } finally {
      directoryLock.unlockWrite(stamp);
    }
    if (keep < low.count) {
      long chunkStamp = low.lock.writeLock();
      low.count = keep;
      low.lock.unlockWrite(chunkStamp);
    }
  }

  /** Number of entries. */
  synchronized int size() {
    int n = 0;
    for (int i = 0; i < chunkCount; i++) {
      n += chunks[i].count;
    }
    return n;
  }

  /** Java heap held by the index's arrays, roughly (array headers included). */
  synchronized long heapBytes() {
    long bytes = 16 + 8L * fences.length + 16 + 4L * chunks.length + 64;
    for (int i = 0; i < chunkCount; i++) {
      bytes += 16 + 8L * chunks[i].slots.length + 64; // the chunk, its count and its lock
    }
    return bytes;
  }

  /** The nodes in index order (for tests). */
  synchronized long[] nodes() {
    long[] out = new long[size()];
    int i = 0;
    for (int c = 0; c < chunkCount; c++) {
      for (int j = 0; j < chunks[c].count; j++) {
        out[i++] = chunks[c].slots[SLOT * j + 2];
      }
    }
    return out;
  }

  /**
   * How many of the first {@code n} word pairs of {@code a}, one every {@code stride} longs, are
   * below {@code (t0, t1)}, or at or below it if {@code orEqual}. The pairs are sorted.
   */
  private static int countBelow(long[] a, int stride, int n, long t0, long t1, boolean orEqual) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      long w0 = a[stride * mid];
      int c = w0 != t0 ? Long.compare(w0, t0) : Long.compare(a[stride * mid + 1], t1);
      if (c < 0 || (orEqual && c == 0)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Up to a capacity of sorted entries, changed in place under {@link #lock}. */
  private static final class Chunk {
    final long[] slots;
    final StampedLock lock = new StampedLock();
    int count;

    Chunk(int capacity) {
      slots = new long[SLOT * capacity];
    }
  }
}
