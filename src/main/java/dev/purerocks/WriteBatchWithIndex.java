package dev.purerocks;

/** Mirrors RocksJava's {@code WriteBatchWithIndex}. */
public class WriteBatchWithIndex extends AbstractWriteBatch {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public WriteBatchWithIndex() {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public WriteBatchWithIndex(final boolean value) {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public WriteBatchWithIndex(final AbstractComparator p0, final int p1, final boolean p2) {
    super(NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] getFromBatch(final ColumnFamilyHandle p0, final DBOptions p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("WriteBatchWithIndex.getFromBatch");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] getFromBatch(final DBOptions p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("WriteBatchWithIndex.getFromBatch");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] getFromBatchAndDB(final RocksDB p0, final ColumnFamilyHandle p1, final ReadOptions p2, final byte[] p3) throws RocksDBException {
    throw Unsupported.feature("WriteBatchWithIndex.getFromBatchAndDB");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] getFromBatchAndDB(final RocksDB p0, final ReadOptions p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("WriteBatchWithIndex.getFromBatchAndDB");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public WBWIRocksIterator newIterator() {
    throw Unsupported.unchecked("WriteBatchWithIndex.newIterator");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public WBWIRocksIterator newIterator(final ColumnFamilyHandle value) {
    throw Unsupported.unchecked("WriteBatchWithIndex.newIterator");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public RocksIterator newIteratorWithBase(final ColumnFamilyHandle p0, final RocksIterator p1, final ReadOptions p2) {
    throw Unsupported.unchecked("WriteBatchWithIndex.newIteratorWithBase");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public RocksIterator newIteratorWithBase(final ColumnFamilyHandle p0, final RocksIterator p1) {
    throw Unsupported.unchecked("WriteBatchWithIndex.newIteratorWithBase");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public RocksIterator newIteratorWithBase(final RocksIterator p0, final ReadOptions p1) {
    throw Unsupported.unchecked("WriteBatchWithIndex.newIteratorWithBase");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public RocksIterator newIteratorWithBase(final RocksIterator value) {
    throw Unsupported.unchecked("WriteBatchWithIndex.newIteratorWithBase");
  }

}
