package dev.purerocks;

/** Mirrors RocksJava's {@code LRUCache}. */
public class LRUCache extends Cache {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public LRUCache(final long p0, final int p1, final boolean p2, final double p3, final double p4) {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public LRUCache(final long p0, final int p1, final boolean p2, final double p3) {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public LRUCache(final long p0, final int p1, final boolean p2) {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public LRUCache(final long p0, final int p1) {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public LRUCache(final long value) {
    super(NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

}
