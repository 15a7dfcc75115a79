package dev.purerocks;

/** Mirrors RocksJava's {@code AbstractTableFilter}. */
public abstract class AbstractTableFilter extends RocksCallbackObject implements TableFilter {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected AbstractTableFilter() {
    super();
  }

  /** Returns a fresh handle id: there is no native peer. */
  protected long initializeNative(final long... value) {
    return NativeHandles.next();
  }

}
