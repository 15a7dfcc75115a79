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

  /**
   * Whether a single-record write may use {@link MemTableRep#insertConcurrently} where RocksDB,
   * with one writer, inserts serially, without anything a user can observe telling the two apart:
   * the concurrent insert takes arena memory exactly as the serial one. True for the skip list,
   * and for the vector, whose writer threads take per-thread shards (M54) only once they meet
   * another writer on the arena.
   */
  default boolean concurrentInsertIsUnobservable() {
    return false;
  }

  /**
   * Whether an insert only appends (the vector), so that a single writer holds the db mutex for a
   * short, fixed time; other representations search before they link. The write path waits for
   * the mutex accordingly (DbEngine's {@code writeAlone}).
   */
  default boolean insertsOnlyAppend() {
    return false;
  }

  /** Makes a representation; see {@link #create}. */
  @FunctionalInterface
  interface Creator {
    MemTableRep create(KeyComparator comparator, PrefixExtractor prefixExtractor, InfoLog log);
  }

  /**
   * A factory from its parts: RocksDB's name, its two capabilities, a description naming its
   * parameters (its {@code toString}), and the constructor of its representation.
   */
  static MemTableRepFactory of(
      String name,
      boolean insertConcurrentlySupported,
      boolean canHandleDuplicatedKey,
      String description,
      Creator creator) {
    return of(name, insertConcurrentlySupported, canHandleDuplicatedKey, false, false,
        description, creator);
  }

  /**
   * As the other {@code of}, with {@link #concurrentInsertIsUnobservable} and {@link
   * #insertsOnlyAppend}.
   */
  static MemTableRepFactory of(
      String name,
      boolean insertConcurrentlySupported,
      boolean canHandleDuplicatedKey,
      boolean concurrentInsertIsUnobservable,
      boolean insertsOnlyAppend,
      String description,
      Creator creator) {
    return new MemTableRepFactory() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public MemTableRep create(KeyComparator comparator, PrefixExtractor prefix, InfoLog log) {
        return creator.create(comparator, prefix, log);
      }

      @Override
      public boolean isInsertConcurrentlySupported() {
        return insertConcurrentlySupported;
      }

      @Override
      public boolean canHandleDuplicatedKey() {
        return canHandleDuplicatedKey;
      }

      @Override
      public boolean concurrentInsertIsUnobservable() {
        return concurrentInsertIsUnobservable;
      }

      @Override
      public boolean insertsOnlyAppend() {
        return insertsOnlyAppend;
      }

      @Override
      public String toString() {
        return description;
      }
    };
  }
}
