package dev.purerocks;

/** Mirrors RocksJava's {@code ChecksumType}. */
public enum ChecksumType {
  kNoChecksum((byte) 0),
  kCRC32c((byte) 1),
  kxxHash((byte) 2),
  kxxHash64((byte) 3),
  kXXH3((byte) 4);

  private final byte getValue_;

  ChecksumType(byte getValue) {
    this.getValue_ = getValue;
  }

  /** Returns the same value as RocksJava's constant. */
  public byte getValue() {
    return getValue_;
  }

}
