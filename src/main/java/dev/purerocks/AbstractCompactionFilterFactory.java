package dev.purerocks;

/** Mirrors RocksJava's {@code AbstractCompactionFilterFactory}. */
public abstract class AbstractCompactionFilterFactory<T extends AbstractCompactionFilter<?>> extends RocksCallbackObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public AbstractCompactionFilterFactory() {
    super();
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public abstract T createCompactionFilter(final AbstractCompactionFilter.Context value);

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal() {
    // nothing native to free
  }

  /** Returns a fresh handle id: there is no native peer. */
  protected long initializeNative(final long... value) {
    return NativeHandles.next();
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public abstract String name();

}
