package dev.purerocks;

/** Mirrors RocksJava's {@code TraceWriter}. */
public interface TraceWriter {
  /** Behaves as RocksJava's member of the same name. */
  void closeWriter() throws RocksDBException;

  /** Implemented by the implementing classes. */
  long getFileSize();

  /** Behaves as RocksJava's member of the same name. */
  void write(final Slice value) throws RocksDBException;

}
