package dev.purerocks;

/** Mirrors RocksJava's {@code TransactionDB}. */
public class TransactionDB extends RocksDB implements TransactionalDB<TransactionOptions> {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  TransactionDB() {
    super(NativeHandles.next());
  }

  private int deadlockInfoBufferSize;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Transaction beginTransaction(final WriteOptions p0, final TransactionOptions p1, final Transaction p2) {
    throw Unsupported.unchecked("TransactionDB.beginTransaction");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Transaction beginTransaction(final WriteOptions p0, final TransactionOptions p1) {
    throw Unsupported.unchecked("TransactionDB.beginTransaction");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Transaction beginTransaction(final WriteOptions p0, final Transaction p1) {
    throw Unsupported.unchecked("TransactionDB.beginTransaction");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Transaction beginTransaction(final WriteOptions value) {
    throw Unsupported.unchecked("TransactionDB.beginTransaction");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void close() {
    throw Unsupported.unchecked("TransactionDB.close");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void closeE() throws RocksDBException {
    throw Unsupported.feature("TransactionDB.closeE");
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<Transaction> getAllPreparedTransactions() {
    throw Unsupported.unchecked("TransactionDB.getAllPreparedTransactions");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public TransactionDB.DeadlockPath[] getDeadlockInfoBuffer() {
    throw Unsupported.unchecked("TransactionDB.getDeadlockInfoBuffer");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.Map<Long, TransactionDB.KeyLockInfo> getLockStatusData() {
    throw Unsupported.unchecked("TransactionDB.getLockStatusData");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Transaction getTransactionByName(final String value) {
    throw Unsupported.unchecked("TransactionDB.getTransactionByName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static TransactionDB open(final DBOptions p0, final TransactionDBOptions p1, final String p2, final java.util.List<ColumnFamilyDescriptor> p3, final java.util.List<ColumnFamilyHandle> p4) throws RocksDBException {
    throw Unsupported.feature("TransactionDB.open");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static TransactionDB open(final Options p0, final TransactionDBOptions p1, final String p2) throws RocksDBException {
    throw Unsupported.feature("TransactionDB.open");
  }

  /** Stores the value for the engine. */
  public void setDeadlockInfoBufferSize(final int value) {
    this.deadlockInfoBufferSize = value;
  }

  /** Mirrors RocksJava's {@code DeadlockPath}. */
  public static class DeadlockPath {
    /** Creates the object; parameters are kept where RocksJava keeps them. */
    public DeadlockPath(final TransactionDB.DeadlockInfo[] p0, final boolean p1) {
      
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public boolean isEmpty() {
      throw Unsupported.unchecked("DeadlockPath.isEmpty");
    }

  }
  /** Mirrors RocksJava's {@code DeadlockInfo}. */
  public static class DeadlockInfo {
    /** Not for callers: RocksJava gives this class no accessible constructor. */
    DeadlockInfo() {
      
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public long getColumnFamilyId() {
      throw Unsupported.unchecked("DeadlockInfo.getColumnFamilyId");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public long getTransactionID() {
      throw Unsupported.unchecked("DeadlockInfo.getTransactionID");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public String getWaitingKey() {
      throw Unsupported.unchecked("DeadlockInfo.getWaitingKey");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public boolean isExclusive() {
      throw Unsupported.unchecked("DeadlockInfo.isExclusive");
    }

  }
  /** Mirrors RocksJava's {@code KeyLockInfo}. */
  public static class KeyLockInfo {
    /** Creates the object; parameters are kept where RocksJava keeps them. */
    public KeyLockInfo(final String p0, final long[] p1, final boolean p2) {
      
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public String getKey() {
      throw Unsupported.unchecked("KeyLockInfo.getKey");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public long[] getTransactionIDs() {
      throw Unsupported.unchecked("KeyLockInfo.getTransactionIDs");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public boolean isExclusive() {
      throw Unsupported.unchecked("KeyLockInfo.isExclusive");
    }

  }
}
