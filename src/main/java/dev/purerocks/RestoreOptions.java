package dev.purerocks;

/** Mirrors RocksJava's {@code RestoreOptions}. */
public class RestoreOptions extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public RestoreOptions(final boolean value) {
    super(NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

}
