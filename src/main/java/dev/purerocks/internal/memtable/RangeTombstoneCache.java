package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.InfoLog;

/**
 * The fragmented view of a memtable's range-deletion table that readers use (RocksDB's {@code
 * cached_range_tombstone_} for the active memtable and {@code fragmented_range_tombstone_list_}
 * for an immutable one, M57).
 *
 * <h2>Lifecycle</h2>
 * <ul>
 *   <li>While the memtable is mutable, the view is built lazily by the first reader that needs it
 *       and kept until the next tombstone arrives. Every insert {@link #invalidate()}s it by
 *       installing a fresh, empty {@link Generation}; readers build the generation they loaded.
 *   <li>{@link #freeze()}, at {@code markImmutable}, builds the view once for all later readers.
 * </ul>
 *
 * <h2>Why a stale view is never served</h2>
 * A writer inserts its tombstone into the table, then publishes a new generation (volatile
 * write), and only then does its caller publish the tombstone's sequence number. A reader that
 * can see that sequence number loads the current generation afterwards, so it gets that
 * generation or a later one; any generation is built after it was published, hence after the
 * insert, and contains the tombstone. A reader holding an older generation cannot see the
 * tombstone's sequence number anyway. (RocksDB argues the same with its per-core cache.)
 *
 * <p>Thread-safety: any number of readers; inserts call {@link #invalidate()} from any thread.
 * Building a generation is serialized by the generation's own monitor, so it happens once.
 *
 * <p>Spec: {@code RT-CACHE-1}.
 */
final class RangeTombstoneCache {
  private final MemTableRep table;
  private final Arena arena;
  private final UserComparator comparator;
  private final int protectionBytes;
  private final InfoLog log;

  private volatile boolean empty = true;
  private volatile Generation current = new Generation();
  private volatile FragmentedRangeTombstones frozen;
  private volatile CorruptionException frozenError;

  RangeTombstoneCache(
      MemTableRep table, Arena arena, UserComparator comparator, int protectionBytes, InfoLog log) {
    this.table = table;
    this.arena = arena;
    this.comparator = comparator;
    this.protectionBytes = protectionBytes;
    this.log = log;
  }

  /** Whether no tombstone was ever inserted; readers then skip tombstones entirely. */
  boolean isEmpty() {
    return empty;
  }

  /** Called after each tombstone insert: the next reader fragments afresh. */
  void invalidate() {
    current = new Generation();
    empty = false;
  }

  /**
   * The fragments readers see now, or null if there is no tombstone.
   *
   * @throws CorruptionException if a tombstone fails its checksum
   */
  FragmentedRangeTombstones get() {
    if (empty) {
      return null;
    }
    CorruptionException error = frozenError;
    if (error != null) {
      throw new CorruptionException(error.getMessage());
    }
    FragmentedRangeTombstones f = frozen;
    return f != null ? f : current.get(this);
  }

  /**
   * Builds the final view of an immutable memtable. A tombstone failing its checksum is recorded
   * and reported to every later reader, instead of silently truncating the list (RocksDB ignores
   * the iterator's status there).
   *
   * <p>Requires: no insert runs or follows.
   */
  void freeze() {
    if (empty) {
      return;
    }
    try {
      frozen = build();
    } catch (CorruptionException e) {
      frozenError = e;
    }
  }

  private FragmentedRangeTombstones build() {
    try {
      return FragmentedRangeTombstones.fromRep(table, arena, comparator, protectionBytes);
    } catch (CorruptionException e) {
      log.log(InfoLog.Level.ERROR, "In MemtableIterator: " + e.getMessage());
      throw e;
    }
  }

  /** One generation of the mutable view, built on first use. */
  private static final class Generation {
    private volatile FragmentedRangeTombstones list;

    FragmentedRangeTombstones get(RangeTombstoneCache cache) {
      FragmentedRangeTombstones l = list;
      if (l == null) {
        synchronized (this) {
          l = list;
          if (l == null) {
            l = cache.build();
            list = l;
          }
        }
      }
      return l;
    }
  }
}
