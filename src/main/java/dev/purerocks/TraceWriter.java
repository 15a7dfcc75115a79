package dev.purerocks;

/** Mirrors RocksJava's {@code TraceWriter}. */
public interface TraceWriter {
  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void closeWriter() throws RocksDBException;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long getFileSize();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void write(final Slice value) throws RocksDBException;

}
