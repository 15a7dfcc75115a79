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
  /** The engine's snapshot this object stands for; null once released (or for a plain sequence). */
  private dev.purerocks.internal.db.DbEngine.Snapshot engineSnapshot;

  Snapshot(final long sequenceNumber) {
    super(NativeHandles.next());
    this.sequenceNumber = sequenceNumber;
  }

  Snapshot(final dev.purerocks.internal.db.DbEngine.Snapshot engineSnapshot) {
    this(engineSnapshot.sequence());
    this.engineSnapshot = engineSnapshot;
  }

  /** Hands the engine snapshot over for release, once; null if already released. */
  synchronized dev.purerocks.internal.db.DbEngine.Snapshot release() {
    final dev.purerocks.internal.db.DbEngine.Snapshot s = engineSnapshot;
    engineSnapshot = null;
    return s;
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
