/**
 * The database engine above the memtable: column families and their memtable lists, the write
 * path (batches in RocksDB's binary representation, sequence numbers assigned per batch, group
 * commit with parallel memtable inserts, memtable switching and write stalls), point reads across
 * memtables with merge operators, snapshots, and properties. The public {@code dev.purerocks.RocksDB}
 * validates arguments and delegates to {@link dev.purerocks.internal.db.DbEngine}; failures travel
 * as {@link dev.purerocks.internal.db.DbStatusException} carrying RocksDB's status.
 *
 * <ul>
 *   <li>{@code WriteBatchRep}, {@code WriteBatchDecoder}, {@code WriteBatchHandler}: the batch
 *       format, its validation and iteration.
 *   <li>{@code DbEngine}: the facade; {@code WriteThread}: writer queue and groups; {@code
 *       MemTableInserter}: a batch into memtables; {@code ColumnFamilyData}: a family's memtables;
 *       {@code MemTableView}: what readers and iterators pin; {@code WriteBufferBudget}: the write
 *       buffer manager as a switch trigger; {@code DbProperties}: {@code rocksdb.*} properties.
 *   <li>{@code ColumnFamilyConfig}, {@code DbConfig}, {@code OptionsSanitizer}: options as the API
 *       hands them over, validated and sanitized as RocksDB does at open.
 *   <li>{@code MergeOperator}, {@code StringAppendMergeOperator}, {@code UInt64AddMergeOperator}.
 * </ul>
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
