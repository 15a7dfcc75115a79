package dev.purerocks;

/** Mirrors RocksJava's {@code AbstractTransactionNotifier}. */
public abstract class AbstractTransactionNotifier extends RocksCallbackObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected AbstractTransactionNotifier() {
    super();
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal() {
    // nothing native to free
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns a fresh handle id: there is no native peer. */
  protected long initializeNative(final long... value) {
    return NativeHandles.next();
  }

  /** Implemented by subclasses. */
  public abstract void snapshotCreated(final Snapshot value);

}
