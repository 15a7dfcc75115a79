package dev.purerocks;

/** Mirrors RocksJava's {@code ConcurrentTaskLimiter}. */
public abstract class ConcurrentTaskLimiter extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected ConcurrentTaskLimiter(final long value) {
    super(NativeHandles.next());
  }

  /** Implemented by subclasses. */
  public abstract String name();

  /** Implemented by subclasses. */
  public abstract int outstandingTask();

  /** Implemented by subclasses. */
  public abstract ConcurrentTaskLimiter resetMaxOutstandingTask();

  /** Implemented by subclasses. */
  public abstract ConcurrentTaskLimiter setMaxOutstandingTask(final int value);

}
