package dev.purerocks.internal.db;

/**
 * Receives the records of a {@link WriteBatchRep} in order (RocksDB's {@code WriteBatch::Handler}).
 * Keys and values arrive as slices of the batch's own buffer, {@code (buf, off, len)}, valid only
 * during the call: the engine's write path inserts them into memtables without copying, the API
 * layer's {@code WriteBatch.Handler} adapter copies them into arrays.
 *
 * <p>A callback may throw {@link DbStatusException} to stop the iteration with that status. Every
 * default except the data callbacks does nothing, as RocksDB's defaults do; data records of kinds
 * the engine does not implement (wide-column entities, timed puts, blob indexes) fail with {@code
 * NotSupported} by default.
 */
public interface WriteBatchHandler {
  void put(int cf, byte[] buf, int keyOff, int keyLen, int valueOff, int valueLen);

  void delete(int cf, byte[] buf, int keyOff, int keyLen);

  void singleDelete(int cf, byte[] buf, int keyOff, int keyLen);

  void deleteRange(int cf, byte[] buf, int beginOff, int beginLen, int endOff, int endLen);

  void merge(int cf, byte[] buf, int keyOff, int keyLen, int valueOff, int valueLen);

  default void logData(byte[] buf, int off, int len) {}

  default void putBlobIndex(int cf, byte[] buf, int keyOff, int keyLen, int valueOff,
      int valueLen) {
    throw DbStatusException.invalidArgument("PutBlobIndexCF not implemented");
  }

  default void putEntity(int cf, byte[] buf, int keyOff, int keyLen, int valueOff, int valueLen) {
    throw DbStatusException.notSupported("PutEntityCF not implemented");
  }

  default void timedPut(int cf, byte[] buf, int keyOff, int keyLen, int valueOff, int valueLen) {
    throw DbStatusException.invalidArgument("TimedPutCF not implemented");
  }

  default void markBeginPrepare(boolean unprepared) {
    throw DbStatusException.invalidArgument("MarkBeginPrepare() handler not defined.");
  }

  default void markEndPrepare(byte[] buf, int xidOff, int xidLen) {
    throw DbStatusException.invalidArgument("MarkEndPrepare() handler not defined.");
  }

  default void markNoop(boolean emptyBatch) {
    throw DbStatusException.invalidArgument("MarkNoop() handler not defined.");
  }

  default void markRollback(byte[] buf, int xidOff, int xidLen) {
    throw DbStatusException.invalidArgument("MarkRollbackPrepare() handler not defined.");
  }

  default void markCommit(byte[] buf, int xidOff, int xidLen) {
    throw DbStatusException.invalidArgument("MarkCommit() handler not defined.");
  }

  default void markCommitWithTimestamp(byte[] buf, int xidOff, int xidLen, int tsOff, int tsLen) {
    throw DbStatusException.invalidArgument("MarkCommitWithTimestamp() handler not defined.");
  }

  /** Asked before each record; false stops the iteration quietly (no count check then). */
  default boolean shouldContinue() {
    return true;
  }
}
