package dev.purerocks;

/** Mirrors RocksJava's {@code RocksIteratorInterface}. */
public interface RocksIteratorInterface {
  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean isValid();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void next();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void prev();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void refresh() throws RocksDBException;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void refresh(final Snapshot value) throws RocksDBException;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void seek(final byte[] value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void seek(final java.nio.ByteBuffer value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void seekForPrev(final byte[] value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void seekForPrev(final java.nio.ByteBuffer value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void seekToFirst();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void seekToLast();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void status() throws RocksDBException;

}
