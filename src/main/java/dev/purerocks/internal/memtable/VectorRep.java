package dev.purerocks.internal.memtable;

import dev.purerocks.internal.memory.Arena;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * The vector representation: entries are appended unsorted and sorted only when read (RocksDB's
 * {@code VectorRep}, {@code memtable/vectorrep.cc}; facts M24, M29, M52, M54). It has the
 * cheapest insert of all representations and no per-entry node: an entry is allocated unaligned
 * from the arena, and the representation keeps one 8-byte address per entry.
 *
 * <h2>Pedigree and differences</h2>
 * RocksDB appends entry pointers to a {@code std::vector}; while the memtable is mutable, every
 * {@code Get} and every iterator copies the whole vector and sorts the copy (0.76 s per Get at one
 * million entries), and after {@code MarkReadOnly} the first reader sorts the vector once. The
 * results here are the same, the cost is not: the sorted order is maintained incrementally.
 * <ul>
 *   <li>Writers append addresses to {@linkplain VectorAppendLog append logs}: one log for the
 *       single writer ({@link #insert}) and one per thread for {@link #insertConcurrently}.
 *   <li>A reader that finds published but unsorted entries (the <em>tail</em>) takes the sort
 *       lock, sorts the tail into a new run and pushes it on a stack of {@link SortedRuns} whose
 *       sizes fall geometrically, merging runs like a binary counter. A read then costs one binary
 *       search per run ({@code O(log^2 n)}; a {@link RunFence} keeps most of its comparisons in a
 *       small array under the built-in comparators), and the sort work over the memtable's life is
 *       {@code O(n log n)}, the cost of RocksDB's single sort, whatever the mix of reads and
 *       writes. Under the built-in comparators a large tail is sorted by key abbreviations
 *       ({@link BytewiseTailSort}): about ten times faster than RocksDB's one sort.
 *   <li>The first read after {@link #markReadOnly} collapses the runs into one; from then on
 *       reads take no lock and do one binary search, as RocksDB's immutable vector does.
 *   <li>Equal entries (same user key and sequence: RocksDB does not reject them in a vector)
 *       come out in a fixed order, where RocksDB's unstable {@code std::sort} leaves it undefined:
 *       the order in which they were absorbed into the runs. For a single writer that is
 *       insertion order; entries of concurrent writers that reach one sort together are ordered
 *       single-writer log first, then thread logs in the order the threads first wrote, then
 *       insertion order within a thread.
 *   <li>{@code seekForPrev} is implemented (RocksDB's asserts, since its memtable iterator
 *       emulates it with seek and prev, M50).
 *   <li>Entries a concurrent writer inserted but never post-processed become visible at
 *       {@link #markReadOnly} instead of being dropped with a thread-local vector.
 * </ul>
 *
 * <h2>Structure</h2>
 * <pre>
 *   insert ------------------> log 0 (single writer) --.
 *   insertConcurrently (T1) -> log 1 --- published ----+-- absorb: sort tail, push run --> runs
 *   insertConcurrently (T2) -> log 2 --- at batch end -'   (sort lock)                    (immutable
 *                                                                                          view)
 *   runs = [ oldest, largest run | ... | newest, smallest run ]   cursors keep the view they saw
 *   fences: two key words of every 16th entry of each large run (built-in comparators), RunFence
 * </pre>
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>Every published entry is in exactly one place: in its log at or after the log's absorbed
 *       position, or in exactly one run of {@code view}.
 *   <li>{@code view}'s runs satisfy {@link SortedRuns}' invariants, each with its
 *       {@link RunFence} when it has one; a published view is never modified, a new one
 *       replaces it.
 *   <li>For each log, {@code absorbed <= published}, and {@code view} holds exactly the entries
 *       below every log's absorbed position (outside the sort lock).
 *   <li>Once {@code frozen}, {@code view} has at most one run and never changes again.
 * </ol>
 *
 * <h2>Thread-safety</h2>
 * As {@link MemTableRep}: {@link #insert} calls are serialized by the caller (and never overlap
 * concurrent inserts); {@link #insertConcurrently} and {@link #batchPostProcess} may run on many
 * threads. An entry passed to {@link #insert} is visible to readers when the call returns; one
 * passed to {@link #insertConcurrently} when its thread's next {@link #batchPostProcess} returns,
 * or at {@link #markReadOnly} if that never happens. Readers never wait for writers and writers
 * never wait for anyone. A reader that finds an unsorted tail waits for the sort lock, i.e. for
 * another reader that is absorbing: it would otherwise have to do the same work. Cursors are
 * structural snapshots, fixed when made (M52).
 *
 * <h2>Memory ordering</h2>
 * <ol>
 *   <li>Writer to reader: a writer encodes the entry and stores its address in its log with plain
 *       stores, then release-stores the log's published count ({@link #insert}: at once;
 *       concurrent writers: in {@link #batchPostProcess}). A reader acquires the count before it
 *       copies slots below it, so it sees the addresses and the entry bytes. The arena block an
 *       address names was published by the arena before the address existed.
 *   <li>Absorbing reader to later readers: under the sort lock the absorber builds new arrays,
 *       release-stores {@code view}, and only then release-stores each log's absorbed count. The
 *       lock-free fast path acquires every absorbed count (and published count) before it
 *       acquires {@code view}; if each log's absorbed count equals its published count, the
 *       {@code view} it reads is the one stored before those counts or a newer one, so it holds
 *       every entry published before the check.
 *   <li>Freezing: {@link #markReadOnly} publishes every log (no insert runs any more, so the
 *       thread-log writes happen-before it by the caller's contract), then release-stores
 *       {@code readOnly}. An absorber that acquires {@code readOnly} therefore sees all counts
 *       final, collapses, stores {@code view} and then {@code frozen}; a reader that acquires
 *       {@code frozen} reads the final {@code view} and needs no other check.
 *   <li>Registration: a writer's log is added to {@code logs} (copy-on-write, volatile) before its
 *       first entry is published, so any reader that can see that entry sees the log.
 *   <li>{@code concurrent} is only a hint, read with opaque mode by {@link #allocate}: a stale
 *       {@code false} sends one allocation to the arena's shared cursor instead of a shard, which
 *       is equally correct.
 * </ol>
 *
 * <h2>Memory</h2>
 * {@link #approximateMemoryUsage()} is 8 bytes per published entry, as RocksDB counts it (M29,
 * M54: it feeds cur-size and the flush decision; 11 entries give 2048 + 88 = 2136). Steady-state
 * heap is about the same: a run slot per absorbed entry and a log slot per unabsorbed one. Not
 * counted, as RocksDB does not count vector capacity: the runs' fences (1 byte per entry,
 * built-in comparators only); at most one free log chunk (64 KiB) per writer; while absorbing, the temporary arrays of the sort (up to 48 bytes per tail entry for a
 * large tail, e.g. at the first read after a bulk load) and of merges (the merged run); and run
 * sets pinned by live cursors. {@code reservedSize} only sizes the single-writer log's first
 * chunk (at most 2^20 slots).
 *
 * <p>Spec: {@code REP-VECTOR-1} .. {@code REP-VECTOR-10}.
 */
public final class VectorRep implements MemTableRep {
  private static final VarHandle VIEW;
  private static final VarHandle LOGS;
  private static final VarHandle READ_ONLY;
  private static final VarHandle FROZEN;
  private static final VarHandle CONCURRENT;
  private static final VarHandle WRITERS;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      VIEW = l.findVarHandle(VectorRep.class, "view", SortedRuns.View.class);
      LOGS = l.findVarHandle(VectorRep.class, "logs", VectorAppendLog[].class);
      READ_ONLY = l.findVarHandle(VectorRep.class, "readOnly", boolean.class);
      FROZEN = l.findVarHandle(VectorRep.class, "frozen", boolean.class);
      CONCURRENT = l.findVarHandle(VectorRep.class, "concurrent", boolean.class);
      WRITERS = l.findVarHandle(VectorRep.class, "writers", VectorWriter.Table.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Bytes RocksDB counts per entry: one pointer in the vector. */
  static final long BYTES_PER_ENTRY = 8;

  private final Arena arena;
  private final KeyComparator comparator;
  /** The single writer's log; also {@code logs[0]}. */
  private final VectorAppendLog mainLog;
  /**
   * Each concurrent writer thread's state, found by thread id; its log is also in {@code logs}.
   * Copy-on-write under the registration lock. Not a {@code ThreadLocal}: a lookup there reads a
   * weak reference, which G1 makes pay a barrier during concurrent marking (frequent while arena
   * blocks are allocated), and its entries would outlive the memtable in every writer thread's
   * map.
   */
  @SuppressWarnings("unused") // accessed through WRITERS
  private volatile VectorWriter.Table writers = new VectorWriter.Table(8);
  /** Set once a concurrent writer registered: until then allocation skips the writer lookup. */
  @SuppressWarnings("unused") // accessed through CONCURRENT
  private volatile boolean concurrent;
  /** Serializes registrations of thread logs; never held while sorting. */
  private final Object registrationLock = new Object();
  /** Serializes absorbing; readers take it only when there is something to sort. */
  private final Object sortLock = new Object();

  /** All logs, single-writer log first. Copy-on-write. */
  @SuppressWarnings("unused") // accessed through LOGS
  private volatile VectorAppendLog[] logs;

  /** The published sorted runs and their fences; see {@link SortedRuns}. Replaced, never modified. */
  @SuppressWarnings("unused") // accessed through VIEW
  private volatile SortedRuns.View view = SortedRuns.View.EMPTY;

  @SuppressWarnings("unused") // accessed through READ_ONLY
  private volatile boolean readOnly;

  @SuppressWarnings("unused") // accessed through FROZEN
  private volatile boolean frozen;

  VectorRep(KeyComparator comparator, long reservedSize) {
    if (reservedSize < 0) {
      throw new IllegalArgumentException("vector reserved size must be >= 0: " + reservedSize);
    }
    this.arena = comparator.arena();
    this.comparator = comparator;
    this.mainLog = new VectorAppendLog(Math.max(VectorAppendLog.FIRST_CHUNK, reservedSize));
    setLogs(new VectorAppendLog[] {mainLog});
  }

  /**
   * The factory (RocksDB's {@code VectorRepFactory}): concurrent inserts supported, no duplicate
   * detection; a concurrent insert by a thread that meets no other writer takes memory as a serial
   * one (see {@link VectorWriter}).
   *
   * @param reservedSize entries to make room for up front (RocksJava's
   *     {@code VectorMemTableConfig.setReservedSize}, default 0); it changes neither results nor
   *     reported memory
   * @throws IllegalArgumentException if {@code reservedSize} is negative (RocksDB aborts the
   *     process on the first write)
   */
  public static MemTableRepFactory factory(long reservedSize) {
    if (reservedSize < 0) {
      throw new IllegalArgumentException("vector reserved size must be >= 0: " + reservedSize);
    }
    return MemTableRepFactory.of(
        "VectorRepFactory",
        true,
        false,
        true,
        true, // inserts only append
        "VectorRepFactory",
        (comparator, prefix, log) -> new VectorRep(comparator, reservedSize));
  }

  // ---- field access ----------------------------------------------------------------------------

  private SortedRuns.View view() {
    return (SortedRuns.View) VIEW.getAcquire(this);
  }

  private void setView(SortedRuns.View v) {
    VIEW.setRelease(this, v);
  }

  private VectorAppendLog[] logs() {
    return (VectorAppendLog[]) LOGS.getAcquire(this);
  }

  private void setLogs(VectorAppendLog[] l) {
    LOGS.setRelease(this, l);
  }

  private boolean isReadOnly() {
    return (boolean) READ_ONLY.getAcquire(this);
  }

  private boolean isFrozen() {
    return (boolean) FROZEN.getAcquire(this);
  }

  private void setReadOnly() {
    READ_ONLY.setRelease(this, true);
  }

  private void setFrozen() {
    FROZEN.setRelease(this, true);
  }

  private VectorWriter.Table writerTable() {
    return (VectorWriter.Table) WRITERS.getAcquire(this);
  }

  private void setWriterTable(VectorWriter.Table t) {
    WRITERS.setRelease(this, t);
  }

  private boolean hasConcurrentWriters() {
    return (boolean) CONCURRENT.getOpaque(this);
  }

  private void setHasConcurrentWriters() {
    CONCURRENT.setOpaque(this, true);
  }

  // ---- writing ---------------------------------------------------------------------------------

  /**
   * Allocates the entry unaligned from the arena: a vector needs no node around it. A thread that
   * inserts concurrently allocates from a shard of its own (see {@link VectorWriter}).
   */
  @Override
  public long allocate(int encodedLength) {
    if (hasConcurrentWriters()) {
      VectorWriter w = currentWriter();
      if (w != null) {
        return w.allocate(encodedLength);
      }
    }
    return arena.allocate(encodedLength);
  }

  @Override
  public long allocateAlone(int encodedLength) {
    return arena.allocateAlone(encodedLength);
  }

  /**
   * Appends the entry; it is visible to readers when this returns. Always true: a vector does not
   * detect duplicates.
   *
   * <p>Requires: no other insert or batch post-processing runs; {@link #markReadOnly} has not
   * been called.
   */
  @Override
  public boolean insert(long entry) {
    assert !isReadOnly() : "insert into a read-only vector memtable";
    mainLog.append(entry);
    mainLog.publish();
    return true;
  }

  /**
   * Appends the entry to this thread's log; it becomes visible when this thread next calls
   * {@link #batchPostProcess} (or at {@link #markReadOnly}). Always true.
   *
   * <p>Requires: {@link #markReadOnly} has not been called.
   */
  @Override
  public boolean insertConcurrently(long entry) {
    assert !isReadOnly() : "insert into a read-only vector memtable";
    VectorWriter w = currentWriter();
    if (w == null) {
      w = registerWriter();
    }
    w.log.append(entry);
    return true;
  }

  /** Publishes what this thread inserted concurrently since its last call. */
  @Override
  public void batchPostProcess() {
    if (hasConcurrentWriters()) {
      VectorWriter w = currentWriter();
      if (w != null) {
        w.log.publish();
      }
    }
  }

  /** This thread's writer state, or null if it never inserted concurrently. */
  private VectorWriter currentWriter() {
    return writerTable().find(Thread.currentThread().getId());
  }

  private VectorWriter registerWriter() {
    VectorWriter w = new VectorWriter(arena);
    long id = Thread.currentThread().getId();
    synchronized (registrationLock) {
      VectorWriter.Table table = writerTable().with(id, w);
      VectorAppendLog[] logs = logs();
      VectorAppendLog[] grown = Arrays.copyOf(logs, logs.length + 1);
      grown[logs.length] = w.log;
      setLogs(grown); // before the writer can publish anything (ordering point 4)
      setWriterTable(table);
    }
    setHasConcurrentWriters();
    return w;
  }

  /**
   * Marks the memtable immutable: every entry inserted so far becomes visible (including
   * concurrent inserts never post-processed), and the next read collapses the runs into one.
   * Does not sort: the first reader pays, as in RocksDB, so that switching memtables stays cheap.
   *
   * <p>Requires: every insert happens-before this call, and none follows.
   */
  @Override
  public void markReadOnly() {
    if (isReadOnly()) {
      return;
    }
    for (VectorAppendLog log : logs()) {
      log.publish();
    }
    setReadOnly();
  }

  /** 8 bytes per published entry, as RocksDB reports it (M29). */
  @Override
  public long approximateMemoryUsage() {
    long n = 0;
    for (VectorAppendLog log : logs()) {
      n += log.published();
    }
    return n * BYTES_PER_ENTRY;
  }

  // ---- reading ---------------------------------------------------------------------------------

  @Override
  public void get(byte[] internalKey, int off, int len, EntryVisitor visitor) {
    SortedRuns.View snapshot = readableView();
    if (snapshot.runs.length == 1) {
      long[] run = snapshot.runs[0];
      for (int i = SortedRuns.lowerBound(run, snapshot.fences[0], internalKey, off, len, comparator);
          i < run.length && visitor.visit(run[i]);
          i++) {
        // the visitor consumes entries
      }
      return;
    }
    SortedRunsCursor c = new SortedRunsCursor(snapshot, comparator);
    for (c.seek(internalKey, off, len); c.isValid() && visitor.visit(c.entry()); c.next()) {
      // the visitor consumes entries
    }
  }

  /** A cursor over every entry visible now; later inserts are not seen (M52). */
  @Override
  public Cursor iterator() {
    return new SortedRunsCursor(readableView(), comparator);
  }

  /**
   * The run set holding every entry published before this call, absorbing the tail first if
   * there is one (and collapsing, once read-only).
   */
  SortedRuns.View readableView() {
    if (isFrozen()) {
      return view();
    }
    if (!isReadOnly() && !hasTail()) {
      return view();
    }
    synchronized (sortLock) {
      absorb();
      return view();
    }
  }

  /** Whether some log has published entries not yet in the runs. */
  private boolean hasTail() {
    for (VectorAppendLog log : logs()) {
      // absorbed first: see the memory-ordering argument, point 2
      long absorbed = log.absorbed();
      if (log.published() != absorbed) {
        return true;
      }
    }
    return false;
  }

  /**
   * Moves every published entry into the runs. Nothing changes until the new view is built, so
   * a failure (out of memory while sorting a large tail) leaves the representation as it was.
   *
   * <p>Requires: the sort lock.
   */
  private void absorb() {
    assert Thread.holdsLock(sortLock);
    if (isFrozen()) {
      return;
    }
    boolean readOnlyNow = isReadOnly();
    VectorAppendLog[] ls = logs();
    long[] upTo = new long[ls.length];
    long total = 0;
    for (int i = 0; i < ls.length; i++) {
      upTo[i] = ls[i].published();
      total += upTo[i] - ls[i].absorbed();
    }
    if (total > SortedRuns.MAX_RUN_LENGTH) {
      throw new IllegalStateException(
          "vector memtable holds more than " + SortedRuns.MAX_RUN_LENGTH + " entries");
    }
    SortedRuns.View current = view();
    long[][] next = current.runs;
    if (total > 0) {
      long[] tail = new long[(int) total];
      int at = 0;
      for (int i = 0; i < ls.length; i++) {
        at = ls[i].copyUnabsorbed(tail, at, upTo[i]);
      }
      SortedRuns.sort(tail, comparator);
      next = SortedRuns.push(next, tail, comparator);
    }
    if (readOnlyNow) {
      next = SortedRuns.collapse(next, comparator);
    }
    if (next != current.runs) {
      setView(current.next(next, comparator));
    }
    for (int i = 0; i < ls.length; i++) {
      ls[i].setAbsorbed(upTo[i]);
    }
    if (readOnlyNow) {
      for (VectorAppendLog log : ls) {
        log.release();
      }
      setFrozen();
    }
  }

  /** Number of sorted runs now (for tests and diagnostics). */
  int runCount() {
    return view().runs.length;
  }
}
