package dev.purerocks;

/** Mirrors RocksJava's {@code EncodingType}. */
public enum EncodingType {
  kPlain((byte) 0),
  kPrefix((byte) 1);

  private final byte getValue_;

  EncodingType(byte getValue) {
    this.getValue_ = getValue;
  }

  /** Returns the same value as RocksJava's constant. */
  public byte getValue() {
    return getValue_;
  }

}
