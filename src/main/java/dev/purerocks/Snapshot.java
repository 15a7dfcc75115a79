package dev.purerocks;

/**
 * A consistent read view of a database at one sequence number, obtained from {@code
 * RocksDB.getSnapshot()} and given to reads through {@code ReadOptions.setSnapshot}. Mirrors
 * {@code org.rocksdb.Snapshot}; release it with {@code RocksDB.releaseSnapshot}.
 */
public class Snapshot extends RocksObject {
  private final long sequenceNumber;

  /**
   * For the engine: a snapshot at {@code sequenceNumber}.
   *
   * @param sequenceNumber the last sequence number visible through this snapshot
   */
  Snapshot(final long sequenceNumber) {
    super(NativeHandles.next());
    this.sequenceNumber = sequenceNumber;
  }

  /** Returns the last sequence number visible through this snapshot. */
  public long getSequenceNumber() {
    return sequenceNumber;
  }

  /**
   * Does nothing, as in RocksJava: a snapshot is released through {@code RocksDB.releaseSnapshot},
   * not by closing this object.
   */
  @Override
  protected final void disposeInternal(final long handle) {}
}
