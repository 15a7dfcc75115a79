package dev.purerocks;

/** Mirrors RocksJava's {@code TransactionOptions}. */
public class TransactionOptions extends RocksObject implements TransactionalOptions<TransactionOptions> {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public TransactionOptions() {
    super(NativeHandles.next());
  }

  private boolean deadlockDetect = false;
  private long deadlockDetectDepth = 50L;
  private long expiration = -1L;
  private long lockTimeout = -1L;
  private long maxWriteBatchSize = 0L;
  private boolean setSnapshot = false;

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long getDeadlockDetectDepth() {
    return deadlockDetectDepth;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long getExpiration() {
    return expiration;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long getLockTimeout() {
    return lockTimeout;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long getMaxWriteBatchSize() {
    return maxWriteBatchSize;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean isDeadlockDetect() {
    return deadlockDetect;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean isSetSnapshot() {
    return setSnapshot;
  }

  /** Stores the value; see the matching getter. */
  public TransactionOptions setDeadlockDetect(final boolean value) {
    this.deadlockDetect = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public TransactionOptions setDeadlockDetectDepth(final long value) {
    this.deadlockDetectDepth = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public TransactionOptions setExpiration(final long value) {
    this.expiration = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public TransactionOptions setLockTimeout(final long value) {
    this.lockTimeout = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public TransactionOptions setMaxWriteBatchSize(final long value) {
    this.maxWriteBatchSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public TransactionOptions setSetSnapshot(final boolean value) {
    this.setSnapshot = value;
    return this;
  }

}
