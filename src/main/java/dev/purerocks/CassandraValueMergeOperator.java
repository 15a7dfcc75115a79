package dev.purerocks;

/** Mirrors RocksJava's {@code CassandraValueMergeOperator}. */
public class CassandraValueMergeOperator extends MergeOperator {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public CassandraValueMergeOperator(final int p0, final int p1) {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public CassandraValueMergeOperator(final int value) {
    super(NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

}
