package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import java.util.Arrays;
import java.util.concurrent.locks.StampedLock;

/**
 * A sorted index, on the Java heap, of the nodes of an {@link InlineSkipList} that are at least
 * {@code minHeight} tall, keyed by the first eleven bytes of their user keys (word 0 and the high
 * half of word 1, {@link BytewiseTailSort#word}).
 *
 * <p>A skip-list search visits about {@code branchingFactor} nodes per level, each one a cache
 * miss in a large arena: 34-35 of them for a get among 1,000,000 entries. Searching this index
 * instead of the levels at and above {@code minHeight - 1} compares longs held in a few small
 * arrays, and hands the search a node from which only the lowest {@code minHeight} levels remain
 * to be walked, and the next indexed node as a bound it need not read: with {@code minHeight} 2 a
 * search reads the start node and the level-0 nodes up to its key, about three. RocksDB has no
 * such index; its search starts at the head.
 *
 * <h2>Why a stale or coarse answer is still right</h2>
 * {@link #floor} returns a node whose key bytes are strictly below the target's, so it sorts
 * before the target, and a bound whose bytes are strictly above, so it sorts after; both were
 * linked at every level before they were added. Any node before the target is a correct place to
 * start a search at level {@code minHeight - 1} (nodes are never unlinked from a memtable), and
 * any node after it may end a level's walk unread. A reader that misses a newer node, or lands on
 * an earlier one than the best (keys that share their first eleven bytes tie), only walks
 * further; so does a search for a node the index left out.
 *
 * <h2>Layout</h2>
 * Chunks of up to {@code chunkCapacity} entries, each entry two longs in one array, sorted by key
 * bytes: word 0, then word 1's high half over the node's 32-bit {@link
 * dev.purerocks.internal.memory.Arena#compactReference} (a node without one is not indexed). A
 * directory holds the chunks in order and, for every chunk but the first, the words of the entry
 * that opened it (its fence). A new entry goes to the last chunk whose fence is at or below its
 * words, so a chunk's entries are at or above its fence and at or below the next chunk's (equal
 * words can straddle a split). A full chunk moves its upper half to a new chunk after it (or, when
 * the entry goes after all of the last chunk, a new empty chunk starts there: ascending inserts
 * leave full chunks behind). A split puts the new chunk in the directory before it drops the moved
 * entries from the old one, so every entry is in a chunk that the directory lists at any moment; a
 * reader that comes to the old chunk for a key of the moved half finds a node before that key:
 * still right.
 *
 * <h2>Thread-safety</h2>
 * {@link #add} runs under this object's monitor, so adds are serial; they come from list inserts
 * of tall nodes (about one insert in {@code branchingFactor^(minHeight-1)}). Readers never block:
 * <ul>
 *   <li>the directory and each chunk are written in place (an entry shifted in; a chunk's array
 *       replaced by a larger copy; a chunk's upper half dropped when it splits) under their own
 *       {@link StampedLock}'s write lock;
 *   <li>a reader searches the directory, then the chunk, optimistically: if a stamp does not
 *       validate it tries again, a few times, and then gives up (returns 0: the search starts at
 *       the head).
 * </ul>
 * A reader returns nothing it read before its stamp validates, and clamps every index to the
 * array it reads, so a torn read costs a retry, never an exception.
 *
 * <p>Memory: 16 bytes per entry, in chunk arrays that grow by half and are cut to their entries
 * (plus half) when they split, so about 85 % used: about 5 bytes per list entry at {@code
 * minHeight} 2 and branching factor 4. Not counted in the representation's reported usage
 * (RocksDB's figures are those of the arena), like {@link RunFence}. Growing a chunk copies it,
 * so the index also leaves short-lived garbage behind: under 24 bytes per list entry over a fill
 * (each entry is copied a few times), which the allocation tests bound.
 */
final class TallNodeIndex {
  /** Largest chunk: 2 KB of entries, searched in seven steps. */
  static final int DEFAULT_CHUNK_CAPACITY = 128;

  /** Longs per entry: word 0, then word 1's high half over the node's 32-bit reference. */
  private static final int SLOT = 2;
  /** The part of word 1 an entry keeps: its first four bytes. */
  private static final long HIGH = 0xFFFF_FFFF_0000_0000L;
  private static final long REF = 0xFFFF_FFFFL;
  /** Smallest chunk array, in entries; chunk arrays grow by half up to the capacity. */
  private static final int MIN_CHUNK_ARRAY = 4;
  private static final int READ_ATTEMPTS = 4;
  /** A chunk object with its count and its lock, roughly. */
  private static final int CHUNK_OBJECT_BYTES = 64;

  private final PrefixExtractor prefixes;
  private final boolean reverse;
  private final int minHeight;
  private final int chunkCapacity;

  // The directory: chunks[0, chunkCount) in order; fences[2i, 2i+2) are the words at which
  // chunks[i + 1] starts. Written in place under directoryLock; the arrays grow by doubling.
  private final StampedLock directoryLock = new StampedLock();
  private Chunk[] chunks;
  private long[] fences;
  private int chunkCount;
  /** Bytes allocated so far, dropped arrays included; under the monitor. */
  private long allocatedBytes;

  /**
   * Creates an empty index.
   *
   * @param minHeight the shortest node it holds, at least 1
   * @param chunkCapacity entries per chunk, at least 2
   */
  TallNodeIndex(KeyComparator comparator, int minHeight, int chunkCapacity) {
    this(comparator, minHeight, chunkCapacity, null);
  }

  /**
   * Creates an empty index, shared by lists that hold the keys of distinct prefixes if {@code
   * prefixes} is not null (the buckets of a hash representation): see {@link #prefixes}.
   */
  TallNodeIndex(
      KeyComparator comparator, int minHeight, int chunkCapacity, PrefixExtractor prefixes) {
    if (!supports(comparator)) {
      throw new IllegalArgumentException("no key words for " + comparator.userComparator());
    }
    if (minHeight < 1 || chunkCapacity < 2) {
      throw new IllegalArgumentException(
          "minHeight " + minHeight + " and chunkCapacity " + chunkCapacity);
    }
    this.prefixes = prefixes;
    this.reverse = BytewiseTailSort.isReverse(comparator);
    this.minHeight = minHeight;
    this.chunkCapacity = chunkCapacity;
    this.chunks = new Chunk[] {newChunk(arrayEntries(0)), null};
    this.fences = new long[2];
    this.chunkCount = 1;
  }

  /** True if entries under this order have key words (the built-in comparators). */
  static boolean supports(KeyComparator comparator) {
    return BytewiseTailSort.supports(comparator);
  }

  /**
   * Null for the index of one list. Otherwise the index is shared by several lists, each holding
   * every key of the prefixes it holds (hash buckets), and a start node is in a list searched for
   * a key only if it has the key's prefix under this extractor: the list checks.
   */
  PrefixExtractor prefixes() {
    return prefixes;
  }

  /** The shortest node the index holds: a search may start at level {@code minHeight() - 1}. */
  int minHeight() {
    return minHeight;
  }

  /**
   * Where a search for the internal key {@code key[off, off+len)} may start, as two node
   * references packed in a long (read them with {@link #start} and {@link #bound}): the last
   * entry whose words are strictly below the key's, and the entry after it if that one's words
   * are strictly above the key's. Either is 0 when the index knows none (or concurrent adds kept
   * changing what it read). Requires: {@code len >= 8}.
   */
  long floor(byte[] key, int off, int len) {
    int userLen = len - InternalKeys.TRAILER_SIZE;
    long t0 = BytewiseTailSort.word(key, off, userLen, 0, reverse);
    long t1 = BytewiseTailSort.word(key, off, userLen, 1, reverse) & HIGH;
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
      int below = countBelow(slots, n, t0, t1, false);
      long start = below == 0 ? 0 : slots[SLOT * (below - 1) + 1] & REF;
      long bound = 0;
      if (below < n) {
        long w0 = slots[SLOT * below];
        long w1 = slots[SLOT * below + 1];
        if (w0 != t0 || (w1 & HIGH) != t1) {
          bound = w1 & REF;
        }
      }
      if (chunk.lock.validate(stamp)) {
        return start << 32 | bound;
      }
    }
    return 0;
  }

  /** The reference of the start node in a {@link #floor} answer: 0 for none. */
  static int start(long floor) {
    return (int) (floor >>> 32);
  }

  /** The reference of a node known to sort after the key in a {@link #floor} answer, or 0. */
  static int bound(long floor) {
    return (int) floor;
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
    Chunk chunk = cs[countBelow(fs, n - 1, t0, t1, false)];
    return directoryLock.validate(stamp) ? chunk : null;
  }

  /**
   * Adds a node once it is linked at all its levels. Requires: the node is at least {@link
   * #minHeight} tall, {@code ref} (not 0) stands for it, and its user key is {@code b[keyOff,
   * keyOff+userKeyLen)}.
   */
  synchronized void add(int ref, byte[] b, int keyOff, int userKeyLen) {
    long w0 = BytewiseTailSort.word(b, keyOff, userKeyLen, 0, reverse);
    long w1 = BytewiseTailSort.word(b, keyOff, userKeyLen, 1, reverse) & HIGH;
    int c = countBelow(fences, chunkCount - 1, w0, w1, true);
    Chunk chunk = chunks[c];
    int at = countBelow(chunk.slots, chunk.count, w0, w1, false);
    if (chunk.count == chunkCapacity) {
      split(c, at == chunkCapacity && c == chunkCount - 1, w0, w1);
      c = countBelow(fences, chunkCount - 1, w0, w1, true);
      chunk = chunks[c];
      at = countBelow(chunk.slots, chunk.count, w0, w1, false);
    }
    long stamp = chunk.lock.writeLock();
    try {
      long[] s = chunk.slots;
      if (SLOT * chunk.count == s.length) {
        long[] grown = newArray(arrayEntries(chunk.count));
        System.arraycopy(s, 0, grown, 0, s.length);
        s = grown;
        chunk.slots = s;
      }
      System.arraycopy(s, SLOT * at, s, SLOT * (at + 1), SLOT * (chunk.count - at));
      s[SLOT * at] = w0;
      s[SLOT * at + 1] = w1 | (ref & REF);
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
    int keep = append ? low.count : low.count / 2;
    int moved = low.count - keep;
    Chunk high = newChunk(arrayEntries(moved));
    System.arraycopy(low.slots, SLOT * keep, high.slots, 0, SLOT * moved);
    high.count = moved;

    long stamp = directoryLock.writeLock();
    try {
      if (chunkCount == chunks.length) {
        chunks = Arrays.copyOf(chunks, 2 * chunkCount);
        fences = Arrays.copyOf(fences, 2 * (2 * chunkCount - 1));
        allocatedBytes += 16 + 4L * chunks.length + 16 + 8L * fences.length;
      }
      System.arraycopy(chunks, c + 1, chunks, c + 2, chunkCount - c - 1);
      chunks[c + 1] = high;
      // Fence i belongs to chunk i + 1: the new chunk's goes at index c.
      System.arraycopy(fences, 2 * c, fences, 2 * c + 2, 2 * (chunkCount - 1 - c));
      fences[2 * c] = append ? w0 : high.slots[0];
      fences[2 * c + 1] = append ? w1 : high.slots[1] & HIGH;
      chunkCount++;
    } finally {
      directoryLock.unlockWrite(stamp);
    }
    if (moved > 0) {
      // The kept half moves to an array of its size (plus room to grow), so a split chunk does
      // not hold on to twice the memory it uses.
      long[] kept = newArray(arrayEntries(keep));
      System.arraycopy(low.slots, 0, kept, 0, SLOT * keep);
      long chunkStamp = low.lock.writeLock();
      low.slots = kept;
      low.count = keep;
      low.lock.unlockWrite(chunkStamp);
    }
  }

  /** Entries an array for a chunk of {@code count} gets: half more (at least 4), up to the capacity. */
  private int arrayEntries(int count) {
    return Math.min(chunkCapacity, count + Math.max(MIN_CHUNK_ARRAY, count / 2));
  }

  /** A chunk with an array for {@code entries}, counted in {@link #allocatedBytes}. */
  private Chunk newChunk(int entries) {
    allocatedBytes += CHUNK_OBJECT_BYTES;
    return new Chunk(newArray(entries));
  }

  /** A chunk array for {@code entries}, counted in {@link #allocatedBytes}. Requires: the monitor. */
  private long[] newArray(int entries) {
    allocatedBytes += 16 + 8L * SLOT * entries;
    return new long[SLOT * entries];
  }

  /** Number of entries. */
  synchronized int size() {
    int n = 0;
    for (int i = 0; i < chunkCount; i++) {
      n += chunks[i].count;
    }
    return n;
  }

  /**
   * Bytes the index allocated so far, roughly, including arrays a chunk outgrew or a split
   * replaced: a chunk grows by copying into a larger array, so that chunks stay mostly full
   * (memory, above) at the price of short-lived garbage.
   */
  synchronized long allocatedBytes() {
    return allocatedBytes;
  }

  /** Number of chunks (for tests). */
  synchronized int chunkCount() {
    return chunkCount;
  }

  /** Java heap held by the index's arrays, roughly (array headers included). */
  synchronized long heapBytes() {
    long bytes = 16 + 8L * fences.length + 16 + 4L * chunks.length + 64;
    for (int i = 0; i < chunkCount; i++) {
      bytes += 16 + 8L * chunks[i].slots.length + CHUNK_OBJECT_BYTES;
    }
    return bytes;
  }

  /** The node references in index order (for tests). */
  synchronized int[] refs() {
    int[] out = new int[size()];
    int i = 0;
    for (int c = 0; c < chunkCount; c++) {
      for (int j = 0; j < chunks[c].count; j++) {
        out[i++] = (int) chunks[c].slots[SLOT * j + 1];
      }
    }
    return out;
  }

  /**
   * How many of the first {@code n} entries of {@code a} (two longs each: word 0, and word 1 in
   * the high half) are below {@code (t0, t1)}, or at or below it if {@code orEqual}. Requires:
   * the entries are sorted; {@code t1}'s low half is 0.
   */
  private static int countBelow(long[] a, int n, long t0, long t1, boolean orEqual) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      long w0 = a[2 * mid];
      int c = w0 != t0 ? Long.compare(w0, t0) : Long.compare(a[2 * mid + 1] & HIGH, t1);
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
    long[] slots;
    final StampedLock lock = new StampedLock();
    int count;

    Chunk(long[] slots) {
      this.slots = slots;
    }
  }
}
