package dev.purerocks;

/** Mirrors RocksJava's {@code Env}. */
public abstract class Env extends RocksObject {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  Env() {
    super(NativeHandles.next());
  }

  private int backgroundThreads;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int getBackgroundThreads(final Priority value) {
    throw Unsupported.unchecked("Env.getBackgroundThreads");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static Env getDefault() {
    throw Unsupported.unchecked("Env.getDefault");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<ThreadStatus> getThreadList() throws RocksDBException {
    throw Unsupported.feature("Env.getThreadList");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int getThreadPoolQueueLen(final Priority value) {
    throw Unsupported.unchecked("Env.getThreadPoolQueueLen");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Env incBackgroundThreadsIfNeeded(final int p0, final Priority p1) {
    throw Unsupported.unchecked("Env.incBackgroundThreadsIfNeeded");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Env lowerThreadPoolCPUPriority(final Priority value) {
    throw Unsupported.unchecked("Env.lowerThreadPoolCPUPriority");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Env lowerThreadPoolIOPriority(final Priority value) {
    throw Unsupported.unchecked("Env.lowerThreadPoolIOPriority");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Env setBackgroundThreads(final int p0, final Priority p1) {
    throw Unsupported.unchecked("Env.setBackgroundThreads");
  }

  /** Stores the value for the engine. */
  public Env setBackgroundThreads(final int value) {
    this.backgroundThreads = value;
    return this;
  }

}
