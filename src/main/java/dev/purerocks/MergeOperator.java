package dev.purerocks;

/**
 * Base of the merge operators a column family can be configured with ({@code
 * Options.setMergeOperator}). Mirrors {@code org.rocksdb.MergeOperator}; PureRocks supports the
 * built-in {@link StringAppendOperator} and {@link UInt64AddOperator}, which the engine recognizes
 * by {@link #operatorName()}.
 */
public abstract class MergeOperator extends RocksObject {
  /**
   * Creates an operator.
   *
   * @param nativeHandle its handle
   */
  protected MergeOperator(final long nativeHandle) {
    super(nativeHandle);
  }

  /**
   * For the engine: RocksDB's name of this operator, e.g. {@code "StringAppendOperator"}; the
   * class's simple name unless a subclass says otherwise.
   */
  String operatorName() {
    return getClass().getSimpleName();
  }
}
