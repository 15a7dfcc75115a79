package dev.purerocks;

/** Mirrors RocksJava's {@code AbstractCompactionFilterFactory}. */
public abstract class AbstractCompactionFilterFactory<T extends AbstractCompactionFilter<?>> extends RocksCallbackObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public AbstractCompactionFilterFactory() {
    super();
  }

  /** Implemented by subclasses. */
  public abstract T createCompactionFilter(final AbstractCompactionFilter.Context value);

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal() {
    // nothing native to free
  }

  /** Returns a fresh handle id: there is no native peer. */
  protected long initializeNative(final long... value) {
    return NativeHandles.next();
  }

  /** Implemented by subclasses. */
  public abstract String name();

}
