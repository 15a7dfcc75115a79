package dev.purerocks;

/** Mirrors RocksJava's {@code ClockCache}. */
public class ClockCache extends Cache {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public ClockCache(final long p0, final int p1, final boolean p2) {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public ClockCache(final long p0, final int p1) {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public ClockCache(final long value) {
    super(NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

}
