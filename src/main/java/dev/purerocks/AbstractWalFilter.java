package dev.purerocks;

/** Mirrors RocksJava's {@code AbstractWalFilter}. */
public abstract class AbstractWalFilter extends RocksCallbackObject implements WalFilter {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public AbstractWalFilter() {
    super();
  }

  /** Returns a fresh handle id: there is no native peer. */
  protected long initializeNative(final long... value) {
    return NativeHandles.next();
  }

}
