package dev.purerocks;

/** Mirrors RocksJava's {@code TxnDBWritePolicy}. */
public enum TxnDBWritePolicy {
  WRITE_COMMITTED((byte) 0),
  WRITE_PREPARED((byte) 1),
  WRITE_UNPREPARED((byte) 2);

  private final byte getValue_;

  TxnDBWritePolicy(byte getValue) {
    this.getValue_ = getValue;
  }

  /** Looks a constant up as RocksJava does. */
  public static TxnDBWritePolicy getTxnDBWritePolicy(final byte value) {
    for (final TxnDBWritePolicy c : values()) {
      if (c.getValue_ == value) {
        return c;
      }
    }
    throw new java.lang.IllegalArgumentException("Illegal value provided for TxnDBWritePolicy.");
  }

  /** Returns the same value as RocksJava's constant. */
  public byte getValue() {
    return getValue_;
  }

}
