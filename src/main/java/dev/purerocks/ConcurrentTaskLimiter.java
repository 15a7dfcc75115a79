package dev.purerocks;

/** Mirrors RocksJava's {@code ConcurrentTaskLimiter}. */
public abstract class ConcurrentTaskLimiter extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected ConcurrentTaskLimiter(final long value) {
    super(NativeHandles.next());
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public abstract String name();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public abstract int outstandingTask();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public abstract ConcurrentTaskLimiter resetMaxOutstandingTask();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public abstract ConcurrentTaskLimiter setMaxOutstandingTask(final int value);

}
