package dev.purerocks;

/**
 * Which storage tiers a read may consult. Mirrors {@code org.rocksdb.ReadTier}, byte values included.
 */
public enum ReadTier {
  READ_ALL_TIER((byte) 0),
  BLOCK_CACHE_TIER((byte) 1),
  PERSISTED_TIER((byte) 2),
  MEMTABLE_TIER((byte) 3);

  private final byte getValue_;

  ReadTier(byte getValue) {
    this.getValue_ = getValue;
  }

  /** Looks a constant up as RocksJava does. */
  public static ReadTier getReadTier(final byte value) {
    for (final ReadTier c : values()) {
      if (c.getValue_ == value) {
        return c;
      }
    }
    throw new java.lang.IllegalArgumentException("Illegal value provided for ReadTier.");
  }

  /** Returns the same value as RocksJava's constant. */
  public byte getValue() {
    return getValue_;
  }

}
