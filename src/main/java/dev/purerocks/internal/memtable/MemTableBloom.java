package dev.purerocks.internal.memtable;

import dev.purerocks.internal.util.Hashing;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The memtable's Bloom filter over whole keys and/or key prefixes (RocksDB's {@code DynamicBloom},
 * {@code util/dynamic_bloom.h}). A negative answer is always right; a positive one may be false and
 * then only costs a lookup.
 *
 * <h2>Layout and probes</h2>
 * An array of 64-bit words, in groups of four. A key's hash picks one word with a multiply-shift
 * range reduction of its high 32 bits; its low 32 bits, remixed by a golden-ratio multiplication,
 * give two bit positions per probed word, and the words probed are {@code w, w^1, w^2}: six probes
 * touching one 32-byte group (RocksDB: six probes, "two bit probes per 64-bit word", XOR offsets
 * inside an aligned group). Differences from RocksDB: the key hash is {@link Hashing#hash64}, not
 * XXH3-derived 32 bits; the filter lives in its own {@code long[]} instead of the memtable arena
 * (the memtable adds its size to its memory usage, so the flush decision sees the same bytes); and
 * the bit count is computed in 64 bits and capped at {@link #MAX_BITS} instead of RocksDB's
 * 32-bit truncation.
 *
 * <h2>Thread-safety and memory ordering</h2>
 * {@link #mayContain} may run on any thread at any time. {@link #add} requires that no other add
 * runs concurrently (the memtable's single-writer path); {@link #addConcurrently} may run on many
 * threads and sets bits with an atomic OR, so no bit is ever lost. Words are read and written
 * with opaque accesses: no tearing and no caching in registers, but no ordering. A reader is
 * guaranteed to see a key's bits only once the write that added it is visible to it by other
 * means (the sequence number publication, or the representation's release/acquire links, both
 * written after the bits) — exactly RocksDB's argument for its relaxed atomics.
 *
 * <p>Spec: {@code BLOOM-1} .. {@code BLOOM-4}.
 */
final class MemTableBloom {
  /** Number of probes per key (RocksDB hard-codes 6 for memtable blooms). */
  static final int NUM_PROBES = 6;
  /** Largest filter, in bits: RocksDB's filter cannot exceed 2^32 bits either. */
  static final long MAX_BITS = 1L << 32;

  private static final int DOUBLE_PROBES = NUM_PROBES / 2;
  /** Words per aligned group: the smallest power of two holding all double probes. */
  private static final int GROUP_WORDS = 4;
  private static final long SEED = 0x626C6F6F6D5F6D74L;
  private static final long GOLDEN = 0x9E3779B97F4A7C13L;
  private static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);

  private final long[] words;

  /**
   * Makes a filter of at least {@code totalBits} bits (rounded up to whole groups).
   *
   * <p>Requires: {@code 0 < totalBits <= MAX_BITS}.
   */
  MemTableBloom(long totalBits) {
    if (totalBits <= 0 || totalBits > MAX_BITS) {
      throw new IllegalArgumentException("bloom size out of range: " + totalBits + " bits");
    }
    long groupBits = 64L * GROUP_WORDS;
    long groups = (totalBits + groupBits - 1) / groupBits;
    this.words = new long[(int) (groups * GROUP_WORDS)];
  }

  /** The filter's size in bytes, which the memtable counts in its memory usage. */
  long memoryUsage() {
    return 8L * words.length;
  }

  /** The number of bits in the filter. */
  long bits() {
    return 64L * words.length;
  }

  /** Adds a key. Requires: no other add runs at the same time. */
  void add(byte[] key, int off, int len) {
    long h = Hashing.hash64(key, off, len, SEED);
    int base = wordIndex(h);
    long probes = GOLDEN * (h & 0xFFFFFFFFL);
    for (int i = 0; i < DOUBLE_PROBES; i++) {
      int w = base ^ i;
      long mask = mask(probes);
      long old = getWord(w);
      if ((old & mask) != mask) {
        setWord(w, old | mask);
      }
      probes = Long.rotateRight(probes, 12);
    }
  }

  /** Adds a key while other threads may add too. */
  void addConcurrently(byte[] key, int off, int len) {
    long h = Hashing.hash64(key, off, len, SEED);
    int base = wordIndex(h);
    long probes = GOLDEN * (h & 0xFFFFFFFFL);
    for (int i = 0; i < DOUBLE_PROBES; i++) {
      int w = base ^ i;
      long mask = mask(probes);
      if ((getWord(w) & mask) != mask) {
        orWord(w, mask);
      }
      probes = Long.rotateRight(probes, 12);
    }
  }

  /** False only if the key was certainly never added. */
  boolean mayContain(byte[] key, int off, int len) {
    long h = Hashing.hash64(key, off, len, SEED);
    int base = wordIndex(h);
    long probes = GOLDEN * (h & 0xFFFFFFFFL);
    for (int i = 0; i < DOUBLE_PROBES; i++) {
      long mask = mask(probes);
      if ((getWord(base ^ i) & mask) != mask) {
        return false;
      }
      probes = Long.rotateRight(probes, 12);
    }
    return true;
  }

  /**
   * The first word of the key's probes: a multiply-shift reduction of the high half of the hash
   * onto the number of words, rounded down to its group so that {@code index ^ i} stays inside.
   */
  private int wordIndex(long h) {
    long index = ((h >>> 32) * words.length) >>> 32;
    return (int) index & ~(GROUP_WORDS - 1);
  }

  /** Two bit positions from the low twelve bits of the probe state. */
  private static long mask(long probes) {
    return (1L << (probes & 63)) | (1L << ((probes >>> 6) & 63));
  }

  private long getWord(int i) {
    return (long) WORDS.getOpaque(words, i);
  }

  private void setWord(int i, long v) {
    WORDS.setOpaque(words, i, v);
  }

  private void orWord(int i, long mask) {
    long unused = (long) WORDS.getAndBitwiseOrRelease(words, i, mask);
  }
}
