package dev.purerocks;

/** Mirrors RocksJava's {@code IndexType}. */
public enum IndexType {
  kBinarySearch((byte) 0),
  kHashSearch((byte) 1),
  kTwoLevelIndexSearch((byte) 2),
  kBinarySearchWithFirstKey((byte) 3);

  private final byte getValue_;

  IndexType(byte getValue) {
    this.getValue_ = getValue;
  }

  /** Returns the same value as RocksJava's constant. */
  public byte getValue() {
    return getValue_;
  }

}
