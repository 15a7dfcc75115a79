package dev.purerocks;

/**
 * The mutators of every write batch. Mirrors {@code org.rocksdb.WriteBatchInterface}.
 */
public interface WriteBatchInterface {
  /** Implemented by the implementing classes. */
  void clear();

  /** Implemented by the implementing classes. */
  int count();

  /** Behaves as RocksJava's member of the same name. */
  void delete(final byte[] value) throws RocksDBException;

  /** Behaves as RocksJava's member of the same name. */
  void delete(final java.nio.ByteBuffer value) throws RocksDBException;

  /** Behaves as RocksJava's member of the same name. */
  void delete(final ColumnFamilyHandle p0, final byte[] p1) throws RocksDBException;

  /** Behaves as RocksJava's member of the same name. */
  void delete(final ColumnFamilyHandle p0, final java.nio.ByteBuffer p1) throws RocksDBException;

  /** Behaves as RocksJava's member of the same name. */
  void deleteRange(final byte[] p0, final byte[] p1) throws RocksDBException;

  /** Behaves as RocksJava's member of the same name. */
  void deleteRange(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2) throws RocksDBException;

  /** Implemented by the implementing classes. */
  WriteBatch getWriteBatch();

  /** Behaves as RocksJava's member of the same name. */
  void merge(final byte[] p0, final byte[] p1) throws RocksDBException;

  /** Behaves as RocksJava's member of the same name. */
  void merge(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2) throws RocksDBException;

  /** Behaves as RocksJava's member of the same name. */
  void popSavePoint() throws RocksDBException;

  /** Behaves as RocksJava's member of the same name. */
  void put(final byte[] p0, final byte[] p1) throws RocksDBException;

  /** Behaves as RocksJava's member of the same name. */
  void put(final java.nio.ByteBuffer p0, final java.nio.ByteBuffer p1) throws RocksDBException;

  /** Behaves as RocksJava's member of the same name. */
  void put(final ColumnFamilyHandle p0, final byte[] p1, final byte[] p2) throws RocksDBException;

  /** Behaves as RocksJava's member of the same name. */
  void put(final ColumnFamilyHandle p0, final java.nio.ByteBuffer p1, final java.nio.ByteBuffer p2) throws RocksDBException;

  /** Behaves as RocksJava's member of the same name. */
  void putLogData(final byte[] value) throws RocksDBException;

  /** Behaves as RocksJava's member of the same name. */
  void rollbackToSavePoint() throws RocksDBException;

  /** Implemented by the implementing classes. */
  void setMaxBytes(final long value);

  /** Implemented by the implementing classes. */
  void setSavePoint();

  /** Behaves as RocksJava's member of the same name. */
  void singleDelete(final byte[] value) throws RocksDBException;

  /** Behaves as RocksJava's member of the same name. */
  void singleDelete(final ColumnFamilyHandle p0, final byte[] p1) throws RocksDBException;

}
