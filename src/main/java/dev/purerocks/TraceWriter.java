package dev.purerocks;

/** Mirrors RocksJava's {@code TraceWriter}. */
public interface TraceWriter {
  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void closeWriter() throws RocksDBException;

  /** Implemented by the implementing classes. */
  long getFileSize();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void write(final Slice value) throws RocksDBException;

}
