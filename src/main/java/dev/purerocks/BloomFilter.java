package dev.purerocks;

/** Mirrors RocksJava's {@code BloomFilter}. */
public class BloomFilter extends Filter {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public BloomFilter() {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public BloomFilter(final double p0, final boolean p1) {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public BloomFilter(final double value) {
    super(NativeHandles.next());
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean equals(final Object value) {
    throw Unsupported.unchecked("BloomFilter.equals");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int hashCode() {
    throw Unsupported.unchecked("BloomFilter.hashCode");
  }

}
