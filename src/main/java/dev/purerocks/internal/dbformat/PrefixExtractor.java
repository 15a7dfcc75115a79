package dev.purerocks.internal.dbformat;

/**
 * Maps a user key to its prefix (RocksDB's {@code SliceTransform}); drives hash-representation
 * buckets, the memtable prefix bloom and prefix-mode iteration.
 *
 * <p>A prefix is always a leading slice of the key, so it is described by its length alone and
 * never copied. RocksJava exposes two extractors, {@link #fixed(int)} and {@link #capped(int)};
 * the engine accepts any implementation.
 *
 * <p>Thread-safety: implementations must be immutable.
 *
 * <p>Spec: {@code IK-PREFIX-1}.
 */
public interface PrefixExtractor {
  /** The name RocksDB records, e.g. {@code rocksdb.FixedPrefix.8}. */
  String name();

  /** Whether the key has a prefix at all (RocksDB's {@code InDomain}). */
  boolean inDomain(byte[] key, int off, int len);

  /**
   * The length of the key's prefix.
   *
   * <p>Requires: {@link #inDomain} is true for the key.
   */
  int prefixLength(byte[] key, int off, int len);

  /**
   * A fixed-length extractor: the first {@code n} bytes; keys shorter than {@code n} are outside
   * its domain.
   */
  static PrefixExtractor fixed(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("prefix length must not be negative: " + n);
    }
    return new PrefixExtractor() {
      @Override
      public String name() {
        return "rocksdb.FixedPrefix." + n;
      }

      @Override
      public boolean inDomain(byte[] key, int off, int len) {
        return len >= n;
      }

      @Override
      public int prefixLength(byte[] key, int off, int len) {
        assert len >= n : "key outside the domain of " + name();
        return n;
      }

      @Override
      public String toString() {
        return name();
      }
    };
  }

  /** A capped extractor: the first {@code min(n, key length)} bytes; every key is in its domain. */
  static PrefixExtractor capped(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("prefix length must not be negative: " + n);
    }
    return new PrefixExtractor() {
      @Override
      public String name() {
        return "rocksdb.CappedPrefix." + n;
      }

      @Override
      public boolean inDomain(byte[] key, int off, int len) {
        return true;
      }

      @Override
      public int prefixLength(byte[] key, int off, int len) {
        return Math.min(n, len);
      }

      @Override
      public String toString() {
        return name();
      }
    };
  }
}
