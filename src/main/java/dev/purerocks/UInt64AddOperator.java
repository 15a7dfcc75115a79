package dev.purerocks;

/**
 * The merge operator that adds 64-bit unsigned integers encoded as 8 little-endian bytes. Mirrors
 * {@code org.rocksdb.UInt64AddOperator}.
 */
public class UInt64AddOperator extends MergeOperator {
  /** Creates the operator. */
  public UInt64AddOperator() {
    super(NativeHandles.next());
  }

  @Override
  String operatorName() {
    return "UInt64AddOperator";
  }

  @Override
  protected final void disposeInternal(final long handle) {}
}
