package dev.purerocks;

/** Mirrors RocksJava's {@code Transaction}. */
public class Transaction extends RocksObject {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  Transaction() {
    super(NativeHandles.next());
  }

  private long lockTimeout;
  private long logNumber;
  private String name;
  private AbstractTransactionNotifier snapshotOnNextOperation;
  private WriteOptions writeOptions;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void clearSnapshot() {
    throw Unsupported.unchecked("Transaction.clearSnapshot");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void commit() throws RocksDBException {
    throw Unsupported.feature("Transaction.commit");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final byte[] value) throws RocksDBException {
    throw Unsupported.feature("Transaction.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final byte[][] value) throws RocksDBException {
    throw Unsupported.feature("Transaction.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final ColumnFamilyHandle p0, final byte[] p1, final boolean p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final ColumnFamilyHandle p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("Transaction.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final ColumnFamilyHandle p0, final byte[][] p1, final boolean p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final ColumnFamilyHandle p0, final byte[][] p1) throws RocksDBException {
    throw Unsupported.feature("Transaction.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void deleteUntracked(final byte[] value) throws RocksDBException {
    throw Unsupported.feature("Transaction.deleteUntracked");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void deleteUntracked(final byte[][] value) throws RocksDBException {
    throw Unsupported.feature("Transaction.deleteUntracked");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void deleteUntracked(final ColumnFamilyHandle p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("Transaction.deleteUntracked");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void deleteUntracked(final ColumnFamilyHandle p0, final byte[][] p1) throws RocksDBException {
    throw Unsupported.feature("Transaction.deleteUntracked");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void disableIndexing() {
    throw Unsupported.unchecked("Transaction.disableIndexing");
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void enableIndexing() {
    throw Unsupported.unchecked("Transaction.enableIndexing");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] get(final ColumnFamilyHandle p0, final ReadOptions p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public GetStatus get(final ReadOptions p0, final byte[] p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] get(final ReadOptions p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("Transaction.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public GetStatus get(final ReadOptions p0, final java.nio.ByteBuffer p1, final java.nio.ByteBuffer p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public GetStatus get(final ReadOptions p0, final ColumnFamilyHandle p1, final byte[] p2, final byte[] p3) throws RocksDBException {
    throw Unsupported.feature("Transaction.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] get(final ReadOptions p0, final ColumnFamilyHandle p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public GetStatus get(final ReadOptions p0, final ColumnFamilyHandle p1, final java.nio.ByteBuffer p2, final java.nio.ByteBuffer p3) throws RocksDBException {
    throw Unsupported.feature("Transaction.get");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public WriteBatch getCommitTimeWriteBatch() {
    throw Unsupported.unchecked("Transaction.getCommitTimeWriteBatch");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getElapsedTime() {
    throw Unsupported.unchecked("Transaction.getElapsedTime");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] getForUpdate(final ReadOptions p0, final byte[] p1, final boolean p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.getForUpdate");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public GetStatus getForUpdate(final ReadOptions p0, final byte[] p1, final byte[] p2, final boolean p3) throws RocksDBException {
    throw Unsupported.feature("Transaction.getForUpdate");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public GetStatus getForUpdate(final ReadOptions p0, final java.nio.ByteBuffer p1, final java.nio.ByteBuffer p2, final boolean p3) throws RocksDBException {
    throw Unsupported.feature("Transaction.getForUpdate");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] getForUpdate(final ReadOptions p0, final ColumnFamilyHandle p1, final byte[] p2, final boolean p3, final boolean p4) throws RocksDBException {
    throw Unsupported.feature("Transaction.getForUpdate");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] getForUpdate(final ReadOptions p0, final ColumnFamilyHandle p1, final byte[] p2, final boolean p3) throws RocksDBException {
    throw Unsupported.feature("Transaction.getForUpdate");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public GetStatus getForUpdate(final ReadOptions p0, final ColumnFamilyHandle p1, final byte[] p2, final byte[] p3, final boolean p4, final boolean p5) throws RocksDBException {
    throw Unsupported.feature("Transaction.getForUpdate");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public GetStatus getForUpdate(final ReadOptions p0, final ColumnFamilyHandle p1, final byte[] p2, final byte[] p3, final boolean p4) throws RocksDBException {
    throw Unsupported.feature("Transaction.getForUpdate");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public GetStatus getForUpdate(final ReadOptions p0, final ColumnFamilyHandle p1, final java.nio.ByteBuffer p2, final java.nio.ByteBuffer p3, final boolean p4, final boolean p5) throws RocksDBException {
    throw Unsupported.feature("Transaction.getForUpdate");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public GetStatus getForUpdate(final ReadOptions p0, final ColumnFamilyHandle p1, final java.nio.ByteBuffer p2, final java.nio.ByteBuffer p3, final boolean p4) throws RocksDBException {
    throw Unsupported.feature("Transaction.getForUpdate");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getID() {
    throw Unsupported.unchecked("Transaction.getID");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getId() {
    throw Unsupported.unchecked("Transaction.getId");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public RocksIterator getIterator() {
    throw Unsupported.unchecked("Transaction.getIterator");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public RocksIterator getIterator(final ColumnFamilyHandle value) {
    throw Unsupported.unchecked("Transaction.getIterator");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public RocksIterator getIterator(final ReadOptions p0, final ColumnFamilyHandle p1) {
    throw Unsupported.unchecked("Transaction.getIterator");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public RocksIterator getIterator(final ReadOptions value) {
    throw Unsupported.unchecked("Transaction.getIterator");
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long getLogNumber() {
    return logNumber;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public String getName() {
    return name;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getNumDeletes() {
    throw Unsupported.unchecked("Transaction.getNumDeletes");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getNumKeys() {
    throw Unsupported.unchecked("Transaction.getNumKeys");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getNumMerges() {
    throw Unsupported.unchecked("Transaction.getNumMerges");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getNumPuts() {
    throw Unsupported.unchecked("Transaction.getNumPuts");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Snapshot getSnapshot() {
    throw Unsupported.unchecked("Transaction.getSnapshot");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Transaction.TransactionState getState() {
    throw Unsupported.unchecked("Transaction.getState");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Transaction.WaitingTransactions getWaitingTxns() {
    throw Unsupported.unchecked("Transaction.getWaitingTxns");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public WriteBatchWithIndex getWriteBatch() {
    throw Unsupported.unchecked("Transaction.getWriteBatch");
  }

  /** Returns the stored value (RocksJava's default until set). */
  public WriteOptions getWriteOptions() {
    return writeOptions;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean isDeadlockDetect() {
    throw Unsupported.unchecked("Transaction.isDeadlockDetect");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final byte[] p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("Transaction.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final java.nio.ByteBuffer p0, final java.nio.ByteBuffer p1) throws RocksDBException {
    throw Unsupported.feature("Transaction.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2, final boolean p3) throws RocksDBException {
    throw Unsupported.feature("Transaction.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final ColumnFamilyHandle p0, final java.nio.ByteBuffer p1, final java.nio.ByteBuffer p2, final boolean p3) throws RocksDBException {
    throw Unsupported.feature("Transaction.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final ColumnFamilyHandle p0, final java.nio.ByteBuffer p1, final java.nio.ByteBuffer p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void mergeUntracked(final byte[] p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("Transaction.mergeUntracked");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void mergeUntracked(final java.nio.ByteBuffer p0, final java.nio.ByteBuffer p1) throws RocksDBException {
    throw Unsupported.feature("Transaction.mergeUntracked");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void mergeUntracked(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.mergeUntracked");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void mergeUntracked(final ColumnFamilyHandle p0, final java.nio.ByteBuffer p1, final java.nio.ByteBuffer p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.mergeUntracked");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[][] multiGet(final ReadOptions p0, final byte[][] p1) throws RocksDBException {
    throw Unsupported.feature("Transaction.multiGet");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[][] multiGet(final ReadOptions p0, final java.util.List<ColumnFamilyHandle> p1, final byte[][] p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.multiGet");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<byte[]> multiGetAsList(final ReadOptions p0, final ColumnFamilyHandle p1, final java.util.List<byte[]> p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.multiGetAsList");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<byte[]> multiGetAsList(final ReadOptions p0, final java.util.List<ColumnFamilyHandle> p1, final java.util.List<byte[]> p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.multiGetAsList");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<byte[]> multiGetAsList(final ReadOptions p0, final java.util.List<byte[]> p1) throws RocksDBException {
    throw Unsupported.feature("Transaction.multiGetAsList");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[][] multiGetForUpdate(final ReadOptions p0, final byte[][] p1) throws RocksDBException {
    throw Unsupported.feature("Transaction.multiGetForUpdate");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[][] multiGetForUpdate(final ReadOptions p0, final java.util.List<ColumnFamilyHandle> p1, final byte[][] p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.multiGetForUpdate");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<byte[]> multiGetForUpdateAsList(final ReadOptions p0, final java.util.List<ColumnFamilyHandle> p1, final java.util.List<byte[]> p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.multiGetForUpdateAsList");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<byte[]> multiGetForUpdateAsList(final ReadOptions p0, final java.util.List<byte[]> p1) throws RocksDBException {
    throw Unsupported.feature("Transaction.multiGetForUpdateAsList");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void prepare() throws RocksDBException {
    throw Unsupported.feature("Transaction.prepare");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final byte[] p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("Transaction.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final byte[][] p0, final byte[][] p1) throws RocksDBException {
    throw Unsupported.feature("Transaction.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final java.nio.ByteBuffer p0, final java.nio.ByteBuffer p1) throws RocksDBException {
    throw Unsupported.feature("Transaction.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2, final boolean p3) throws RocksDBException {
    throw Unsupported.feature("Transaction.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final ColumnFamilyHandle p0, final byte[][] p1, final byte[][] p2, final boolean p3) throws RocksDBException {
    throw Unsupported.feature("Transaction.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final ColumnFamilyHandle p0, final byte[][] p1, final byte[][] p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final ColumnFamilyHandle p0, final java.nio.ByteBuffer p1, final java.nio.ByteBuffer p2, final boolean p3) throws RocksDBException {
    throw Unsupported.feature("Transaction.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final ColumnFamilyHandle p0, final java.nio.ByteBuffer p1, final java.nio.ByteBuffer p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void putLogData(final byte[] value) {
    throw Unsupported.unchecked("Transaction.putLogData");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void putUntracked(final byte[] p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("Transaction.putUntracked");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void putUntracked(final byte[][] p0, final byte[][] p1) throws RocksDBException {
    throw Unsupported.feature("Transaction.putUntracked");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void putUntracked(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.putUntracked");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void putUntracked(final ColumnFamilyHandle p0, final byte[][] p1, final byte[][] p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.putUntracked");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void rebuildFromWriteBatch(final WriteBatch value) throws RocksDBException {
    throw Unsupported.feature("Transaction.rebuildFromWriteBatch");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void rollback() throws RocksDBException {
    throw Unsupported.feature("Transaction.rollback");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void rollbackToSavePoint() throws RocksDBException {
    throw Unsupported.feature("Transaction.rollbackToSavePoint");
  }

  /** Stores the value for the engine. */
  public void setLockTimeout(final long value) {
    this.lockTimeout = value;
  }

  /** Stores the value; see the matching getter. */
  public void setLogNumber(final long value) {
    this.logNumber = value;
  }

  /** Stores the value; see the matching getter. */
  public void setName(final String value) throws RocksDBException {
    this.name = value;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void setSavePoint() throws RocksDBException {
    throw Unsupported.feature("Transaction.setSavePoint");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void setSnapshot() {
    throw Unsupported.unchecked("Transaction.setSnapshot");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void setSnapshotOnNextOperation() {
    throw Unsupported.unchecked("Transaction.setSnapshotOnNextOperation");
  }

  /** Stores the value for the engine. */
  public void setSnapshotOnNextOperation(final AbstractTransactionNotifier value) {
    this.snapshotOnNextOperation = value;
  }

  /** Stores the value; see the matching getter. */
  public void setWriteOptions(final WriteOptions value) {
    this.writeOptions = value;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void singleDelete(final byte[] value) throws RocksDBException {
    throw Unsupported.feature("Transaction.singleDelete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void singleDelete(final byte[][] value) throws RocksDBException {
    throw Unsupported.feature("Transaction.singleDelete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void singleDelete(final ColumnFamilyHandle p0, final byte[] p1, final boolean p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.singleDelete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void singleDelete(final ColumnFamilyHandle p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("Transaction.singleDelete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void singleDelete(final ColumnFamilyHandle p0, final byte[][] p1, final boolean p2) throws RocksDBException {
    throw Unsupported.feature("Transaction.singleDelete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void singleDelete(final ColumnFamilyHandle p0, final byte[][] p1) throws RocksDBException {
    throw Unsupported.feature("Transaction.singleDelete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void undoGetForUpdate(final byte[] value) {
    throw Unsupported.unchecked("Transaction.undoGetForUpdate");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void undoGetForUpdate(final ColumnFamilyHandle p0, final byte[] p1) {
    throw Unsupported.unchecked("Transaction.undoGetForUpdate");
  }

  /** Mirrors RocksJava's {@code WaitingTransactions}. */
  public static class WaitingTransactions {
    /** Not for callers: RocksJava gives this class no accessible constructor. */
    WaitingTransactions() {
      
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public long getColumnFamilyId() {
      throw Unsupported.unchecked("WaitingTransactions.getColumnFamilyId");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public String getKey() {
      throw Unsupported.unchecked("WaitingTransactions.getKey");
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    public long[] getTransactionIds() {
      throw Unsupported.unchecked("WaitingTransactions.getTransactionIds");
    }

  }
  /** Mirrors RocksJava's {@code TransactionState}. */
  public enum TransactionState {
    STARTED,
    AWAITING_PREPARE,
    PREPARED,
    AWAITING_COMMIT,
    COMMITTED,
    AWAITING_ROLLBACK,
    ROLLEDBACK,
    LOCKS_STOLEN;

    /** Same value as RocksJava's. */
    public static final Transaction.TransactionState COMMITED = Transaction.TransactionState.COMMITTED;

    /** Looks a constant up as RocksJava does. */
    public static Transaction.TransactionState getTransactionState(final byte value) {
      if (value >= 0 && value < values().length) {
        return values()[value];
      }
      throw new IllegalArgumentException("Illegal value provided for TransactionState.");
    }

  }
}
