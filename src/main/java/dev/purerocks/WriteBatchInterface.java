package dev.purerocks;

/**
 * The mutators of every write batch. Mirrors {@code org.rocksdb.WriteBatchInterface}.
 */
public interface WriteBatchInterface {
  /** Implemented by the implementing classes. */
  void clear();

  /** Implemented by the implementing classes. */
  int count();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void delete(final byte[] value) throws RocksDBException;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void delete(final java.nio.ByteBuffer value) throws RocksDBException;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void delete(final ColumnFamilyHandle p0, final byte[] p1) throws RocksDBException;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void delete(final ColumnFamilyHandle p0, final java.nio.ByteBuffer p1) throws RocksDBException;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void deleteRange(final byte[] p0, final byte[] p1) throws RocksDBException;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void deleteRange(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2) throws RocksDBException;

  /** Implemented by the implementing classes. */
  WriteBatch getWriteBatch();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void merge(final byte[] p0, final byte[] p1) throws RocksDBException;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void merge(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2) throws RocksDBException;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void popSavePoint() throws RocksDBException;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void put(final byte[] p0, final byte[] p1) throws RocksDBException;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void put(final java.nio.ByteBuffer p0, final java.nio.ByteBuffer p1) throws RocksDBException;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void put(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2) throws RocksDBException;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void put(final ColumnFamilyHandle p0, final java.nio.ByteBuffer p1, final java.nio.ByteBuffer p2) throws RocksDBException;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void putLogData(final byte[] value) throws RocksDBException;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void rollbackToSavePoint() throws RocksDBException;

  /** Implemented by the implementing classes. */
  void setMaxBytes(final long value);

  /** Implemented by the implementing classes. */
  void setSavePoint();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void singleDelete(final byte[] value) throws RocksDBException;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void singleDelete(final ColumnFamilyHandle p0, final byte[] p1) throws RocksDBException;

}
