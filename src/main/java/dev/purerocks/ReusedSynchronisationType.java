package dev.purerocks;

/**
 * How a Java comparator's reused buffers are synchronised. Mirrors {@code
 * org.rocksdb.ReusedSynchronisationType}, byte values included.
 */
public enum ReusedSynchronisationType {
  MUTEX((byte) 0),
  ADAPTIVE_MUTEX((byte) 1),
  THREAD_LOCAL((byte) 2);

  private final byte getValue_;

  ReusedSynchronisationType(byte getValue) {
    this.getValue_ = getValue;
  }

  /** Looks a constant up as RocksJava does. */
  public static ReusedSynchronisationType getReusedSynchronisationType(final byte value) {
    for (final ReusedSynchronisationType c : values()) {
      if (c.getValue_ == value) {
        return c;
      }
    }
    throw new java.lang.IllegalArgumentException("Illegal value provided for ReusedSynchronisationType.");
  }

  /** Returns the same value as RocksJava's constant. */
  public byte getValue() {
    return getValue_;
  }

}
