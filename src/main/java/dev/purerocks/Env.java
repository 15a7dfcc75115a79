package dev.purerocks;

/**
 * The platform environment a database runs in. Mirrors {@code org.rocksdb.Env}: PureRocks runs no
 * background threads, so the thread-pool settings are stored and reported but change nothing; the
 * default environment is one shared {@link RocksEnv}.
 */
public abstract class Env extends RocksObject {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  Env() {
    super(NativeHandles.next());
  }

  private static final Env DEFAULT = new RocksEnv();

  /** Background thread counts per priority (BOTTOM, LOW, HIGH, USER); stored, never used. */
  private final int[] backgroundThreads = new int[4];

  /** Behaves as RocksJava's member of the same name. */
  public int getBackgroundThreads(final Priority value) {
    return backgroundThreads[value.ordinal()];
  }

  /** Behaves as RocksJava's member of the same name. */
  public static Env getDefault() {
    return DEFAULT;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<ThreadStatus> getThreadList() throws RocksDBException {
    throw Unsupported.feature("Env.getThreadList");
  }

  /** Behaves as RocksJava's member of the same name. */
  public int getThreadPoolQueueLen(final Priority value) {
    java.util.Objects.requireNonNull(value);
    return 0; // no background work is ever queued
  }

  /** Behaves as RocksJava's member of the same name. */
  public Env incBackgroundThreadsIfNeeded(final int p0, final Priority p1) {
    final int i = p1.ordinal();
    backgroundThreads[i] = Math.max(backgroundThreads[i], p0);
    return this;
  }

  /** Behaves as RocksJava's member of the same name. */
  public Env lowerThreadPoolCPUPriority(final Priority value) {
    java.util.Objects.requireNonNull(value);
    return this;
  }

  /** Behaves as RocksJava's member of the same name. */
  public Env lowerThreadPoolIOPriority(final Priority value) {
    java.util.Objects.requireNonNull(value);
    return this;
  }

  /** Behaves as RocksJava's member of the same name. */
  public Env setBackgroundThreads(final int p0, final Priority p1) {
    backgroundThreads[p1.ordinal()] = p0;
    return this;
  }

  /** Stores the value for the engine. */
  public Env setBackgroundThreads(final int value) {
    return setBackgroundThreads(value, Priority.LOW);
  }

}
