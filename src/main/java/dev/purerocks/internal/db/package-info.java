/**
 * The database engine above the memtable: column families and their memtable lists, the write
 * path (batches in RocksDB's binary representation, sequence numbers assigned per batch, memtable
 * switching and write stalls), point reads across memtables with merge operators, snapshots, the
 * DB iterator, and properties. The public {@code dev.purerocks.RocksDB} delegates here.
 *
 * <p>Iteration: {@link dev.purerocks.internal.db.DbIterator} (RocksDB's {@code DBIter}) over a
 * {@link dev.purerocks.internal.db.MergingIterator}, built from an {@link
 * dev.purerocks.internal.db.IteratorView} (comparator, merge operator, prefix extractor, memtables
 * newest first, read sequence) and {@link dev.purerocks.internal.db.ReadSettings}; errors are an
 * {@link dev.purerocks.internal.db.IteratorStatus}, misuse throws {@link
 * dev.purerocks.internal.db.IteratorNotValidException}.
 *
 * <p>Spec: {@code spec/db.md}, {@code spec/write-batch.md}, {@code spec/iteration.md}.
 */
package dev.purerocks.internal.db;
