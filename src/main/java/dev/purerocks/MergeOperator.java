package dev.purerocks;

/** Mirrors RocksJava's {@code MergeOperator}. */
public abstract class MergeOperator extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected MergeOperator(final long value) {
    super(NativeHandles.next());
  }

}
