package dev.purerocks.internal.db;

import dev.purerocks.Status;
import dev.purerocks.internal.memtable.CorruptionException;
import dev.purerocks.internal.memtable.MemTable;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The database engine above the memtables (RocksDB's {@code DBImpl}, memtable part): column
 * families, the write path, memtable switching and write stalls, point reads
 * with merges across memtables, snapshots and the memtable properties. The public {@code RocksDB}
 * validates arguments and delegates here.
 *
 * <h2>Write path</h2>
 * Every write first does, holding the db mutex, what RocksDB's {@code PreprocessWrite} does: fail
 * with the sticky error if there is one (M64); switch the memtables a previous write filled
 * (two-phase switch, M37) and, with a write buffer manager, the oldest family's when the budget is
 * reached (M41); let the flush emulation retire immutables; wait or fail with {@code
 * Incomplete("Write stall")} while a family has {@code max_write_buffer_number} unflushed
 * immutables (M40). Then it takes its sequence numbers (one per record, M8) and inserts, in one of
 * two ways (DB-CONC-1):
 *
 * <ul>
 *   <li>Concurrent ({@code allow_concurrent_memtable_write}, one record, not a merge, skip-list
 *       or vector memtables; see {@link #insertsConcurrently}): the writer
 *       takes its sequence numbers, leaves the mutex and inserts on its own thread, concurrently
 *       with other such writers; then it waits until every earlier sequence number is published
 *       and publishes its own last one. While preprocessing has nothing to do, such a writer
 *       skips the mutex altogether and takes its numbers with an atomic add (see {@link #gate}).
 *       RocksDB commits such writes in groups that insert in parallel; with two writers its
 *       groups rarely hold both, so its inserts run one at a time (1.06x one thread's
 *       throughput, baseline.md), while here they overlap.
 *   <li>Grouped (every other write): {@link #write} enqueues the batch in the {@link WriteThread};
 *       the group's leader, holding the mutex, waits for concurrent inserts in progress, assigns
 *       the group's sequence numbers, inserts every batch itself and publishes the
 *       group's last sequence number, which makes every batch of the group visible at once. A
 *       batch of one record skips the queue and is committed the same way as a group of its own
 *       ({@link #writeAlone}).
 * </ul>
 *
 * Anything that switches a memtable, drops a family or closes the engine waits, holding the mutex,
 * for the concurrent inserts in progress (none can start meanwhile). A failed insert publishes
 * nothing and poisons the engine: every later write fails with the same status, reads keep working
 * (RocksDB's {@code HandleMemTableInsertFailure}); concurrent writes waiting to publish after it
 * fail with it too.
 *
 * <h2>Flush emulation (until SST files exist)</h2>
 * A "flush" retires unflushed immutable memtables into the family's read-only runs ({@link
 * ColumnFamilyData}); it runs at once, at the point RocksDB would schedule its background flush
 * (after a switch once {@code min_write_buffer_number_to_merge} are unflushed, or on a manual
 * {@link #flush}), unless background work is {@linkplain #pauseBackgroundWork paused}. So stalls
 * happen exactly in the situations where RocksDB's are deterministic: with flushes paused.
 *
 * <h2>Thread-safety</h2>
 * Any method may be called from any thread. Family lists, memtable switches, retiring and stall
 * decisions are guarded by {@code dbMutex}; only the write leader and admin operations take it.
 * Readers never lock: they read the published sequence (volatile), then a family's view (volatile,
 * immutable), in that order ({@link MemTableView} explains why nothing is missed).
 */
public final class DbEngine implements AutoCloseable {
  public static final int DEFAULT_COLUMN_FAMILY_ID = 0;
  public static final String DEFAULT_COLUMN_FAMILY_NAME = "default";
  static final String WRITE_STALL_MESSAGE = "Write stall";
  static final String NO_MERGE_OPERATOR_MESSAGE = "Provide a merge_operator when opening DB";
  static final String FLUSH_WHILE_STOPPED_MESSAGE = "Writes have been stopped, thus unable to "
      + "perform manual flush. Please try again later after writes are resumed";

  /** RocksDB's {@code Status::Code::kColumnFamilyDropped}. */
  private static final byte COLUMN_FAMILY_DROPPED_CODE = 14;

  /** A live snapshot: a sequence number readers may pass to {@link #view}. */
  public static final class Snapshot {
    private final long sequence;

    Snapshot(long sequence) {
      this.sequence = sequence;
    }

    public long sequence() {
      return sequence;
    }
  }

  private final DbConfig config;
  private final ReentrantLock dbMutex = new ReentrantLock();
  /** Signalled when stall conditions may have changed (retire, resume, close). */
  private final Condition backgroundChanged = dbMutex.newCondition();
  private final WriteThread writeThread = new WriteThread();
  /**
   * Every family, dropped ones included, indexed by id: ids are handed out in order from 0 and
   * families are never removed, only marked dropped, so a lookup is an array index. Replaced,
   * never modified, under the db mutex (or before the engine is shared).
   */
  private volatile ColumnFamilyData[] familyList = new ColumnFamilyData[0];
  private final Set<ColumnFamilyData> scheduledSwitches = ConcurrentHashMap.newKeySet();
  private final SnapshotList snapshots = new SnapshotList();
  private int nextFamilyId;
  private int backgroundPauses;
  /** The last published sequence number: every write at or below it is visible. */
  private volatile long lastSequence;
  /**
   * The last sequence number taken by a write: an atomic add for concurrent writes, which may
   * take it without the mutex, a store under the mutex for grouped ones. Above {@link
   * #lastSequence} exactly while concurrent inserts are in flight (or after a failed one).
   */
  @SuppressWarnings("unused") // accessed through ALLOCATED
  private volatile long allocatedSequence;
  /**
   * Concurrent writes that took sequence numbers and have not published or failed yet, and
   * whether the next one may take them without the mutex. The gate is open only while {@link
   * #preprocess} has nothing to do ({@link #mayWriteWithoutMutex}); whoever takes the mutex closes
   * it ({@link #lockMutex}), and so does anything that gives {@code preprocess} work without the
   * mutex (a scheduled switch, a sticky error); only a concurrent writer holding the mutex opens
   * it. Closing is always safe: it only sends writes the way that takes the mutex.
   */
  private final ConcurrentWriteGate gate = new ConcurrentWriteGate();
  private volatile DbStatusException stickyError;
  private volatile boolean closed;
  /**
   * Write groups, and writes inserted concurrently: for tests and measurements (adders, so that
   * concurrent writers do not contend on one counter).
   */
  final LongAdder groups = new LongAdder();
  final LongAdder concurrentWrites = new LongAdder();

  /** Whether the next concurrent write may take its sequence numbers without the mutex (tests). */
  boolean concurrentWritesSkipMutex() {
    return gate.isOpen();
  }

  private static final VarHandle ALLOCATED;

  static {
    try {
      ALLOCATED = MethodHandles.lookup()
          .findVarHandle(DbEngine.class, "allocatedSequence", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private DbEngine(DbConfig config) {
    this.config = config;
  }

  /**
   * Opens an engine with the given families, in order; the default family must be among them.
   * Each family's options are validated raw, then sanitized ({@link OptionsSanitizer}). Ids are
   * assigned 0 for the default family, then 1, 2, ... in order.
   *
   * @throws DbStatusException with RocksDB's status for invalid options
   */
  public static DbEngine open(DbConfig config, LinkedHashMap<String, ColumnFamilyConfig> cfs) {
    if (!cfs.containsKey(DEFAULT_COLUMN_FAMILY_NAME)) {
      throw DbStatusException.invalidArgument("Default column family not specified");
    }
    for (ColumnFamilyConfig c : cfs.values()) {
      OptionsSanitizer.validate(config, c);
    }
    DbEngine e = new DbEngine(config);
    e.addFamily(DEFAULT_COLUMN_FAMILY_NAME, cfs.get(DEFAULT_COLUMN_FAMILY_NAME));
    for (Map.Entry<String, ColumnFamilyConfig> c : cfs.entrySet()) {
      if (!c.getKey().equals(DEFAULT_COLUMN_FAMILY_NAME)) {
        e.addFamily(c.getKey(), c.getValue());
      }
    }
    return e;
  }

  private int addFamily(String name, ColumnFamilyConfig raw) {
    int id = nextFamilyId++;
    ColumnFamilyData c = new ColumnFamilyData(id, name, OptionsSanitizer.sanitize(raw), lastSequence);
    ColumnFamilyData[] list = Arrays.copyOf(familyList, familyList.length + 1);
    assert id == list.length - 1 : "family ids are array indexes";
    list[id] = c;
    familyList = list;
    return id;
  }

  // ---- column families ---------------------------------------------------------------------

  /**
   * Creates a family and returns its id.
   *
   * @throws DbStatusException in RocksDB's order ({@code CreateColumnFamilyImpl}, DB-CF-3):
   *     InvalidArgument "Column family name cannot be the empty string", the options' validation
   *     status, then InvalidArgument "Column family already exists" for a live name
   */
  public int createColumnFamily(String name, ColumnFamilyConfig raw) {
    lockMutex();
    try {
      checkOpen();
      if (name.isEmpty()) {
        throw DbStatusException.invalidArgument("Column family name cannot be the empty string");
      }
      OptionsSanitizer.validate(config, raw);
      for (ColumnFamilyData c : familyList) {
        if (!c.isDropped() && c.name.equals(name)) {
          throw DbStatusException.invalidArgument("Column family already exists");
        }
      }
      return addFamily(name, raw);
    } finally {
      dbMutex.unlock();
    }
  }

  /**
   * Drops a family: later writes to it fail (sticky, as in RocksDB: "Invalid column family
   * specified in write batch"); reads through an existing handle keep working.
   */
  public void dropColumnFamily(int id) {
    lockMutex();
    try {
      checkOpen();
      if (id == DEFAULT_COLUMN_FAMILY_ID) {
        throw DbStatusException.invalidArgument("Can't drop default column family");
      }
      ColumnFamilyData c = familyById(id);
      if (c == null || c.isDropped()) {
        throw DbStatusException.invalidArgument("Column family already dropped!\n");
      }
      awaitConcurrentWrites();
      c.markDropped();
      scheduledSwitches.remove(c);
    } finally {
      dbMutex.unlock();
    }
  }

  /** Ids of the live (not dropped) families, ascending. */
  public List<Integer> columnFamilyIds() {
    List<Integer> ids = new ArrayList<>();
    for (ColumnFamilyData c : familyList) { // in id order
      if (!c.isDropped()) {
        ids.add(c.id);
      }
    }
    return ids;
  }

  public String columnFamilyName(int id) {
    return family(id).name;
  }

  public boolean isDropped(int id) {
    return family(id).isDropped();
  }

  /** The sanitized options the family runs with. */
  public ColumnFamilyConfig columnFamilyConfig(int id) {
    return family(id).config;
  }

  /**
   * Changes a family's mutable options (RocksDB's {@code SetOptions}, M33). The caller passes a
   * copy of {@link #columnFamilyConfig} with the mutable fields changed ({@code write_buffer_size},
   * {@code arena_block_size}, {@code max_write_buffer_number}, {@code max_successive_merges},
   * {@code memtable_prefix_bloom_size_ratio}, whole-key filtering, {@code inplace_update_num_locks},
   * protection bytes, {@code memtable_max_range_deletions}, the prefix extractor). Validated but,
   * as in RocksDB, not sanitized: a write buffer of 4096 or one write buffer is used literally; an
   * arena block size of 0 keeps the derived one.
   *
   * @throws DbStatusException for unsupported protection bytes, or InvalidArgument naming a
   *     value no memtable can be built with
   */
  public void setOptions(int cf, ColumnFamilyConfig next) {
    lockMutex();
    try {
      ColumnFamilyData c = family(cf);
      // Not sanitized (M33): an arena block size of 0 stays 0 and the arena clamps it.
      ColumnFamilyConfig n = next.copy();
      OptionsSanitizer.validate(new DbConfig().allowConcurrentMemtableWrite(false), n);
      try {
        c.setOptions(n);
      } catch (IllegalArgumentException e) {
        throw DbStatusException.invalidArgument(e.getMessage());
      }
    } finally {
      dbMutex.unlock();
    }
  }

  /** The family with this id, dropped or not, or null if there never was one. */
  ColumnFamilyData familyById(int id) {
    ColumnFamilyData[] list = familyList;
    return id >= 0 && id < list.length ? list[id] : null;
  }

  ColumnFamilyData family(int id) {
    ColumnFamilyData c = familyById(id);
    if (c == null) {
      throw DbStatusException.invalidArgument("Invalid column family specified in write batch");
    }
    return c;
  }

  Iterable<ColumnFamilyData> allFamilies() {
    return Arrays.asList(familyList);
  }

  // ---- writes --------------------------------------------------------------------------------

  /**
   * Fails like RocksDB's {@code DB::Merge} when the family has no merge operator: NotSupported,
   * no side effect and no poisoning (M15). The API layer calls it before writing a single merge.
   */
  public void checkMergeOperator(int cf) {
    if (family(cf).config.mergeOperator == null) {
      throw DbStatusException.notSupported(NO_MERGE_OPERATOR_MESSAGE);
    }
  }

  /**
   * Writes a batch atomically: its records get consecutive sequence numbers and become visible
   * together, after all of them are in the memtables. Sets the batch's header sequence.
   *
   * @param noSlowdown fail with {@code Incomplete("Write stall")} instead of waiting in a stall
   * @throws DbStatusException the write's failure (see the class comment)
   */
  public void write(boolean noSlowdown, WriteBatchRep batch) {
    write(noSlowdown, false, batch);
  }

  /**
   * As {@link #write(boolean, WriteBatchRep)}; with {@code ignoreMissingFamilies} a record for a
   * dropped or unknown family is skipped, still consuming its sequence number, instead of failing
   * the write (DB-CF-4).
   */
  public void write(boolean noSlowdown, boolean ignoreMissingFamilies, WriteBatchRep batch) {
    checkOpen();
    if (batch.count() == 1) {
      WriteScratch scratch = WriteScratch.acquire();
      try {
        WriteThread.Writer w = scratch.writer.start(batch, noSlowdown, ignoreMissingFamilies);
        if (insertsConcurrently(batch)) {
          writeConcurrently(w, scratch);
        } else {
          writeAlone(w, scratch);
        }
      } finally {
        scratch.release();
      }
      return;
    }
    WriteThread.Writer w = new WriteThread.Writer(batch, noSlowdown, ignoreMissingFamilies);
    WriteThread.State state = writeThread.join(w);
    if (state == WriteThread.State.LEADER) {
      try {
        lead(w);
      } finally {
        writeThread.exitAsLeader(w.group);
      }
    }
    if (w.error != null) {
      throw w.error;
    }
  }

  /**
   * Whether a batch goes the concurrent way (DB-CONC-1): with {@code allow_concurrent_memtable_write},
   * a single record that is not a merge, while every family's representation inserts concurrently
   * exactly as it inserts serially (the skip list and the vector). RocksDB inserts a lone writer's
   * batch serially; a batch of several records would re-check the flush state after each (M37),
   * so those go grouped, where a lone writer inserts serially as in RocksDB.
   */
  private boolean insertsConcurrently(WriteBatchRep batch) {
    if (!config.allowConcurrentMemtableWrite
        || batch.count() != 1
        || batch.has(WriteBatchRep.HAS_MERGE)) {
      return false;
    }
    for (ColumnFamilyData c : familyList) {
      if (!c.isDropped() && !c.concurrentInsertIsUnobservable()) {
        return false;
      }
    }
    return true;
  }

  /** Whether every live family's inserts only append (a vector's; see {@link #writeAlone}). */
  private boolean insertsOnlyAppend() {
    for (ColumnFamilyData c : familyList) {
      if (!c.isDropped() && !c.insertsOnlyAppend()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The concurrent way (see the class note): take the sequence numbers past the open {@link #gate}
   * or, when it is closed, under the mutex after preprocessing; insert outside the mutex; publish
   * in sequence order.
   */
  private void writeConcurrently(WriteThread.Writer w, WriteScratch scratch) {
    long count = Integer.toUnsignedLong(w.batch.count());
    if (gate.tryEnter()) {
      takeSequences(w, count);
    } else {
      enterHoldingMutex(w, count, scratch.active);
    }
    try { // from here on the write is in flight: nothing may skip the exit below
      concurrentWrites.increment();
      insertOne(w, true, scratch.inserter);
      if (w.error != null) {
        DbStatusException sticky = sticky(w.error);
        if (stickyError == null) {
          stickyError = sticky; // not under the mutex: its holder may be waiting for this write
        }
        gate.close(); // after the error: see enterHoldingMutex
        throw sticky;
      }
      long previous = w.firstSequence - 1;
      for (int spins = 0; lastSequence != previous; spins++) {
        // An earlier write is inserting on another thread: publish after it, or fail with it.
        DbStatusException sticky = stickyError;
        if (sticky != null) {
          throw sticky;
        }
        pause(spins);
      }
      lastSequence = previous + count; // publication: the batch becomes visible here
    } finally {
      gate.exit();
    }
  }

  /**
   * A concurrent write's preprocessing and sequence numbers under the mutex; enters the gate, and
   * opens it if the writes after this one need no preprocessing. {@code active} is an empty list
   * to preprocess {@code w} in.
   */
  private void enterHoldingMutex(
      WriteThread.Writer w, long count, List<WriteThread.Writer> active) {
    lockMutexSpinning();
    try {
      checkOpen();
      active.add(w);
      preprocess(active);
      if (active.isEmpty()) {
        throw w.error; // refused by a stall (no_slowdown)
      }
      gate.enter();
      takeSequences(w, count);
      // Open first, then check: work that appears meanwhile without the mutex (a switch
      // scheduled, a sticky error) closes the gate after it is recorded, so either the check
      // sees it or that closing comes after this opening.
      gate.open();
      if (!mayWriteWithoutMutex()) {
        gate.close();
      }
    } finally {
      dbMutex.unlock();
    }
  }

  private void takeSequences(WriteThread.Writer w, long count) {
    w.firstSequence = (long) ALLOCATED.getAndAdd(this, count) + 1;
    w.batch.setSequence(w.firstSequence);
  }

  /**
   * Whether {@link #preprocess} has nothing to do: engine open, no sticky error, no switch
   * scheduled, no write buffer manager (its budget changes with every write), no family with a
   * flush pending or writes stopped. Requires: db mutex.
   */
  private boolean mayWriteWithoutMutex() {
    if (closed || stickyError != null || !scheduledSwitches.isEmpty()
        || config.writeBufferManagerSize > 0) {
      return false;
    }
    for (ColumnFamilyData c : familyList) {
      if (c.flushPending() || c.stopsWrites()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Takes the db mutex, spinning a while before blocking: concurrent writers hold it for well under
   * a microsecond, far less than parking and waking a thread costs. Then closes the {@link #gate}.
   */
  private void lockMutexSpinning() {
    for (int spins = 0; spins < 64; spins++) {
      if (dbMutex.tryLock()) {
        gate.close();
        return;
      }
      Thread.onSpinWait();
    }
    lockMutex();
  }

  /**
   * Takes the db mutex and closes the {@link #gate}: from here until it unlocks, the holder may
   * change what {@link #preprocess} would do, and no concurrent write skips it meanwhile (only a
   * mutex holder opens the gate).
   */
  private void lockMutex() {
    dbMutex.lock();
    gate.close();
  }

  /**
   * Requires: db mutex. Closes the gate and waits until the concurrent inserts in flight have
   * published or failed; no new one can start while the mutex is held. They are short and never
   * wait for the mutex.
   */
  private void awaitConcurrentWrites() {
    gate.close(); // again: a writer may have opened it while a stall's wait released the mutex
    for (int spins = 0; !gate.drained(); spins++) {
      pause(spins);
    }
  }

  /** One step of a short wait for another thread's progress: spin first, then yield the core. */
  private static void pause(int spins) {
    if (spins < 256) {
      Thread.onSpinWait();
    } else {
      Thread.yield();
    }
  }

  private static DbStatusException sticky(RuntimeException failure) {
    return failure instanceof DbStatusException d
        ? d
        : DbStatusException.corruption(String.valueOf(failure.getMessage()));
  }

  /** Requires: db mutex. Switches a family's memtable once no concurrent insert is in flight. */
  private void switchMemTable(ColumnFamilyData c) {
    awaitConcurrentWrites();
    c.switchMemTable(lastSequence);
  }

  /**
   * A write of one record that is not inserted concurrently: committed as a group of its own under
   * the mutex, without the write queue. With no log to share, a group would save such writes
   * nothing but would cost each of them two hand-offs between threads (the queue's lock on joining
   * and on completing).
   *
   * <p>How a writer waits for the mutex depends on how long its holder keeps it. Where every
   * family's inserts only append (the vector), a write holds it for about 100 ns and its thread is
   * soon back for it: a writer that spun would take the mutex in that gap, and the two threads
   * would then alternate, each write first pulling the memtable's state from the other core;
   * queueing at once lets one thread write a run while the other sleeps. Elsewhere an insert
   * searches and holds the mutex for a microsecond or more, a spinner gets it when it ends, and a
   * sleeper would wake much later. Measured (scratch driver, alternating builds): two threads
   * putting into a vector, 130-165 ns per put queueing against 200-260 spinning (over 600 spinning
   * 1,000 times); the 2-thread mixed workload on a hash skip list, 710-860 ns per operation
   * spinning against 910-1,010 queueing.
   */
  private void writeAlone(WriteThread.Writer w, WriteScratch scratch) {
    List<WriteThread.Writer> active = scratch.active;
    active.add(w);
    if (insertsOnlyAppend()) {
      lockMutex();
    } else {
      lockMutexSpinning();
    }
    try {
      commit(active, scratch.inserter);
    } finally {
      dbMutex.unlock();
    }
    if (w.error != null) {
      throw w.error;
    }
  }

  private void lead(WriteThread.Writer leader) {
    lockMutex();
    try {
      commit(new ArrayList<>(leader.group.writers), new MemTableInserter());
    } finally {
      dbMutex.unlock();
    }
  }

  /**
   * Requires: db mutex. Commits a group: preprocesses, assigns its sequence numbers, inserts every
   * batch with the single-writer paths and publishes the group's last sequence number; a failure
   * is every writer's {@code error}. {@code active} loses the writers a stall refused.
   */
  private void commit(List<WriteThread.Writer> active, MemTableInserter inserter) {
    try {
      checkOpen();
      preprocess(active);
      // The group inserts with the single-writer memtable paths. After preprocess: a stall
      // there releases the mutex, and concurrent writes may start meanwhile.
      awaitConcurrentWrites();
    } catch (RuntimeException e) {
      for (WriteThread.Writer w : active) {
        w.error = e;
      }
      return;
    }
    if (active.isEmpty()) {
      return;
    }
    // Indexed loops: an iterator is an object per write where escape analysis does not remove it
    // (DB-WRITE-4).
    long next = lastSequence + 1;
    for (int i = 0; i < active.size(); i++) {
      WriteThread.Writer w = active.get(i);
      w.firstSequence = next;
      w.batch.setSequence(next);
      next += Integer.toUnsignedLong(w.batch.count());
    }
    // A release store: no concurrent write is in flight or can start, and the next one to take
    // numbers follows this holder through the mutex or through the gate, which only a later
    // holder opens.
    ALLOCATED.setRelease(this, next - 1);
    groups.increment();
    RuntimeException failure = null;
    for (int i = 0; i < active.size() && failure == null; i++) {
      WriteThread.Writer w = active.get(i);
      insertOne(w, false, inserter);
      failure = w.error;
    }
    if (failure == null) {
      lastSequence = next - 1; // publication: the whole group becomes visible here
      return;
    }
    DbStatusException sticky = sticky(failure);
    stickyError = sticky;
    for (WriteThread.Writer w : active) {
      w.error = sticky;
    }
  }

  /**
   * A thread's objects for its one-record writes, reused from write to write so that such a write
   * allocates nothing (with {@link WriteBatchRep#forSingleRecord}'s batch). A write made while the
   * thread's own is in progress (a Java comparator's, DB-WRITE-3) gets fresh ones. Between writes
   * they hold no reference to an engine, a batch or a memtable.
   */
  private static final class WriteScratch {
    private static final ThreadLocal<WriteScratch> OF_THREAD =
        ThreadLocal.withInitial(WriteScratch::new);

    final WriteThread.Writer writer = new WriteThread.Writer();
    final MemTableInserter inserter = new MemTableInserter();
    final List<WriteThread.Writer> active = new ArrayList<>(1);
    private boolean inUse;

    static WriteScratch acquire() {
      WriteScratch s = OF_THREAD.get();
      if (s.inUse) {
        return new WriteScratch();
      }
      s.inUse = true;
      return s;
    }

    void release() {
      writer.clear();
      inserter.clear();
      active.clear();
      inUse = false;
    }
  }

  /** Inserts a writer's batch with {@code inserter}, which is free for the next batch after. */
  private void insertOne(WriteThread.Writer w, boolean concurrent, MemTableInserter inserter) {
    inserter.start(this, w.firstSequence, concurrent, w.ignoreMissingFamilies);
    try {
      inserter.apply(w.batch);
    } catch (DbStatusException e) {
      w.error = e;
    } catch (CorruptionException e) {
      w.error = DbStatusException.corruption(e.getMessage());
    } catch (RuntimeException | AssertionError | StackOverflowError e) {
      // A bug, not bad input: fail (and poison) this write instead of leaving a group half done.
      w.error = DbStatusException.corruption("internal error while inserting a batch: " + e);
    } finally {
      try {
        inserter.finish();
      } catch (RuntimeException e) {
        if (w.error == null) {
          w.error = e;
        }
      }
    }
  }

  /**
   * The leader's preparation (RocksDB's {@code PreprocessWrite}): sticky error, scheduled and
   * buffer-manager switches, flush emulation, stalls. Removes writers that fail here from {@code
   * active} after setting their error. Requires: db mutex.
   */
  private void preprocess(List<WriteThread.Writer> active) {
    DbStatusException sticky = stickyError;
    if (sticky != null) {
      throw sticky;
    }
    if (!scheduledSwitches.isEmpty()) {
      for (ColumnFamilyData c : List.copyOf(scheduledSwitches)) {
        scheduledSwitches.remove(c);
        if (!c.isDropped() && c.mem().flushState() == MemTable.FlushState.SCHEDULED) {
          switchMemTable(c);
        }
      }
    }
    WriteBufferBudget.maybeSwitch(this, config.writeBufferManagerSize);
    runFlushes();
    while (anyWriteStopped()) {
      active.removeIf(w -> {
        if (w.noSlowdown) {
          w.error = DbStatusException.incomplete(WRITE_STALL_MESSAGE);
          return true;
        }
        return false;
      });
      if (active.isEmpty()) {
        return;
      }
      backgroundChanged.awaitUninterruptibly();
      checkOpen();
    }
  }

  void switchForBudget(ColumnFamilyData c) {
    switchMemTable(c);
  }

  private boolean anyWriteStopped() {
    for (ColumnFamilyData c : familyList) {
      if (c.stopsWrites()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The flush emulation: retire what a flush would take now. As in RocksDB, nothing flushes while
   * background work is paused or a write error poisoned the engine (the flush job fails on the
   * background error), and a dropped family's memtables are never flushed (DB-FLUSH-1).
   * Requires: db mutex.
   */
  private void runFlushes() {
    if (backgroundPauses > 0 || stickyError != null) {
      return;
    }
    for (ColumnFamilyData c : familyList) {
      if (!c.isDropped() && c.flushPending()) {
        c.retireUnflushed();
      }
    }
    backgroundChanged.signalAll();
  }

  /** Called by the inserter when a write filled a family's memtable (M37, phase one). */
  void scheduleSwitch(ColumnFamilyData c) {
    scheduledSwitches.add(c);
    gate.close(); // after adding: see enterHoldingMutex
  }

  /**
   * Manual flush (M45): switches the family's memtable if it is not empty and flushes every
   * unflushed memtable unless background work is paused. {@code waitForFlush} has nothing to
   * wait for (the flush emulation is synchronous); with background work paused the flush stays
   * pending and the call returns instead of waiting forever (DIFF-DB-FLUSHWAIT-1). As RocksDB: a
   * flush that does not wait fails with TryAgain while writes are stopped, and after a write
   * error poisoned the engine only a flush that waits reports it (DB-FLUSH-2).
   */
  public void flush(int cf, boolean waitForFlush) {
    flush(cf, waitForFlush, false);
  }

  /**
   * As {@link #flush(int, boolean)}. Without {@code allowWriteStall}, RocksDB first waits until
   * one more immutable memtable would not stop writes ({@code WaitUntilFlushWouldNotStallWrites});
   * that wait can only end by a flush, so after a write error poisoned the engine it gives up with
   * that error before switching anything. (With background work paused RocksDB waits forever;
   * PureRocks goes on, DIFF-DB-FLUSHWAIT-1.)
   */
  public void flush(int cf, boolean waitForFlush, boolean allowWriteStall) {
    lockMutex();
    try {
      checkOpen();
      awaitConcurrentWrites(); // a flush takes every write that returned before it
      if (!waitForFlush && anyWriteStopped()) {
        // RocksDB's FlushMemTable refuses a flush that does not wait while writes are stopped.
        throw DbStatusException.tryAgain(FLUSH_WHILE_STOPPED_MESSAGE);
      }
      ColumnFamilyData c = family(cf);
      if (!allowWriteStall && c.isDropped()) {
        // RocksDB's stall wait answers ColumnFamilyDropped before switching anything (DB-FLUSH-3).
        throw columnFamilyDropped();
      }
      DbStatusException poisoned = stickyError;
      if (!allowWriteStall && poisoned != null && c.switchWouldStopWrites()) {
        throw poisoned;
      }
      if (!c.mem().isEmpty()) {
        switchMemTable(c);
        scheduledSwitches.remove(c);
      }
      c.requestManualFlush();
      DbStatusException sticky = stickyError;
      if (sticky != null && waitForFlush) {
        // As RocksDB: the switch happens, the flush job then fails on the background error, which
        // only a flush that waits for the job reports.
        throw sticky;
      }
      if (waitForFlush && c.isDropped()) {
        // The switch happened; waiting for a flush that never runs ends as ColumnFamilyDropped.
        throw columnFamilyDropped();
      }
      runFlushes();
    } finally {
      dbMutex.unlock();
    }
  }

  /**
   * RocksDB's ColumnFamilyDropped status (code 14) as a RocksJava 11.8.1 user receives it: its
   * {@code Status.Code} has no constant for 14, so mapping the status throws
   * IllegalArgumentException "Illegal value provided for Code (14)." instead of a
   * RocksDBException. PureRocks reports it identically (DB-FLUSH-3).
   */
  private static IllegalArgumentException columnFamilyDropped() {
    try {
      Status.Code.getCode(COLUMN_FAMILY_DROPPED_CODE);
    } catch (IllegalArgumentException e) {
      return e;
    }
    throw new AssertionError("Status.Code gained a constant for code " + COLUMN_FAMILY_DROPPED_CODE);
  }

  /** RocksDB's {@code PauseBackgroundWork}: flushes stop until {@link #continueBackgroundWork}. */
  public void pauseBackgroundWork() {
    lockMutex();
    try {
      backgroundPauses++;
    } finally {
      dbMutex.unlock();
    }
  }

  public void continueBackgroundWork() {
    lockMutex();
    try {
      if (backgroundPauses == 0) {
        throw DbStatusException.invalidArgument("Background work already unpaused");
      }
      if (--backgroundPauses == 0) {
        runFlushes();
      }
    } finally {
      dbMutex.unlock();
    }
  }

  // ---- reads ---------------------------------------------------------------------------------

  /** The last published sequence number: every write at or below it is visible. */
  public long latestSequenceNumber() {
    return lastSequence;
  }

  /**
   * A pinned view of a family for readers and iterators: its memtables newest first and the
   * sequence to read at — {@code snapshotSequence} if non-negative, else the latest.
   */
  public MemTableView view(int cf, long snapshotSequence) {
    long seq = snapshotSequence >= 0 ? snapshotSequence : lastSequence;
    return family(cf).view().at(seq); // sequence first, then the view: see MemTableView
  }

  /** The value of {@code key} at the read sequence, or null. */
  public byte[] get(int cf, byte[] key, long snapshotSequence) {
    return get(cf, key, snapshotSequence, false);
  }

  /**
   * As {@link #get(int, byte[], long)}; with {@code ignoreRangeDeletions}, range tombstones hide
   * nothing ({@code ReadOptions.ignore_range_deletions}).
   */
  public byte[] get(int cf, byte[] key, long snapshotSequence, boolean ignoreRangeDeletions) {
    return PointLookup.get(view(cf, snapshotSequence), key, ignoreRangeDeletions);
  }

  /** Point lookups of several keys at one sequence; element i is null when key i is absent. */
  public List<byte[]> multiGet(int[] cfs, List<byte[]> keys, long snapshotSequence) {
    return multiGet(cfs, keys, snapshotSequence, false);
  }

  /** As {@link #multiGet(int[], List, long)}, optionally ignoring range tombstones. */
  public List<byte[]> multiGet(
      int[] cfs, List<byte[]> keys, long snapshotSequence, boolean ignoreRangeDeletions) {
    long seq = snapshotSequence >= 0 ? snapshotSequence : lastSequence;
    List<byte[]> out = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      out.add(PointLookup.get(family(cfs[i]).view().at(seq), keys.get(i), ignoreRangeDeletions));
    }
    return out;
  }

  /**
   * RocksDB's {@code KeyMayExist} over memtables only: exact, so never a false negative; the
   * value is returned when found (RocksJava's holder gets it).
   *
   * @return the value, or null when the key certainly does not exist
   */
  public byte[] keyMayExist(int cf, byte[] key, long snapshotSequence) {
    return keyMayExist(cf, key, snapshotSequence, false);
  }

  /** As {@link #keyMayExist(int, byte[], long)}, optionally ignoring range tombstones. */
  public byte[] keyMayExist(
      int cf, byte[] key, long snapshotSequence, boolean ignoreRangeDeletions) {
    return get(cf, key, snapshotSequence, ignoreRangeDeletions);
  }

  /** Looks a key up in a pinned view ({@link PointLookup}). */
  byte[] get(MemTableView v, byte[] key) {
    return PointLookup.get(v, key, false);
  }

  /**
   * RocksDB's {@code GetApproximateMemTableStats} (M26): estimated entries and bytes in the user
   * key range {@code [start, end)} over the active and the unflushed immutable memtables.
   */
  public MemTable.ApproximateStats approximateMemTableStats(int cf, byte[] start, byte[] end) {
    return underMutex(() -> {
      ColumnFamilyData c = family(cf);
      MemTable.ApproximateStats a = c.mem().approximateStats(start, end);
      long count = a.count();
      long size = a.size();
      for (MemTable m : c.unflushed()) {
        MemTable.ApproximateStats s = m.approximateStats(start, end);
        count += s.count();
        size += s.size();
      }
      return new MemTable.ApproximateStats(count, size);
    });
  }

  // ---- snapshots -----------------------------------------------------------------------------

  /**
   * Takes a snapshot at the latest sequence, or returns null when a live family uses in-place
   * updates (RocksDB's {@code GetSnapshot} returns nullptr then, M18).
   */
  public Snapshot getSnapshot() {
    for (ColumnFamilyData c : familyList) {
      if (!c.isDropped() && c.config.inplaceUpdateSupport) {
        return null;
      }
    }
    return new Snapshot(snapshots.add(lastSequence));
  }

  public void releaseSnapshot(Snapshot s) {
    snapshots.remove(s.sequence);
  }

  /** Sequence numbers of the live snapshots, oldest first, one per snapshot. */
  public List<Long> liveSnapshots() {
    return snapshots.list();
  }

  // ---- properties and state ------------------------------------------------------------------

  /**
   * A property's value as RocksDB formats it.
   *
   * @throws DbStatusException NotFound for a name the engine does not know
   */
  public String getProperty(int cf, String name) {
    return DbProperties.get(this, family(cf), name);
  }

  <T> T underMutex(java.util.function.Supplier<T> body) {
    lockMutex();
    try {
      return body.get();
    } finally {
      dbMutex.unlock();
    }
  }

  boolean isWriteStopped() {
    return anyWriteStopped();
  }

  boolean isBackgroundPaused() {
    lockMutex();
    try {
      return backgroundPauses > 0;
    } finally {
      dbMutex.unlock();
    }
  }

  /** The sticky write error, or null (RocksDB's background error from a memtable insert). */
  public DbStatusException stickyError() {
    return stickyError;
  }

  private void checkOpen() {
    if (closed) {
      throw new DbStatusException(
          new Status(Status.Code.ShutdownInProgress, Status.SubCode.None, "Database closed"));
    }
  }

  /** Marks the engine closed; stalled writers wake up and fail. Idempotent. */
  @Override
  public void close() {
    lockMutex();
    try {
      awaitConcurrentWrites();
      closed = true;
      backgroundChanged.signalAll();
    } finally {
      dbMutex.unlock();
    }
  }
}
