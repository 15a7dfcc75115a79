package dev.purerocks;

/**
 * Base of the write batches: the mutators shared by {@link WriteBatch} and the indexed batch.
 * Mirrors {@code org.rocksdb.AbstractWriteBatch}.
 */
public abstract class AbstractWriteBatch extends RocksObject implements WriteBatchInterface {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected AbstractWriteBatch(final long value) {
    super(NativeHandles.next());
  }

  private long maxBytes;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void clear() {
    throw Unsupported.unchecked("AbstractWriteBatch.clear");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int count() {
    throw Unsupported.unchecked("AbstractWriteBatch.count");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final byte[] value) throws RocksDBException {
    throw Unsupported.feature("AbstractWriteBatch.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final java.nio.ByteBuffer value) throws RocksDBException {
    throw Unsupported.feature("AbstractWriteBatch.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final ColumnFamilyHandle p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("AbstractWriteBatch.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void delete(final ColumnFamilyHandle p0, final java.nio.ByteBuffer p1) throws RocksDBException {
    throw Unsupported.feature("AbstractWriteBatch.delete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void deleteRange(final byte[] p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("AbstractWriteBatch.deleteRange");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void deleteRange(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("AbstractWriteBatch.deleteRange");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public WriteBatch getWriteBatch() {
    throw Unsupported.unchecked("AbstractWriteBatch.getWriteBatch");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final byte[] p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("AbstractWriteBatch.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void merge(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("AbstractWriteBatch.merge");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void popSavePoint() throws RocksDBException {
    throw Unsupported.feature("AbstractWriteBatch.popSavePoint");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final byte[] p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("AbstractWriteBatch.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final java.nio.ByteBuffer p0, final java.nio.ByteBuffer p1) throws RocksDBException {
    throw Unsupported.feature("AbstractWriteBatch.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2) throws RocksDBException {
    throw Unsupported.feature("AbstractWriteBatch.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void put(final ColumnFamilyHandle p0, final java.nio.ByteBuffer p1, final java.nio.ByteBuffer p2) throws RocksDBException {
    throw Unsupported.feature("AbstractWriteBatch.put");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void putLogData(final byte[] value) throws RocksDBException {
    throw Unsupported.feature("AbstractWriteBatch.putLogData");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void rollbackToSavePoint() throws RocksDBException {
    throw Unsupported.feature("AbstractWriteBatch.rollbackToSavePoint");
  }

  /** Stores the value for the engine. */
  public void setMaxBytes(final long value) {
    this.maxBytes = value;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void setSavePoint() {
    throw Unsupported.unchecked("AbstractWriteBatch.setSavePoint");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void singleDelete(final byte[] value) throws RocksDBException {
    throw Unsupported.feature("AbstractWriteBatch.singleDelete");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void singleDelete(final ColumnFamilyHandle p0, final byte[] p1) throws RocksDBException {
    throw Unsupported.feature("AbstractWriteBatch.singleDelete");
  }

}
