package dev.purerocks;

/** Mirrors RocksJava's {@code ConcurrentTaskLimiterImpl}. */
public class ConcurrentTaskLimiterImpl extends ConcurrentTaskLimiter {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public ConcurrentTaskLimiterImpl(final String p0, final int p1) {
    super(NativeHandles.next());
  }

  private int maxOutstandingTask;

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String name() {
    throw Unsupported.unchecked("ConcurrentTaskLimiterImpl.name");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int outstandingTask() {
    throw Unsupported.unchecked("ConcurrentTaskLimiterImpl.outstandingTask");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ConcurrentTaskLimiter resetMaxOutstandingTask() {
    throw Unsupported.unchecked("ConcurrentTaskLimiterImpl.resetMaxOutstandingTask");
  }

  /** Stores the value for the engine. */
  public ConcurrentTaskLimiter setMaxOutstandingTask(final int value) {
    this.maxOutstandingTask = value;
    return this;
  }

}
