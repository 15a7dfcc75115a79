package dev.purerocks.internal.db;

import dev.purerocks.internal.memtable.MemTable;
import dev.purerocks.internal.memtable.MemTableOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One column family's memtables (RocksDB's {@code ColumnFamilyData} with its {@code MemTableList}).
 *
 * <pre>
 *   mem ───────────── active memtable: takes writes
 *   unflushed ─────── immutable memtables waiting for a flush, newest first; they count toward
 *                     max_write_buffer_number (stalls, M40) and min_write_buffer_number_to_merge
 *   retired ───────── memtables a flush has taken, newest first. With no SST files yet they stay
 *                     in memory as read-only sorted runs: readers still see them, stalls, the
 *                     write buffer manager and the memtable properties do not (they stand for the
 *                     L0 files RocksDB would have written). A later flush job writes them out.
 * </pre>
 *
 * <p>Thread-safety: the lists and {@code mem} change only under the engine's db mutex (the write
 * leader or an admin operation holds it). Readers use {@link #view()}, a volatile immutable
 * snapshot republished after every change.
 *
 * <p>Invariant: a memtable is in at most one of mem / unflushed / retired, and the view lists them
 * in that order, each part newest first.
 */
final class ColumnFamilyData {
  final int id;
  final String name;
  /** The options in force; replaced whole by {@link #setOptions} (volatile: writers read it). */
  volatile ColumnFamilyConfig config;
  private volatile MemTableOptions memOptions;

  private MemTable mem;
  private final ArrayList<MemTable> unflushed = new ArrayList<>();
  private final ArrayList<MemTable> retired = new ArrayList<>();
  private volatile MemTableView view;
  private volatile boolean dropped;
  private boolean manualFlushPending;
  /** A switch after the drop: RocksDB then recomputes the dropped family's stall (see below). */
  private boolean switchedWhileDropped;

  ColumnFamilyData(int id, String name, ColumnFamilyConfig sanitized, long lastSequence) {
    this.id = id;
    this.name = name;
    this.config = sanitized;
    this.memOptions = sanitized.memTableOptions();
    this.mem = new MemTable(memOptions, lastSequence);
    publish();
  }

  /** See {@link dev.purerocks.internal.memtable.MemTableRepFactory#concurrentInsertIsUnobservable}. */
  boolean concurrentInsertIsUnobservable() {
    return memOptions.repFactory().concurrentInsertIsUnobservable();
  }

  /** See {@link dev.purerocks.internal.memtable.MemTableRepFactory#insertsOnlyAppend}. */
  boolean insertsOnlyAppend() {
    return memOptions.repFactory().insertsOnlyAppend();
  }

  MemTable mem() {
    return mem;
  }

  MemTableView view() {
    return view;
  }

  boolean isDropped() {
    return dropped;
  }

  void markDropped() {
    dropped = true;
  }

  /** Unflushed immutable memtables, newest first. Requires: db mutex. */
  List<MemTable> unflushed() {
    return Collections.unmodifiableList(unflushed);
  }

  List<MemTable> retired() {
    return Collections.unmodifiableList(retired);
  }

  /** Number of unflushed immutables; racy read for properties, exact under the db mutex. */
  int numUnflushed() {
    return unflushedCount;
  }

  private volatile int unflushedCount;

  /**
   * Makes the active memtable immutable and starts an empty one (RocksDB's {@code
   * SwitchMemtable}, M38). Requires: db mutex; no write in flight on this family.
   */
  void switchMemTable(long lastSequence) {
    MemTable old = mem;
    switchedWhileDropped |= dropped;
    old.markImmutable();
    mem = new MemTable(memOptions, lastSequence);
    unflushed.add(0, old);
    publish();
  }

  /**
   * Dynamic options (RocksDB's {@code SetOptions}, M33): the new values are used as given, not
   * sanitized; new memtables are built with them and the active memtable takes the new write
   * buffer size ({@link MemTable#updateWriteBufferSize}). Requires: db mutex.
   */
  void setOptions(ColumnFamilyConfig next) {
    MemTableOptions nextMem = next.memTableOptions();
    config = next;
    memOptions = nextMem;
    mem.updateWriteBufferSize(next.writeBufferSize);
    publish();
  }

  /** Whether a flush would run now (M44): enough unflushed memtables, or a manual request. */
  boolean flushPending() {
    return !unflushed.isEmpty()
        && (unflushed.size() >= config.minWriteBufferNumberToMerge || manualFlushPending);
  }

  void requestManualFlush() {
    manualFlushPending = true;
  }

  /**
   * Completes a flush: every unflushed memtable becomes a retired read-only run. Requires: db
   * mutex.
   */
  void retireUnflushed() {
    retired.addAll(0, unflushed);
    unflushed.clear();
    manualFlushPending = false;
    publish();
  }

  /** Stops writes (M40): unflushed immutables reached {@code max_write_buffer_number}. */
  boolean writeStopped() {
    return numUnflushed() >= config.maxWriteBufferNumber;
  }

  /**
   * Whether this family stops the database's writes. RocksDB holds a stop token per family,
   * recomputed when the family installs a new version (a switch, a flush) and released by the
   * drop; a dropped family is never flushed, so a switch after the drop (a manual flush through
   * its handle) can stop writes for good (DB-STALL-2).
   */
  boolean stopsWrites() {
    return (!dropped || switchedWhileDropped) && writeStopped();
  }

  /**
   * Whether a flush's switch would stop writes (RocksDB's stall check before a manual flush): at
   * least {@code min_write_buffer_number_to_merge} unflushed immutables, and with the active
   * memtable if not empty, {@code max_write_buffer_number} of them. Requires: db mutex.
   */
  boolean switchWouldStopWrites() {
    int unflushedAfter = unflushed.size() + (mem.isEmpty() ? 0 : 1);
    return unflushed.size() >= config.minWriteBufferNumberToMerge
        && unflushedAfter >= config.maxWriteBufferNumber;
  }

  private void publish() {
    List<MemTable> all = new ArrayList<>(1 + unflushed.size() + retired.size());
    all.add(mem);
    all.addAll(unflushed);
    all.addAll(retired);
    unflushedCount = unflushed.size();
    view = new MemTableView(List.copyOf(all), 1 + unflushed.size(), config.comparator, config.mergeOperator,
        config.prefixExtractor, 0);
  }
}
