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
 * @param comparator the column family's user comparator
 * @param mergeOperator the column family's merge operator, or null if none is configured
 * @param prefixExtractor the column family's current prefix extractor, or null. A memtable uses
 *     its prefix iterator only if it was built with this very object (M46)
 * @param memtables the active memtable first, then the immutable ones newest first
 * @param readSequence entries with a larger sequence number are invisible (the snapshot's, or the
 *     last published sequence number)
 *
 * <p>Immutable; the list is copied.
 */
public record IteratorView(
    UserComparator comparator,
    MergeOperator mergeOperator,
    PrefixExtractor prefixExtractor,
    List<MemTable> memtables,
    long readSequence) {
  public IteratorView {
    Objects.requireNonNull(comparator, "comparator");
    memtables = List.copyOf(memtables);
    if (readSequence < 0 || readSequence > InternalKeys.MAX_SEQUENCE_NUMBER) {
      throw new IllegalArgumentException("read sequence out of range: " + readSequence);
    }
  }
}
