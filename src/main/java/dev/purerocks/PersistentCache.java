package dev.purerocks;

/** Mirrors RocksJava's {@code PersistentCache}. */
public class PersistentCache extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public PersistentCache(final Env p0, final String p1, final long p2, final Logger p3, final boolean p4) throws RocksDBException {
    super(NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

}
