package dev.purerocks;

/** Mirrors RocksJava's {@code ConcurrentTaskLimiterImpl}. */
public class ConcurrentTaskLimiterImpl extends ConcurrentTaskLimiter {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public ConcurrentTaskLimiterImpl(final String p0, final int p1) {
    super(NativeHandles.next());
    this.name = p0;
    this.maxOutstandingTask = p1;
  }

  private final String name;
  private int maxOutstandingTask;

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Behaves as RocksJava's member of the same name. */
  public String name() {
    return name;
  }

  /** Behaves as RocksJava's member of the same name. */
  public int outstandingTask() {
    return 0; // no background compactions run
  }

  /** Behaves as RocksJava's member of the same name. */
  public ConcurrentTaskLimiter resetMaxOutstandingTask() {
    this.maxOutstandingTask = -1;
    return this;
  }

  /** Stores the value for the engine. */
  public ConcurrentTaskLimiter setMaxOutstandingTask(final int value) {
    this.maxOutstandingTask = value;
    return this;
  }

}
