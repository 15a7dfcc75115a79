package dev.purerocks.internal.db;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.memtable.MemTable;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link DbIterator} reads: one column family's memtables at one read sequence number. The
 * engine builds it from the column family's current state (RocksDB's {@code SuperVersion} plus the
 * snapshot) and hands it in; the iterator never looks anything up by itself, so the engine decides
 * which memtables are pinned and for how long.
 *
 * <p>Immutable; the list is copied. Throws {@link IllegalArgumentException} for a read sequence
 * outside {@code [0, 2^56-1]}.
 *
 * @param comparator the column family's user comparator
 * @param mergeOperator the column family's merge operator, or null if none is configured
 * @param prefixExtractor the column family's current prefix extractor, or null. A memtable uses
 *     its prefix iterator only if it was built with this very object (M46)
 * @param memtables the active memtable first, then the immutable ones newest first
 * @param readSequence entries with a larger sequence number are invisible (the snapshot's, or the
 *     last published sequence number)
 * @param liveCount how many memtables, from the front, are not yet flushed; the others are retired
 *     runs standing for RocksDB's table files, which are read in total order (no memtable prefix
 *     iterator and no prefix bloom: RocksDB's default table has no prefix filter)
 */
public record IteratorView(
    UserComparator comparator,
    MergeOperator mergeOperator,
    PrefixExtractor prefixExtractor,
    List<MemTable> memtables,
    long readSequence,
    int liveCount) {
  /** A view whose memtables are all unflushed. */
  public IteratorView(UserComparator comparator, MergeOperator mergeOperator,
      PrefixExtractor prefixExtractor, List<MemTable> memtables, long readSequence) {
    this(comparator, mergeOperator, prefixExtractor, memtables, readSequence, memtables.size());
  }

  public IteratorView {
    Objects.requireNonNull(comparator, "comparator");
    memtables = List.copyOf(memtables);
    if (readSequence < 0 || readSequence > InternalKeys.MAX_SEQUENCE_NUMBER) {
      throw new IllegalArgumentException("read sequence out of range: " + readSequence);
    }
  }
}
