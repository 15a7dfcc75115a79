package dev.purerocks;

/** Mirrors RocksJava's {@code CompactionStyle}. */
public enum CompactionStyle {
  LEVEL((byte) 0),
  UNIVERSAL((byte) 1),
  FIFO((byte) 2),
  NONE((byte) 3);

  private final byte getValue_;

  CompactionStyle(byte getValue) {
    this.getValue_ = getValue;
  }

  /** Returns the same value as RocksJava's constant. */
  public byte getValue() {
    return getValue_;
  }

}
