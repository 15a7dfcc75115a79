package dev.purerocks.internal.memtable;

/**
 * Counter deltas a concurrent writer accumulates while it inserts its batch with {@link
 * MemTable#addConcurrently}, applied at once by {@link MemTable#batchPostProcess} (RocksDB's
 * {@code MemTablePostProcessInfo}). Deferring them keeps the shared counters off the contended
 * path; the memtable's counters therefore lag a concurrent batch until it finishes.
 *
 * <p>Thread-safety: owned by one writer thread; reusable after {@link #reset()}.
 */
public final class PostProcessInfo {
  long numEntries;
  long dataSize;
  long numDeletes;
  long numRangeDeletes;

  public long numEntries() {
    return numEntries;
  }

  public long dataSize() {
    return dataSize;
  }

  public long numDeletes() {
    return numDeletes;
  }

  public long numRangeDeletes() {
    return numRangeDeletes;
  }

  /** Clears the deltas, for the writer's next batch. */
  public void reset() {
    numEntries = 0;
    dataSize = 0;
    numDeletes = 0;
    numRangeDeletes = 0;
  }
}
