package dev.purerocks.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The benchmark data set, identical in every JVM fork: {@link #N} distinct 16-byte keys, each an
 * 8-byte prefix followed by an 8-byte suffix, and 100-byte values.
 *
 * <p>There are {@link #PREFIXES} random-looking distinct prefixes with {@link #KEYS_PER_PREFIX}
 * keys each, so prefix seeks in the hash representations have entries to walk. Key {@code i} has
 * prefix {@code i / KEYS_PER_PREFIX} and the suffix {@code mix(i)}, a bijection of 64-bit values,
 * so keys are distinct without a set. Missing keys share the existing prefixes (a hash rep has to
 * search the bucket) with suffixes {@code mix(N + i)}, which no existing key has.
 *
 * <p>Each ordering is a fresh array of fresh key copies, allocated in that order: walking the
 * array is sequential in memory, as if keys were made on the fly, and does not add a cache miss
 * per operation to what is measured. The seed is a fixed constant on purpose: every fork and every
 * run must insert and look up exactly the same keys (benchmarks are not tests; no master seed).
 */
final class Data {
  static final int KEY_BYTES = 16;
  static final int PREFIX_BYTES = 8;
  static final int VALUE_BYTES = 100;
  static final int KEYS_PER_PREFIX = 100;
  /**
   * Entries in a filled memtable: one million, or {@code -Dbench.entries=} (a multiple of 100),
   * which bench/run's quick mode sets lower for the JMH forks so that it ends within minutes.
   */
  static final int N = entries();
  static final int PREFIXES = N / KEYS_PER_PREFIX;
  /** Seeks per seekrandom invocation (each reads up to 11 entries): 200,000 at 1M entries. */
  static final int SEEKS = N / 5;
  /** Entries read per seek: the target and 10 next()s. */
  static final int SEEK_ENTRIES = 11;
  private static final long SEED = 0x5EED_B0C5_1234_5678L;
  private static final int VALUE_POOL = 1024;

  private static final long[] PREFIX_VALUES = prefixes();
  private static final byte[][] VALUES = values(0);
  private static final byte[][] OTHER_VALUES = values(1);

  private Data() {}

  private static int entries() {
    int n = Integer.getInteger("bench.entries", 1_000_000);
    if (n <= 0 || n % KEYS_PER_PREFIX != 0) {
      throw new IllegalArgumentException("bench.entries must be a positive multiple of 100: " + n);
    }
    return n;
  }

  /** The value stored with key index {@code i} by a fill. */
  static byte[] value(int i) {
    return VALUES[i & (VALUE_POOL - 1)];
  }

  /** A different value for overwrites (mixed workload), so puts do change what gets return. */
  static byte[] otherValue(int i) {
    return OTHER_VALUES[i & (VALUE_POOL - 1)];
  }

  /** The keys in a random order, the fillrandom order (permutation {@code salt}). */
  static byte[][] shuffledKeys(int salt) {
    return keys(permutation(N, salt), 0);
  }

  /** Key indexes in a random order, parallel to {@code shuffledKeys(salt)}. */
  static int[] permutation(int n, int salt) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    SplittableRandom r = new SplittableRandom(SEED + salt);
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  /** The keys in ascending unsigned order, the fillseq order. */
  static byte[][] sortedKeys() {
    byte[][] keys = keys(identity(N), 0);
    Arrays.sort(keys, Arrays::compareUnsigned);
    // Re-copy so that the sorted array is also sequential in memory.
    byte[][] copy = new byte[N][];
    for (int i = 0; i < N; i++) {
      copy[i] = keys[i].clone();
    }
    return copy;
  }

  /** N keys that are not in the data set, in a random order, under existing prefixes. */
  static byte[][] missingKeys(int salt) {
    return keys(permutation(N, salt), N);
  }

  /** The keys of the given indexes (plus {@code offset} in the suffix), in that order. */
  static byte[][] keys(int[] indexes, int offset) {
    byte[][] keys = new byte[indexes.length][];
    for (int i = 0; i < indexes.length; i++) {
      keys[i] = key(indexes[i], offset);
    }
    return keys;
  }

  static byte[] key(int index, int offset) {
    byte[] k = new byte[KEY_BYTES];
    putLong(k, 0, PREFIX_VALUES[index / KEYS_PER_PREFIX]);
    putLong(k, PREFIX_BYTES, mix((long) index + offset));
    return k;
  }

  private static int[] identity(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    return p;
  }

  private static long[] prefixes() {
    // mix is a bijection, so distinct inputs give distinct prefixes.
    long[] p = new long[PREFIXES];
    for (int i = 0; i < PREFIXES; i++) {
      p[i] = mix(SEED ^ (0x9E37_79B9_7F4A_7C15L * (i + 1)));
    }
    return p;
  }

  private static byte[][] values(int salt) {
    SplittableRandom r = new SplittableRandom(SEED ^ (salt + 17));
    byte[][] v = new byte[VALUE_POOL][VALUE_BYTES];
    for (byte[] value : v) {
      for (int i = 0; i < VALUE_BYTES; i++) {
        value[i] = (byte) r.nextInt(256);
      }
    }
    return v;
  }

  /** SplitMix64's finalizer: a bijection on 64-bit values that looks random. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }

  private static void putLong(byte[] b, int at, long v) {
    for (int i = 7; i >= 0; i--) {
      b[at + i] = (byte) v;
      v >>>= 8;
    }
  }
}
