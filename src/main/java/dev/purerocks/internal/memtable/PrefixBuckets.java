package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.Coding;
import dev.purerocks.internal.util.Hashing;
import java.util.Arrays;

/**
 * The bucket array of the two hash representations ({@link HashSkipListRep}, {@link
 * HashLinkListRep}): which bucket a key belongs to, and one 8-byte slot per bucket in the
 * memtable's arena, whose meaning each representation defines (0 always means "empty").
 *
 * <h2>Pedigree</h2>
 *
 * Follows the bucket arrays of RocksDB's {@code HashSkipListRep} and {@code HashLinkListRep}: an
 * array of {@code bucket_count} pointers allocated from the arena when the memtable is created, so
 * that it is charged to the memtable (8 bytes per bucket: 8 MB for the default 1,000,000 buckets,
 * which is why a hash memtable with a small write buffer holds one entry, M27/M39). Differences:
 *
 * <ul>
 *   <li>The hash is {@link Hashing#hash64} reduced by a multiply-shift, not MurmurHash modulo the
 *       count; bucket placement is never observable.
 *   <li><b>Keys outside the extractor's domain</b> go to one extra, dedicated bucket (index {@code
 *       bucketCount}). RocksDB applies the extractor to every key without asking whether the key is
 *       in its domain, so a key shorter than a fixed prefix hashes bytes of its own trailer, lands
 *       in a bucket that a later lookup (with another sequence number) does not visit, and is lost
 *       to Get (M30). Here such keys are always found. With no extractor at all, every key is
 *       outside the (missing) domain, so the representation degenerates to one sorted bucket.
 * </ul>
 *
 * <h2>Layout</h2>
 *
 * <pre>
 *   arena: | slot 0 | slot 1 | ... | slot bucketCount-1 | slot bucketCount (out of domain) |
 *            8 bytes each, 8-byte aligned, zero = empty
 * </pre>
 *
 * <h2>Thread-safety</h2>
 *
 * One writer publishes a slot with a release store after everything the slot leads to is written;
 * readers load slots with acquire, so they see a fully built bucket or the previous state.
 *
 * <p>Spec: {@code REP-HASH-MEM-1}, {@code REP-HASH-OOD-1}, {@code REP-HASH-OOD-2}.
 */
final class PrefixBuckets {
  /** The largest bucket count whose slot array (plus the dedicated slot) fits one allocation. */
  static final long MAX_BUCKET_COUNT = Arena.MAX_ALLOCATION / 8 - 1;

  private static final long SEED = 0x5EEDB0C4E7L;

  private final Arena arena;
  private final PrefixExtractor extractor;
  private final int bucketCount;

  /** Address of slot 0. */
  private final long base;

  /**
   * Allocates the slot array from the arena.
   *
   * @param extractor the column family's extractor, or null (every key then goes to the dedicated
   *     bucket)
   */
  PrefixBuckets(Arena arena, PrefixExtractor extractor, long bucketCount) {
    checkBucketCount(bucketCount);
    this.arena = arena;
    this.extractor = extractor;
    this.bucketCount = (int) bucketCount;
    int bytes = (this.bucketCount + 1) * 8;
    this.base = arena.allocateAligned(bytes);
    // Arena memory comes from fresh arrays and is never reused; clear anyway so that "0 = empty"
    // does not rest on an arena property nobody promised.
    int off = Arena.offset(base);
    Arrays.fill(arena.block(base), off, off + bytes, (byte) 0);
  }

  /** Throws if {@code bucketCount} cannot be honoured; the message names the option and value. */
  static void checkBucketCount(long bucketCount) {
    if (bucketCount < 1 || bucketCount > MAX_BUCKET_COUNT) {
      throw new IllegalArgumentException(
          "bucket_count must be in [1, " + MAX_BUCKET_COUNT + "]: " + bucketCount);
    }
  }

  /** Number of hashed buckets, not counting the dedicated one. */
  int bucketCount() {
    return bucketCount;
  }

  /** Index of the dedicated bucket for keys outside the extractor's domain. */
  int outOfDomainBucket() {
    return bucketCount;
  }

  /** The bucket of the user key {@code key[off, off+len)}. */
  int bucketOfUserKey(byte[] key, int off, int len) {
    if (extractor == null || !extractor.inDomain(key, off, len)) {
      return bucketCount;
    }
    int prefixLength = extractor.prefixLength(key, off, len);
    assert prefixLength >= 0 && prefixLength <= len : "prefix longer than key: " + prefixLength;
    return reduce(Hashing.hash64(key, off, prefixLength, SEED));
  }

  /**
   * The bucket of an internal key (user key + 8-byte trailer) held in {@code key[off, off+len)}.
   */
  int bucketOfInternalKey(byte[] key, int off, int len) {
    assert len >= InternalKeys.TRAILER_SIZE : "internal key too short: " + len;
    return bucketOfUserKey(key, off, len - InternalKeys.TRAILER_SIZE);
  }

  /** The bucket of an encoded entry, decoded in place. */
  int bucketOfEntry(long entry) {
    byte[] b = arena.block(entry);
    int p = Arena.offset(entry);
    int internalKeyLength = Coding.getVarint32(b, p);
    return bucketOfUserKey(
        b, Entries.skipVarint(b, p), internalKeyLength - InternalKeys.TRAILER_SIZE);
  }

  /** Maps a 64-bit hash onto {@code [0, bucketCount)}: the high word of an unsigned product. */
  private int reduce(long hash) {
    long n = bucketCount;
    // Unsigned high 64 bits of hash * n, with n < 2^31 (Java 17 has no unsignedMultiplyHigh).
    return (int) (Math.multiplyHigh(hash, n) + ((hash >> 63) & n));
  }

  private long slotAddress(int bucket) {
    assert bucket >= 0 && bucket <= bucketCount : "no such bucket: " + bucket;
    return base + 8L * bucket;
  }

  /** A slot's value, for readers. */
  long slot(int bucket) {
    return arena.getLongAcquire(slotAddress(bucket));
  }

  /** A slot's value, for the single writer (which wrote it last). */
  long slotForWriter(int bucket) {
    return arena.getLongPlain(slotAddress(bucket));
  }

  /**
   * Publishes a new slot value.
   *
   * <p>Requires: the caller is the single writer, and everything the value leads to is written.
   */
  void publish(int bucket, long value) {
    arena.setLongRelease(slotAddress(bucket), value);
  }
}
