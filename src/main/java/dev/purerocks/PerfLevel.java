package dev.purerocks;

/** Mirrors RocksJava's {@code PerfLevel}. */
public enum PerfLevel {
  UNINITIALIZED((byte) 0),
  DISABLE((byte) 1),
  ENABLE_COUNT((byte) 2),
  ENABLE_TIME_EXCEPT_FOR_MUTEX((byte) 3),
  ENABLE_TIME_AND_CPU_TIME_EXCEPT_FOR_MUTEX((byte) 4),
  ENABLE_TIME((byte) 5),
  OUT_OF_BOUNDS((byte) 6);

  private final byte getValue_;

  PerfLevel(byte getValue) {
    this.getValue_ = getValue;
  }

  /** Looks a constant up as RocksJava does. */
  public static PerfLevel getPerfLevel(final byte value) {
    for (final PerfLevel c : values()) {
      if (c.getValue_ == value) {
        return c;
      }
    }
    throw new java.lang.IllegalArgumentException("Uknknown PerfLevel constant : " + value + "");
  }

  /** Returns the same value as RocksJava's constant. */
  public byte getValue() {
    return getValue_;
  }

}
