package dev.purerocks;

/** Mirrors RocksJava's {@code WALRecoveryMode}. */
public enum WALRecoveryMode {
  TolerateCorruptedTailRecords((byte) 0),
  AbsoluteConsistency((byte) 1),
  PointInTimeRecovery((byte) 2),
  SkipAnyCorruptedRecords((byte) 3);

  private final byte getValue_;

  WALRecoveryMode(byte getValue) {
    this.getValue_ = getValue;
  }

  /** Returns the same value as RocksJava's constant. */
  public byte getValue() {
    return getValue_;
  }

  /** Looks a constant up as RocksJava does. */
  public static WALRecoveryMode getWALRecoveryMode(final byte value) {
    for (final WALRecoveryMode c : values()) {
      if (c.getValue_ == value) {
        return c;
      }
    }
    throw new java.lang.IllegalArgumentException("Illegal value provided for WALRecoveryMode.");
  }

}
