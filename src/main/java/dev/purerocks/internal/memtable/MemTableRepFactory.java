package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.util.InfoLog;

/**
 * Makes the representation of each new memtable, and says what it can do (RocksDB's
 * {@code MemTableRepFactory}). Immutable; one factory serves every memtable of a column family.
 *
 * <p>Spec: {@code REP-FACTORY-1}.
 */
public interface MemTableRepFactory {
  /**
   * RocksDB's factory name: {@code SkipListFactory}, {@code HashSkipListRepFactory},
   * {@code HashLinkListRepFactory} or {@code VectorRepFactory}.
   */
  String name();

  /**
   * Makes a representation for a new memtable.
   *
   * @param comparator the memtable's key order, bound to its arena
   * @param prefixExtractor the column family's extractor, or null
   * @param log where representation diagnostics go (never null)
   */
  MemTableRep create(KeyComparator comparator, PrefixExtractor prefixExtractor, InfoLog log);

  /** Whether {@link MemTableRep#insertConcurrently} may be used. */
  boolean isInsertConcurrentlySupported();

  /** Whether the representation detects and refuses entries equal to one it holds. */
  boolean canHandleDuplicatedKey();
}
