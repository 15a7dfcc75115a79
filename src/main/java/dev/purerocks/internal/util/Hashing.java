package dev.purerocks.internal.util;

/**
 * The engine's hash functions: one 64-bit hash over byte ranges, used for hash-representation
 * buckets, memtable bloom probes and per-entry protection checksums.
 *
 * <p>RocksDB uses MurmurHash for buckets, XXH3 for blooms and checksums. Nothing observable
 * depends on the exact function (bucket placement, bloom false positives and checksum values never
 * reach the API), so PureRocks uses one function of its own design: eight bytes at a time
 * multiplied into the state, folded with rotations, and finished with a strong 64-bit mixer so
 * that every input bit affects every output bit. It is not cryptographic.
 *
 * <p>Thread-safety: stateless.
 */
public final class Hashing {
  private static final long K1 = 0x9E3779B97F4A7C15L;
  private static final long K2 = 0xC2B2AE3D27D4EB4FL;
  private static final long K3 = 0x165667B19E3779F9L;

  private Hashing() {}

  /** Hashes {@code buf[off, off + len)} with a seed. */
  public static long hash64(byte[] buf, int off, int len, long seed) {
    long h = seed ^ (len * K1);
    int i = off;
    int end = off + len;
    while (end - i >= 8) {
      long k = Coding.getFixed64(buf, i);
      h ^= Long.rotateLeft(k * K2, 31) * K1;
      h = Long.rotateLeft(h, 27) * K1 + K3;
      i += 8;
    }
    if (end - i >= 4) {
      h ^= (Coding.getFixed32(buf, i) & 0xFFFFFFFFL) * K1;
      h = Long.rotateLeft(h, 23) * K2 + K3;
      i += 4;
    }
    while (i < end) {
      h ^= (buf[i] & 0xFFL) * K3;
      h = Long.rotateLeft(h, 11) * K1;
      i++;
    }
    return mix(h);
  }

  /** Folds a 64-bit value into another, for hashing several fields in sequence. */
  public static long combine(long h, long v) {
    return mix(h ^ (v * K2 + K3));
  }

  /** A bijective 64-bit finalizer: avalanches every bit of {@code h}. */
  public static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }
}
