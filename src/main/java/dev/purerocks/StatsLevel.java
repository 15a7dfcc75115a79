package dev.purerocks;

/** Mirrors RocksJava's {@code StatsLevel}. */
public enum StatsLevel {
  EXCEPT_DETAILED_TIMERS((byte) 0),
  EXCEPT_TIME_FOR_MUTEX((byte) 1),
  ALL((byte) 2);

  private final byte getValue_;

  StatsLevel(byte getValue) {
    this.getValue_ = getValue;
  }

  /** Looks a constant up as RocksJava does. */
  public static StatsLevel getStatsLevel(final byte value) {
    for (final StatsLevel c : values()) {
      if (c.getValue_ == value) {
        return c;
      }
    }
    throw new java.lang.IllegalArgumentException("Illegal value provided for StatsLevel.");
  }

  /** Returns the same value as RocksJava's constant. */
  public byte getValue() {
    return getValue_;
  }

}
