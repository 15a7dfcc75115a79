package dev.purerocks;

/** Mirrors RocksJava's {@code StringAppendOperator}. */
public class StringAppendOperator extends MergeOperator {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public StringAppendOperator() {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public StringAppendOperator(final char value) {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public StringAppendOperator(final String value) {
    super(NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

}
