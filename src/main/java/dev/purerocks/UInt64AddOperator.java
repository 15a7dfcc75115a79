package dev.purerocks;

/** Mirrors RocksJava's {@code UInt64AddOperator}. */
public class UInt64AddOperator extends MergeOperator {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public UInt64AddOperator() {
    super(NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

}
