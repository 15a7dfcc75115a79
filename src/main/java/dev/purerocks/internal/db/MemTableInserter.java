package dev.purerocks.internal.db;

import dev.purerocks.Status;
import dev.purerocks.internal.dbformat.LookupKey;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memtable.MemTable;
import dev.purerocks.internal.memtable.PostProcessInfo;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies one batch's records to the active memtables of their column families (RocksDB's {@code
 * MemTableInserter}, db/write_batch.cc). Record {@code i} of the batch gets sequence number {@code
 * firstSequence + i} (M8), whether or not it inserts anything (an empty range deletion, M56).
 *
 * <p>Failures are RocksDB's, with its statuses and texts, and leave the records before them in the
 * memtables, unpublished: the engine then poisons further writes (M64). They are: a column family
 * that does not exist or was dropped; a merge in a family without merge operator (M15); a range
 * deletion whose begin sorts after its end (M56); a record kind the engine does not store.
 *
 * <p>Two modes. Serial: the single-writer memtable paths, in-place updates (M17), successive-merge
 * folding (M16), and the two-phase switch check after every record (M37). Concurrent: {@code
 * addConcurrently} with per-memtable counter deltas applied by {@link #finish}; the engine never
 * uses it for a batch with a merge or a family with in-place updates (M12, M31).
 *
 * <p>Reuse: an inserter may apply one batch after another ({@link #start}, {@link #apply}, {@link
 * #finish}, then {@link #clear}, which drops its references to the engine and the memtables), so
 * that a thread's one-record writes allocate none.
 *
 * <p>Thread-safety: one batch at a time, on one thread.
 */
final class MemTableInserter implements WriteBatchHandler {
  static final String INVALID_CF_MESSAGE = "Invalid column family specified in write batch";
  static final String MERGE_WITHOUT_OPERATOR_MESSAGE =
      "Merge requires `ColumnFamilyOptions::merge_operator != nullptr`";
  static final String INVERTED_RANGE_MESSAGE = "end key comes before start key";

  private DbEngine engine;
  private boolean concurrent;
  private boolean ignoreMissingFamilies;
  private final WriteBatchDecoder.Cursor cursor = new WriteBatchDecoder.Cursor();
  /**
   * Concurrent mode: the memtables the batch inserted into, with their families and counter
   * deltas. Nearly every batch touches one, kept in the {@code first*} fields; the maps hold any
   * further ones and are made on the first.
   */
  private MemTable firstMem;
  private ColumnFamilyData firstOwner;
  private final PostProcessInfo firstInfo = new PostProcessInfo();
  private Map<MemTable, PostProcessInfo> postProcess;
  private Map<MemTable, ColumnFamilyData> owners;
  private long sequence;

  /** Prepares for a batch whose first record gets sequence number {@code firstSequence}. */
  MemTableInserter start(DbEngine engine, long firstSequence, boolean concurrent,
      boolean ignoreMissingFamilies) {
    this.engine = engine;
    this.sequence = firstSequence;
    this.concurrent = concurrent;
    this.ignoreMissingFamilies = ignoreMissingFamilies;
    firstMem = null;
    firstOwner = null;
    firstInfo.reset();
    postProcess = null;
    owners = null;
    return this;
  }

  /** Applies the batch's records (see the class comment for failures). */
  void apply(WriteBatchRep batch) {
    batch.iterate(this, cursor);
  }

  /** Drops the references a finished batch left: the engine, memtables and families. */
  void clear() {
    engine = null;
    firstMem = null;
    firstOwner = null;
    postProcess = null;
    owners = null;
  }

  /**
   * The record's family; null when it is missing and missing families are ignored, in which case
   * the record is skipped but consumes its sequence number, as RocksDB's {@code
   * SeekToColumnFamily} and {@code MaybeAdvanceSeq} do (DB-CF-4).
   */
  private ColumnFamilyData family(int cf) {
    ColumnFamilyData c = engine.familyById(cf);
    if (c == null || c.isDropped()) {
      if (ignoreMissingFamilies) {
        sequence++;
        return null;
      }
      throw DbStatusException.invalidArgument(INVALID_CF_MESSAGE);
    }
    return c;
  }

  @Override
  public void put(int cf, byte[] b, int ko, int kl, int vo, int vl) {
    ColumnFamilyData c = family(cf);
    if (c == null) {
      return;
    }
    MemTable m = c.mem();
    if (c.config.inplaceUpdateSupport) {
      if (m.update(sequence, b, ko, kl, b, vo, vl) == MemTable.UpdateOutcome.DUPLICATE) {
        throw duplicate();
      }
      checkFull(c, m);
      sequence++;
      return;
    }
    insert(c, m, ValueType.VALUE, b, ko, kl, b, vo, vl);
  }

  @Override
  public void delete(int cf, byte[] b, int ko, int kl) {
    ColumnFamilyData c = family(cf);
    if (c == null) {
      return;
    }
    insert(c, c.mem(), ValueType.DELETION, b, ko, kl, b, 0, 0);
  }

  @Override
  public void singleDelete(int cf, byte[] b, int ko, int kl) {
    ColumnFamilyData c = family(cf);
    if (c == null) {
      return;
    }
    insert(c, c.mem(), ValueType.SINGLE_DELETION, b, ko, kl, b, 0, 0);
  }

  @Override
  public void deleteRange(int cf, byte[] b, int bo, int bl, int eo, int el) {
    ColumnFamilyData c = family(cf);
    if (c == null) {
      return;
    }
    int order = c.config.comparator.compare(b, bo, bl, b, eo, el);
    if (order > 0) {
      throw DbStatusException.invalidArgument(INVERTED_RANGE_MESSAGE);
    }
    if (order == 0) {
      sequence++; // consumes a sequence number, inserts nothing (M8, M56)
      return;
    }
    insert(c, c.mem(), ValueType.RANGE_DELETION, b, bo, bl, b, eo, el);
  }

  @Override
  public void merge(int cf, byte[] b, int ko, int kl, int vo, int vl) {
    ColumnFamilyData c = family(cf);
    if (c == null) {
      return;
    }
    MergeOperator op = c.config.mergeOperator;
    if (op == null) {
      throw DbStatusException.invalidArgument(MERGE_WITHOUT_OPERATOR_MESSAGE);
    }
    MemTable m = c.mem();
    long limit = c.config.maxSuccessiveMerges;
    if (!concurrent && limit > 0
        && m.countSuccessiveMergeEntries(new LookupKey(b, ko, kl, sequence), limit) >= limit) {
      byte[] merged = foldOnto(c, op, b, ko, kl, vo, vl);
      if (merged != null) {
        insert(c, m, ValueType.VALUE, b, ko, kl, merged, 0, merged.length);
        return;
      }
    }
    insert(c, m, ValueType.MERGE, b, ko, kl, b, vo, vl);
  }

  /**
   * M16: reads the key at the record's own sequence (earlier records of this batch included) and
   * merges the new operand onto it; null when there is nothing to merge onto, so the operand is
   * stored instead.
   */
  private byte[] foldOnto(ColumnFamilyData c, MergeOperator op, byte[] b, int ko, int kl, int vo,
      int vl) {
    byte[] key = Arrays.copyOfRange(b, ko, ko + kl);
    byte[] current;
    try {
      current = engine.get(c.view().at(sequence - 1), key);
    } catch (DbStatusException e) {
      return null;
    }
    if (current == null) {
      return null;
    }
    return op.fullMerge(key, current, List.of(Arrays.copyOfRange(b, vo, vo + vl)));
  }

  @Override
  public void logData(byte[] buf, int off, int len) {}

  // Transaction markers need two-phase commit, which the engine does not have: like a
  // WriteCommitted DB outside recovery, the records between them are applied directly.
  @Override
  public void markBeginPrepare(boolean unprepared) {}

  @Override
  public void markEndPrepare(byte[] buf, int o, int l) {}

  @Override
  public void markNoop(boolean emptyBatch) {}

  @Override
  public void markCommit(byte[] buf, int o, int l) {}

  @Override
  public void markCommitWithTimestamp(byte[] buf, int xo, int xl, int to, int tl) {}

  @Override
  public void markRollback(byte[] buf, int o, int l) {}

  private void insert(ColumnFamilyData c, MemTable m, ValueType type, byte[] k, int ko, int kl,
      byte[] v, int vo, int vl) {
    boolean added;
    if (concurrent) {
      added = m.addConcurrently(sequence, type, k, ko, kl, v, vo, vl, postProcessInfo(c, m));
    } else {
      added = m.add(sequence, type, k, ko, kl, v, vo, vl);
    }
    if (!added) {
      throw duplicate();
    }
    if (!concurrent) {
      checkFull(c, m);
    }
    sequence++;
  }

  /** Concurrent mode: the counter deltas of memtable {@code m} of family {@code c}. */
  private PostProcessInfo postProcessInfo(ColumnFamilyData c, MemTable m) {
    if (firstMem == null) {
      firstMem = m;
      firstOwner = c;
    }
    if (firstMem == m) {
      return firstInfo;
    }
    if (postProcess == null) {
      postProcess = new IdentityHashMap<>();
      owners = new IdentityHashMap<>();
    }
    owners.putIfAbsent(m, c);
    return postProcess.computeIfAbsent(m, x -> new PostProcessInfo());
  }

  /** M37, phase one: the write that fills a memtable only schedules its switch. */
  private void checkFull(ColumnFamilyData c, MemTable m) {
    if (m.shouldScheduleFlush() && m.markFlushScheduled()) {
      engine.scheduleSwitch(c);
    }
  }

  /** Concurrent mode: applies the counter deltas and schedules switches of filled memtables. */
  void finish() {
    if (!concurrent || firstMem == null) {
      return;
    }
    firstMem.batchPostProcess(firstInfo);
    if (postProcess != null) {
      for (Map.Entry<MemTable, PostProcessInfo> e : postProcess.entrySet()) {
        e.getKey().batchPostProcess(e.getValue());
      }
    }
    checkFull(firstOwner, firstMem);
    if (owners != null) {
      for (Map.Entry<MemTable, ColumnFamilyData> e : owners.entrySet()) {
        checkFull(e.getValue(), e.getKey());
      }
    }
  }

  long nextSequence() {
    return sequence;
  }

  private static DbStatusException duplicate() {
    return new DbStatusException(
        new Status(Status.Code.TryAgain, Status.SubCode.None, MemTable.DUPLICATE_MESSAGE));
  }
}
