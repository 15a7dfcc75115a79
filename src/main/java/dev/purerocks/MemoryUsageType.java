package dev.purerocks;

/** Mirrors RocksJava's {@code MemoryUsageType}. */
public enum MemoryUsageType {
  kMemTableTotal((byte) 0),
  kMemTableUnFlushed((byte) 1),
  kTableReadersTotal((byte) 2),
  kCacheTotal((byte) 3),
  kNumUsageTypes((byte) 4);

  private final byte getValue_;

  MemoryUsageType(byte getValue) {
    this.getValue_ = getValue;
  }

  /** Looks a constant up as RocksJava does. */
  public static MemoryUsageType getMemoryUsageType(final byte value) {
    for (final MemoryUsageType c : values()) {
      if (c.getValue_ == value) {
        return c;
      }
    }
    throw new java.lang.IllegalArgumentException("Illegal value provided for MemoryUsageType.");
  }

  /** Returns the same value as RocksJava's constant. */
  public byte getValue() {
    return getValue_;
  }

}
