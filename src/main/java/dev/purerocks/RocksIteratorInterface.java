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

  /** Behaves as RocksJava's member of the same name. */
  void refresh() throws RocksDBException;

  /** Behaves as RocksJava's member of the same name. */
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

  /** Behaves as RocksJava's member of the same name. */
  void status() throws RocksDBException;

}
