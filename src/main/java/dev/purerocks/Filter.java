package dev.purerocks;

/** Mirrors RocksJava's {@code Filter}. */
public abstract class Filter extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected Filter(final long value) {
    super(NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal() {
    // nothing native to free
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

}
