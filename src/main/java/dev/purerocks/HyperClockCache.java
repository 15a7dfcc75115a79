package dev.purerocks;

/** Mirrors RocksJava's {@code HyperClockCache}. */
public class HyperClockCache extends Cache {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public HyperClockCache(final long p0, final long p1, final int p2, final boolean p3) {
    super(NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal(final long value) {
    // nothing native to free
  }

}
