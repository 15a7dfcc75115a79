package dev.purerocks;

/** Mirrors RocksJava's {@code CompactionStopStyle}. */
public enum CompactionStopStyle {
  CompactionStopStyleSimilarSize((byte) 0),
  CompactionStopStyleTotalSize((byte) 1);

  private final byte getValue_;

  CompactionStopStyle(byte getValue) {
    this.getValue_ = getValue;
  }

  /** Looks a constant up as RocksJava does. */
  public static CompactionStopStyle getCompactionStopStyle(final byte value) {
    for (final CompactionStopStyle c : values()) {
      if (c.getValue_ == value) {
        return c;
      }
    }
    throw new java.lang.IllegalArgumentException("Illegal value provided for CompactionStopStyle.");
  }

  /** Returns the same value as RocksJava's constant. */
  public byte getValue() {
    return getValue_;
  }

}
