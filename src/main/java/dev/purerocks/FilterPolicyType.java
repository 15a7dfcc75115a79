package dev.purerocks;

/** Mirrors RocksJava's {@code FilterPolicyType}. */
public enum FilterPolicyType {
  kUnknownFilterPolicy((byte) 0),
  kBloomFilterPolicy((byte) 1),
  kRibbonFilterPolicy((byte) 2);

  private final byte getValue_;

  FilterPolicyType(byte getValue) {
    this.getValue_ = getValue;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Filter createFilter(final long p0, final double p1) {
    throw Unsupported.unchecked("FilterPolicyType.createFilter");
  }

  /** Returns the same value as RocksJava's constant. */
  public byte getValue() {
    return getValue_;
  }

}
