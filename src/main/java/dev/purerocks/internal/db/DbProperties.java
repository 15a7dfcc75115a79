package dev.purerocks.internal.db;

import dev.purerocks.internal.memtable.MemTable;

/**
 * The memtable properties of RocksDB's {@code InternalStats} (names are {@code "rocksdb."} + the
 * suffix; M53, M54), computed from the memtable counters and arena accounting, formatted as RocksDB
 * does (decimal integers).
 *
 * <p>What "immutable" means here: the unflushed immutable memtables. Retired runs (see {@link
 * ColumnFamilyData}) stand for flushed data and count only in {@code estimate-num-keys}, as SST
 * files would. {@code num-immutable-mem-table-flushed} is therefore 0, as in RocksDB with its
 * default {@code max_write_buffer_size_to_maintain} of 0.
 *
 * <p>Thread-safety: evaluated under the engine's db mutex, so the lists are stable.
 */
final class DbProperties {
  static final String PREFIX = "rocksdb.";

  private DbProperties() {}

  static String get(DbEngine engine, ColumnFamilyData c, String name) {
    if (!name.startsWith(PREFIX)) {
      throw DbStatusException.notFound(null);
    }
    return engine.underMutex(() -> {
      Long v = value(engine, c, name.substring(PREFIX.length()));
      if (v == null) {
        throw DbStatusException.notFound(null);
      }
      return Long.toString(v);
    });
  }

  private static Long value(DbEngine engine, ColumnFamilyData c, String suffix) {
    MemTable mem = c.mem();
    return switch (suffix) {
      case "num-immutable-mem-table" -> (long) c.unflushed().size();
      case "num-immutable-mem-table-flushed" -> 0L;
      case "mem-table-flush-pending" -> c.flushPending() ? 1L : 0L;
      case "num-entries-active-mem-table" -> mem.numEntries();
      case "num-deletes-active-mem-table" -> mem.numDeletes();
      case "num-entries-imm-mem-tables" -> sumUnflushed(c, MemTable::numEntries);
      case "num-deletes-imm-mem-tables" -> sumUnflushed(c, MemTable::numDeletes);
      case "cur-size-active-mem-table" -> mem.cachedMemoryUsage();
      case "cur-size-all-mem-tables", "size-all-mem-tables" ->
          mem.cachedMemoryUsage() + sumUnflushed(c, MemTable::memoryInUse);
      case "estimate-num-keys" -> estimateNumKeys(c);
      case "is-write-stopped" -> engine.isWriteStopped() ? 1L : 0L;
      case "actual-delayed-write-rate", "num-running-flushes", "num-running-compactions",
          "background-errors", "compaction-pending", "estimate-pending-compaction-bytes",
          "num-files-at-level0", "estimate-live-data-size", "total-sst-files-size",
          "live-sst-files-size" -> 0L;
      case "num-snapshots" -> (long) engine.liveSnapshots().size();
      case "num-live-versions" -> 1L;
      default -> null;
    };
  }

  private static long sumUnflushed(ColumnFamilyData c, java.util.function.ToLongFunction<MemTable> f) {
    long sum = 0;
    for (MemTable m : c.unflushed()) {
      sum += f.applyAsLong(m);
    }
    return sum;
  }

  /** Entries minus twice the deletes (a delete hides one entry and is one), floored at 0. */
  private static long estimateNumKeys(ColumnFamilyData c) {
    long entries = 0;
    long deletes = 0;
    for (MemTable m : c.view().memTables()) {
      entries += m.numEntries();
      deletes += m.numDeletes();
    }
    return Math.max(0, entries - 2 * deletes);
  }
}
