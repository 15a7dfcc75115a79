package dev.purerocks;

/** Mirrors RocksJava's {@code AbstractTraceWriter}. */
public abstract class AbstractTraceWriter extends RocksCallbackObject implements TraceWriter {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public AbstractTraceWriter() {
    super();
  }

  /** Returns a fresh handle id: there is no native peer. */
  protected long initializeNative(final long... value) {
    return NativeHandles.next();
  }

}
