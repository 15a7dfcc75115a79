package dev.purerocks.internal.db;

import dev.purerocks.internal.memtable.MemTable;

/**
 * The write buffer manager as a switch trigger (RocksDB's {@code WriteBufferManager::ShouldFlush}
 * and {@code DBImpl::HandleWriteBufferManagerFlush}, M41). Memory is the memtables' cached usage:
 * "mutable" is the active memtables', the total adds the unflushed immutable ones (retired runs
 * stand for flushed data, whose memory RocksDB would have released). A flush is due when mutable
 * memory exceeds 7/8 of the budget, or the total reaches the budget while mutable memory is at
 * least half of it; then one family is switched: among those with a non-empty active memtable
 * and no pending flush, the one whose active memtable is oldest.
 *
 * <p>Not modelled: {@code allow_stall} (writers waiting for memory), cache charging.
 *
 * <p>Thread-safety: called by the write leader under the db mutex.
 */
final class WriteBufferBudget {
  private WriteBufferBudget() {}

  static void maybeSwitch(DbEngine engine, long budget) {
    if (budget <= 0) {
      return;
    }
    long mutable = 0;
    long total = 0;
    for (ColumnFamilyData c : engine.allFamilies()) {
      if (c.isDropped()) {
        continue;
      }
      long active = c.mem().cachedMemoryUsage();
      mutable += active;
      total += active;
      for (MemTable m : c.unflushed()) {
        total += m.cachedMemoryUsage();
      }
    }
    boolean due = mutable > budget / 8 * 7 + (budget % 8) * 7 / 8
        || (total >= budget && mutable >= budget / 2);
    if (!due) {
      return;
    }
    ColumnFamilyData oldest = null;
    for (ColumnFamilyData c : engine.allFamilies()) {
      if (c.isDropped() || c.mem().isEmpty() || c.flushPending()) {
        continue;
      }
      if (oldest == null
          || c.mem().creationSequenceNumber() < oldest.mem().creationSequenceNumber()) {
        oldest = c;
      }
    }
    if (oldest != null) {
      engine.switchForBudget(oldest);
    }
  }
}
