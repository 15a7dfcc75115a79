package dev.purerocks;

/** Mirrors RocksJava's {@code WriteBufferManager}. */
public class WriteBufferManager extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public WriteBufferManager(final long p0, final Cache p1, final boolean p2) {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public WriteBufferManager(final long p0, final Cache p1) {
    super(NativeHandles.next());
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean allowStall() {
    throw Unsupported.unchecked("WriteBufferManager.allowStall");
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal(final long value) {
    // nothing native to free
  }

}
