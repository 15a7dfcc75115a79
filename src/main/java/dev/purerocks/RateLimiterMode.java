package dev.purerocks;

/** Mirrors RocksJava's {@code RateLimiterMode}. */
public enum RateLimiterMode {
  READS_ONLY((byte) 0),
  WRITES_ONLY((byte) 1),
  ALL_IO((byte) 2);

  private final byte getValue_;

  RateLimiterMode(byte getValue) {
    this.getValue_ = getValue;
  }

  /** Looks a constant up as RocksJava does. */
  public static RateLimiterMode getRateLimiterMode(final byte value) {
    for (final RateLimiterMode c : values()) {
      if (c.getValue_ == value) {
        return c;
      }
    }
    throw new java.lang.IllegalArgumentException("Illegal value provided for RateLimiterMode.");
  }

  /** Returns the same value as RocksJava's constant. */
  public byte getValue() {
    return getValue_;
  }

}
