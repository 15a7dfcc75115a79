package dev.purerocks;

/**
 * The positioning and access methods of every iterator. Mirrors {@code
 * org.rocksdb.RocksIteratorInterface}.
 */
public interface RocksIteratorInterface {
  /** Implemented by the implementing classes. */
  boolean isValid();

  /** Implemented by the implementing classes. */
  void next();

  /** Implemented by the implementing classes. */
  void prev();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void refresh() throws RocksDBException;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void refresh(final Snapshot value) throws RocksDBException;

  /** Implemented by the implementing classes. */
  void seek(final byte[] value);

  /** Implemented by the implementing classes. */
  void seek(final java.nio.ByteBuffer value);

  /** Implemented by the implementing classes. */
  void seekForPrev(final byte[] value);

  /** Implemented by the implementing classes. */
  void seekForPrev(final java.nio.ByteBuffer value);

  /** Implemented by the implementing classes. */
  void seekToFirst();

  /** Implemented by the implementing classes. */
  void seekToLast();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void status() throws RocksDBException;

}
