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
  public WriteBatch getWriteBatch() {
    throw Unsupported.unchecked("AbstractWriteBatch.getWriteBatch");
  }

  // ===== engine wiring: the batch is a WriteBatchRep in RocksDB's byte format ===============

  /** The representation; replaced only by the byte[] constructor of WriteBatch. */
  dev.purerocks.internal.db.WriteBatchRep rep = new dev.purerocks.internal.db.WriteBatchRep();

  /** The representation, checked for use after close (RocksJava crashes there). */
  final dev.purerocks.internal.db.WriteBatchRep rep() {
    if (!isOwningHandle()) {
      throw Statuses.closed(getClass().getSimpleName());
    }
    return rep;
  }

  /** The column family id of a handle for a batch record (no DB check: batches are DB-free). */
  static int batchCf(final ColumnFamilyHandle h) {
    if (h == null) {
      throw new NullPointerException("columnFamilyHandle");
    }
    if (!h.usable()) {
      throw Statuses.closed("ColumnFamilyHandle");
    }
    return h.getID();
  }

  static RocksDBException mapped(final dev.purerocks.internal.db.DbStatusException e) {
    return Statuses.toException(e);
  }

  public int count() {
    return rep().count();
  }

  public void clear() {
    rep().clear();
  }

  public void put(final byte[] key, final byte[] value) throws RocksDBException {
    putImpl(0, key, value);
  }

  public void put(final ColumnFamilyHandle columnFamilyHandle, final byte[] key,
      final byte[] value) throws RocksDBException {
    putImpl(batchCf(columnFamilyHandle), key, value);
  }

  public void put(final java.nio.ByteBuffer key, final java.nio.ByteBuffer value)
      throws RocksDBException {
    putImpl(0, RocksDB.remainingBytes(key), RocksDB.remainingBytes(value));
    key.position(key.limit());
    value.position(value.limit());
  }

  public void put(final ColumnFamilyHandle columnFamilyHandle, final java.nio.ByteBuffer key,
      final java.nio.ByteBuffer value) throws RocksDBException {
    putImpl(batchCf(columnFamilyHandle), RocksDB.remainingBytes(key),
        RocksDB.remainingBytes(value));
    key.position(key.limit());
    value.position(value.limit());
  }

  private void putImpl(final int cf, final byte[] key, final byte[] value)
      throws RocksDBException {
    final int kl = key.length;
    final int vl = value.length;
    try {
      rep().put(cf, key, 0, kl, value, 0, vl);
    } catch (dev.purerocks.internal.db.DbStatusException e) {
      throw mapped(e);
    }
  }

  public void merge(final byte[] key, final byte[] value) throws RocksDBException {
    mergeImpl(0, key, value);
  }

  public void merge(final ColumnFamilyHandle columnFamilyHandle, final byte[] key,
      final byte[] value) throws RocksDBException {
    mergeImpl(batchCf(columnFamilyHandle), key, value);
  }

  private void mergeImpl(final int cf, final byte[] key, final byte[] value)
      throws RocksDBException {
    final int kl = key.length;
    final int vl = value.length;
    try {
      rep().merge(cf, key, 0, kl, value, 0, vl);
    } catch (dev.purerocks.internal.db.DbStatusException e) {
      throw mapped(e);
    }
  }

  public void delete(final byte[] key) throws RocksDBException {
    deleteImpl(0, key);
  }

  public void delete(final ColumnFamilyHandle columnFamilyHandle, final byte[] key)
      throws RocksDBException {
    deleteImpl(batchCf(columnFamilyHandle), key);
  }

  public void delete(final java.nio.ByteBuffer key) throws RocksDBException {
    deleteImpl(0, RocksDB.remainingBytes(key));
    key.position(key.limit());
  }

  public void delete(final ColumnFamilyHandle columnFamilyHandle, final java.nio.ByteBuffer key)
      throws RocksDBException {
    deleteImpl(batchCf(columnFamilyHandle), RocksDB.remainingBytes(key));
    key.position(key.limit());
  }

  private void deleteImpl(final int cf, final byte[] key) throws RocksDBException {
    final int kl = key.length;
    try {
      rep().delete(cf, key, 0, kl);
    } catch (dev.purerocks.internal.db.DbStatusException e) {
      throw mapped(e);
    }
  }

  public void singleDelete(final byte[] key) throws RocksDBException {
    singleDeleteImpl(0, key);
  }

  public void singleDelete(final ColumnFamilyHandle columnFamilyHandle, final byte[] key)
      throws RocksDBException {
    singleDeleteImpl(batchCf(columnFamilyHandle), key);
  }

  private void singleDeleteImpl(final int cf, final byte[] key) throws RocksDBException {
    final int kl = key.length;
    try {
      rep().singleDelete(cf, key, 0, kl);
    } catch (dev.purerocks.internal.db.DbStatusException e) {
      throw mapped(e);
    }
  }

  public void deleteRange(final byte[] beginKey, final byte[] endKey) throws RocksDBException {
    deleteRangeImpl(0, beginKey, endKey);
  }

  public void deleteRange(final ColumnFamilyHandle columnFamilyHandle, final byte[] beginKey,
      final byte[] endKey) throws RocksDBException {
    deleteRangeImpl(batchCf(columnFamilyHandle), beginKey, endKey);
  }

  private void deleteRangeImpl(final int cf, final byte[] beginKey, final byte[] endKey)
      throws RocksDBException {
    final int bl = beginKey.length;
    final int el = endKey.length;
    try {
      rep().deleteRange(cf, beginKey, 0, bl, endKey, 0, el);
    } catch (dev.purerocks.internal.db.DbStatusException e) {
      throw mapped(e);
    }
  }

  public void putLogData(final byte[] blob) throws RocksDBException {
    final int bl = blob.length;
    try {
      rep().putLogData(blob, 0, bl);
    } catch (dev.purerocks.internal.db.DbStatusException e) {
      throw mapped(e);
    }
  }

  public void setSavePoint() {
    rep().setSavePoint();
  }

  public void rollbackToSavePoint() throws RocksDBException {
    try {
      rep().rollbackToSavePoint();
    } catch (dev.purerocks.internal.db.DbStatusException e) {
      throw mapped(e);
    }
  }

  public void popSavePoint() throws RocksDBException {
    try {
      rep().popSavePoint();
    } catch (dev.purerocks.internal.db.DbStatusException e) {
      throw mapped(e);
    }
  }

  public void setMaxBytes(final long maxBytes) {
    rep().setMaxBytes(maxBytes);
  }

}
