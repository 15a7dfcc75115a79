package dev.purerocks;

/** Mirrors RocksJava's {@code CompactionPriority}. */
public enum CompactionPriority {
  ByCompensatedSize((byte) 0),
  OldestLargestSeqFirst((byte) 1),
  OldestSmallestSeqFirst((byte) 2),
  MinOverlappingRatio((byte) 3),
  RoundRobin((byte) 4);

  private final byte getValue_;

  CompactionPriority(byte getValue) {
    this.getValue_ = getValue;
  }

  /** Looks a constant up as RocksJava does. */
  public static CompactionPriority getCompactionPriority(final byte value) {
    for (final CompactionPriority c : values()) {
      if (c.getValue_ == value) {
        return c;
      }
    }
    throw new java.lang.IllegalArgumentException("Illegal value provided for CompactionPriority.");
  }

  /** Returns the same value as RocksJava's constant. */
  public byte getValue() {
    return getValue_;
  }

}
