package dev.purerocks.internal.memtable;

/**
 * How a memtable stores and orders its entries (RocksDB's {@code MemTableRep},
 * {@code include/rocksdb/memtablerep.h}). Four implementations: {@link SkipListRep} (default),
 * {@link HashSkipListRep}, {@link HashLinkListRep} and {@link VectorRep}.
 *
 * <h2>Contract</h2>
 * <ol>
 *   <li>An entry is first {@link #allocate allocated} by the representation (which may place
 *       bookkeeping such as skip-list links around it), then encoded by the memtable at the
 *       returned address, then {@link #insert inserted}. An entry is never removed or moved.
 *   <li>Entries are ordered by the memtable's {@link KeyComparator}: user key ascending, sequence
 *       descending, type ignored. A representation that {@link MemTableRepFactory#canHandleDuplicatedKey
 *       handles duplicates} refuses an entry equal to one it holds and returns {@code false}.
 *   <li>{@link #insert} requires that no other insert runs at the same time (the caller serializes
 *       writers); readers may run concurrently with it and never block. {@link
 *       #insertConcurrently} may run from many threads at once, and is only called when the factory
 *       {@link MemTableRepFactory#isInsertConcurrentlySupported supports it}; entries inserted
 *       concurrently become visible to readers no later than {@link #batchPostProcess} returns on
 *       the inserting thread.
 *   <li>{@link #iterator} gives a total-order view; {@link #prefixIterator} may give a view limited
 *       to the seek target's prefix (hash representations), as in RocksDB's prefix mode.
 *   <li>After {@link #markReadOnly} no insert happens; representations may then build read
 *       structures once.
 * </ol>
 *
 * <p>Spec: {@code REP-CONTRACT-1} .. {@code REP-CONTRACT-5}.
 */
public interface MemTableRep {
  /**
   * Reserves room for an entry of {@code encodedLength} bytes and returns the address at which
   * the caller encodes it.
   */
  long allocate(int encodedLength);

  /**
   * As {@link #allocate}, for the single-writer path: no other allocation from this
   * representation's arena runs meanwhile, so the arena's cursor needs no CAS ({@link
   * dev.purerocks.internal.memory.Arena#allocateAlone}).
   */
  long allocateAlone(int encodedLength);

  /**
   * Inserts an allocated and encoded entry.
   *
   * <p>Requires: no other insert into this representation is running.
   *
   * @return false if an equal entry (same user key and sequence) exists and this representation
   *     detects duplicates; the entry is then not inserted
   */
  boolean insert(long entry);

  /**
   * Inserts an entry while other threads may insert too.
   *
   * <p>Requires: the factory supports concurrent inserts.
   *
   * @return as {@link #insert}
   */
  default boolean insertConcurrently(long entry) {
    throw new IllegalStateException(getClass().getSimpleName() + " has no concurrent insert");
  }

  /** Called by a concurrent writer when its batch is done; publishes what it inserted. */
  default void batchPostProcess() {}

  /**
   * Visits the entries at and after {@code lookupKey} in order, while {@code visitor} returns
   * true (RocksDB's {@code MemTableRep::Get}). Hash representations visit only the key's bucket.
   *
   * @param internalKey a lookup key: user key with trailer {@code (snapshot, FOR_SEEK)}
   */
  default void get(byte[] internalKey, int off, int len, EntryVisitor visitor) {
    Cursor c = prefixIterator();
    for (c.seek(internalKey, off, len); c.isValid(); c.next()) {
      if (!visitor.visit(c.entry())) {
        return;
      }
    }
  }

  /** Called once when the memtable becomes immutable; no insert follows. */
  default void markReadOnly() {}

  /**
   * Memory this representation holds outside the arena (a vector's index, copies made for
   * iterators), in bytes; counted in the memtable's size.
   */
  default long approximateMemoryUsage() {
    return 0;
  }

  /**
   * Estimated number of entries between two internal keys, or 0 if this representation does not
   * estimate (RocksDB's {@code ApproximateNumEntries}).
   */
  default long approximateNumEntries(byte[] startInternalKey, byte[] endInternalKey) {
    return 0;
  }

  /** A cursor over every entry in total order. */
  Cursor iterator();

  /**
   * A cursor for prefix-mode reads (RocksDB's {@code GetDynamicPrefixIterator}); total order
   * unless the representation is organized by prefix.
   */
  default Cursor prefixIterator() {
    return iterator();
  }

  /** Receives entries from {@link #get}. */
  @FunctionalInterface
  interface EntryVisitor {
    /** Returns true to see the next entry. */
    boolean visit(long entry);
  }

  /**
   * A cursor over entries (RocksDB's {@code MemTableRep::Iterator}). A fresh cursor is invalid
   * until positioned.
   *
   * <p>Thread-safety: a cursor is used by one thread at a time; several cursors may read one
   * representation while a writer inserts.
   */
  interface Cursor {
    /** Whether the cursor is positioned at an entry. */
    boolean isValid();

    /** The current entry's address. Requires: {@link #isValid()}. */
    long entry();

    /** Moves to the next entry. Requires: {@link #isValid()}. */
    void next();

    /** Moves to the previous entry. Requires: {@link #isValid()}. */
    void prev();

    /** Positions at the first entry at or after the internal key {@code key[off, off+len)}. */
    void seek(byte[] key, int off, int len);

    /** Positions at the last entry at or before the internal key {@code key[off, off+len)}. */
    void seekForPrev(byte[] key, int off, int len);

    /** Positions at the first entry. */
    void seekToFirst();

    /** Positions at the last entry. */
    void seekToLast();
  }
}
