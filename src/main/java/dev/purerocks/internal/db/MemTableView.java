package dev.purerocks.internal.db;

import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.memtable.MemTable;
import java.util.List;

/**
 * What a reader of one column family needs, pinned: the memtables newest first (the active one,
 * then the unflushed immutable ones, then the retired read-only runs), the family's comparator,
 * merge operator and prefix extractor, and the sequence number to read at (RocksDB's {@code
 * SuperVersion} plus a snapshot). A memtable switch publishes a new view and never changes an
 * existing one, so an iterator built from a view sees a stable set of memtables.
 *
 * <p>Consistency: the engine reads the published sequence <em>before</em> the view. Every record
 * with a sequence at or below it was inserted into a memtable that was already in the view
 * published before the record's write began, and memtables never leave a view's successors (there
 * is no flush to disk yet), so nothing at or below {@code readSequence} is missed.
 *
 * <p>Thread-safety: immutable; the list is unmodifiable.
 *
 * @param memTables newest first; element 0 is the active memtable at pin time
 * @param liveCount how many of them, from the front, are not yet flushed (the active one and the
 *     unflushed immutables); the rest are retired runs, which stand for RocksDB's table files
 * @param mergeOperator null when the family has none
 * @param prefixExtractor null when the family has none
 */
public record MemTableView(
    List<MemTable> memTables,
    int liveCount,
    UserComparator comparator,
    MergeOperator mergeOperator,
    PrefixExtractor prefixExtractor,
    long readSequence) {

  /** The same memtables read at another sequence (a snapshot's). */
  public MemTableView at(long sequence) {
    return new MemTableView(memTables, liveCount, comparator, mergeOperator, prefixExtractor,
        sequence);
  }
}
