package dev.purerocks;

/** Mirrors RocksJava's {@code TransactionDBOptions}. */
public class TransactionDBOptions extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public TransactionDBOptions() {
    super(NativeHandles.next());
  }

  private long defaultLockTimeout = 1000L;
  private long maxNumLocks = -1L;
  private long numStripes = 16L;
  private long transactionLockTimeout = 1000L;
  private TxnDBWritePolicy writePolicy = TxnDBWritePolicy.WRITE_COMMITTED;

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long getDefaultLockTimeout() {
    return defaultLockTimeout;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long getMaxNumLocks() {
    return maxNumLocks;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long getNumStripes() {
    return numStripes;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long getTransactionLockTimeout() {
    return transactionLockTimeout;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public TxnDBWritePolicy getWritePolicy() {
    return writePolicy;
  }

  /** Stores the value; see the matching getter. */
  public TransactionDBOptions setDefaultLockTimeout(final long value) {
    this.defaultLockTimeout = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public TransactionDBOptions setMaxNumLocks(final long value) {
    this.maxNumLocks = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public TransactionDBOptions setNumStripes(final long value) {
    this.numStripes = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public TransactionDBOptions setTransactionLockTimeout(final long value) {
    this.transactionLockTimeout = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public TransactionDBOptions setWritePolicy(final TxnDBWritePolicy value) {
    java.util.Objects.requireNonNull(value);
    this.writePolicy = value;
    return this;
  }

}
