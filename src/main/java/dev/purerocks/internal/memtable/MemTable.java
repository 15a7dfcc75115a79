package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.LookupKey;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.Coding;
import dev.purerocks.internal.util.InfoLog;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.StampedLock;

/**
 * The in-memory write buffer of a column family: every put, delete, single delete, merge and range
 * deletion goes here first, readers look here first (RocksDB's {@code MemTable}, {@code
 * db/memtable.cc}). Differences from RocksDB are listed where they occur and gathered in the
 * project's {@code spec/differences-from-rocksdb.md}.
 *
 * <h2>Structure</h2>
 * <pre>
 *   MemTable
 *    ├─ Arena ─────────── every entry, skip-list node and head of both tables
 *    ├─ table ─────────── point entries, in the factory's representation (M24)
 *    ├─ rangeDelTable ─── range tombstones, always a SkipListRep (begin key → end key, type 0xF)
 *    ├─ bloom ─────────── optional prefix / whole-key filter (M20)
 *    ├─ locks ─────────── optional stripes for in-place updates (M17), {@link InplaceUpdateLocks}
 *    └─ tombstones ────── fragmented range tombstones for readers (M57), {@link RangeTombstoneCache}
 * </pre>
 * Entries are encoded as {@link Entries} describes, followed by {@code protection_bytes_per_key}
 * checksum bytes ({@link EntryProtection}). A lookup's per-entry decisions live in {@link
 * EntrySaver}; this class is the facade that owns the parts, the write paths, the counters and the
 * switch decision, which is why it is longer than most files.
 *
 * <h2>Thread-safety contract</h2>
 * <ol>
 *   <li>Writers: either one thread at a time uses {@link #add} / {@link #update} (the single-writer
 *       path), or any number of threads use {@link #addConcurrently} followed by {@link
 *       #batchPostProcess} (only when the factory supports concurrent inserts). The caller never
 *       mixes the two at the same moment, as RocksDB's write groups guarantee.
 *   <li>Readers ({@link #get}, iterators, counters, {@link #shouldFlushNow}) never block writers
 *       and may run at any time. An entry is visible to a reader once its sequence number is
 *       published by the caller; the memtable publishes the entry itself (representation links,
 *       bloom bits, tombstone cache) before the write returns.
 *   <li>{@link #markImmutable} is called once, after the last write.
 * </ol>
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>{@code numEntries} counts inserted records (range deletions included), {@code numDeletes}
 *       only 0x0 and 0x7, {@code dataSize} their encoded lengths; in-place updates change none of
 *       them (M9). Concurrent batches are counted at {@link #batchPostProcess}.
 *   <li>{@code firstSeqno} is the smallest inserted sequence number; the memtable is empty iff no
 *       record was ever inserted (M10).
 *   <li>The flush state only moves forward: not requested, requested, scheduled (M36, M37).
 *   <li>Readers never get a fragment list that misses a tombstone visible to them: each insert
 *       invalidates the view after inserting, before the caller publishes the sequence number
 *       (argument in {@link RangeTombstoneCache}).
 * </ol>
 *
 * <h2>Allocation</h2>
 * The single-writer insert path ({@link #add} of a point entry) allocates no Java object: keys are
 * copied into the arena and compared in place, counters are VarHandle fields.
 *
 * <p>Spec: {@code MT-*}, {@code RT-*}, {@code BLOOM-*}, {@code PROT-*}.
 */
public final class MemTable {
  /** The write-flow stage of a memtable (RocksDB's {@code FlushStateEnum}). */
  public enum FlushState {
    NOT_REQUESTED,
    REQUESTED,
    SCHEDULED
  }

  /** What {@link #update} did. */
  public enum UpdateOutcome {
    /** The newest value was overwritten where it lies; counters and sequence unchanged. */
    UPDATED_IN_PLACE,
    /** A new entry was added. */
    APPENDED,
    /** An entry with the same key and sequence exists; nothing changed ("key+seq exists"). */
    DUPLICATE
  }

  /** An estimate of the entries in a key range and their encoded bytes (M26). */
  public record ApproximateStats(long count, long size) {}

  /** RocksDB's {@code Status::TryAgain} text for a duplicate (user key, sequence). */
  public static final String DUPLICATE_MESSAGE = "key+seq exists";

  /** RocksDB's {@code kAllowOverAllocationRatio}: how far past the buffer the last block may go. */
  static final double ALLOW_OVER_ALLOCATION_RATIO = 0.6;

  private static final long EMPTY = Long.MAX_VALUE;
  private static final VarHandle NUM_ENTRIES;
  private static final VarHandle NUM_DELETES;
  private static final VarHandle NUM_RANGE_DELETES;
  private static final VarHandle DATA_SIZE;
  private static final VarHandle FIRST_SEQNO;
  private static final VarHandle EARLIEST_SEQNO;
  private static final VarHandle FLUSH_STATE;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      NUM_ENTRIES = l.findVarHandle(MemTable.class, "numEntries", long.class);
      NUM_DELETES = l.findVarHandle(MemTable.class, "numDeletes", long.class);
      NUM_RANGE_DELETES = l.findVarHandle(MemTable.class, "numRangeDeletes", long.class);
      DATA_SIZE = l.findVarHandle(MemTable.class, "dataSize", long.class);
      FIRST_SEQNO = l.findVarHandle(MemTable.class, "firstSeqno", long.class);
      EARLIEST_SEQNO = l.findVarHandle(MemTable.class, "earliestSeqno", long.class);
      FLUSH_STATE = l.findVarHandle(MemTable.class, "flushState", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static final FlushState[] FLUSH_STATES = FlushState.values();

  private final MemTableOptions options;
  private final Arena arena;
  private final KeyComparator comparator;
  private final UserComparator userComparator;
  private final PrefixExtractor prefixExtractor;
  private final MemTableRep table;
  private final MemTableRep rangeDelTable;
  private final MemTableBloom bloom;
  private final InplaceUpdateLocks locks;
  private final int protectionBytes;
  private final int arenaBlockSize;
  private final long creationSeq;
  private final InfoLog log;
  private final RangeTombstoneCache tombstones;

  // Counters (M9): the single-writer path's, a load and a release store each (countAlone); range
  // deletions', atomic adds; and concurrent writers' batch deltas, in adders (one shared counter
  // would pass its cache line between writer threads on every batch, as would these fields).
  // A counter's value is the sum of its field and its adder.
  @SuppressWarnings("unused")
  private volatile long numEntries;
  @SuppressWarnings("unused")
  private volatile long numDeletes;
  @SuppressWarnings("unused")
  private volatile long numRangeDeletes;
  @SuppressWarnings("unused")
  private volatile long dataSize;
  @SuppressWarnings("unused")
  private volatile long firstSeqno = EMPTY;
  @SuppressWarnings("unused")
  private volatile long earliestSeqno;
  @SuppressWarnings("unused")
  private volatile int flushState;

  private final LongAdder concurrentEntries = new LongAdder();
  private final LongAdder concurrentDeletes = new LongAdder();
  private final LongAdder concurrentDataSize = new LongAdder();

  private volatile long writeBufferSize;
  private volatile boolean markedForFlush;
  private volatile long cachedMemoryUsage;
  private volatile boolean immutable;

  /**
   * Creates an empty memtable.
   *
   * @param creationSeq the last sequence number published when the memtable was created; its
   *     earliest sequence number starts there (RocksDB's {@code latest_seq} argument)
   */
  public MemTable(MemTableOptions options, long creationSeq) {
    this.options = options;
    this.arenaBlockSize = options.arenaBlockSize();
    this.arena = new Arena(arenaBlockSize);
    this.userComparator = options.userComparator();
    this.comparator = new KeyComparator(arena, userComparator);
    this.prefixExtractor = options.prefixExtractor();
    this.log = options.infoLog();
    this.table = options.repFactory().create(comparator, prefixExtractor, log);
    this.rangeDelTable = SkipListRep.factory(0).create(comparator, null, log);
    this.protectionBytes = options.protectionBytesPerKey();
    this.tombstones =
        new RangeTombstoneCache(rangeDelTable, arena, userComparator, protectionBytes, log);
    this.locks =
        options.inplaceUpdateSupport()
            ? new InplaceUpdateLocks(options.inplaceUpdateNumLocks())
            : null;
    long bloomBits = options.effectiveBloomBits();
    this.bloom = bloomBits > 0 ? new MemTableBloom(bloomBits) : null;
    this.creationSeq = creationSeq;
    this.earliestSeqno = creationSeq;
    this.writeBufferSize = options.writeBufferSize();
    // As in RocksDB, a buffer smaller than what an empty memtable holds (possible through dynamic
    // options, M33) requests a flush right away; RocksDB only asserts against it in debug builds.
    updateFlushState();
  }

  // ---- writes --------------------------------------------------------------------------------

  /** {@link #add(long, ValueType, byte[], int, int, byte[], int, int)} of whole arrays. */
  public boolean add(long seq, ValueType type, byte[] key, byte[] value) {
    return add(seq, type, key, 0, key.length, value, 0, value.length);
  }

  /**
   * Adds one record on the single-writer path (RocksDB's {@code MemTable::Add} with {@code
   * allow_concurrent=false}): a put ({@link ValueType#VALUE}), delete, single delete or merge
   * operand into the table, or a range deletion {@code [key, value)} into the tombstone table.
   * Updates the counters, the bloom and the flush state.
   *
   * <p>Requires: no other write runs on this memtable; not immutable; {@code 0 <= seq <= 2^56-1}.
   * For a range deletion, {@code key <= value} in the user comparator's order; an empty range
   * ({@code key == value}) inserts nothing and returns true (the caller still consumes {@code
   * seq}, M56).
   *
   * @return false if an entry with the same user key and sequence exists and the representation
   *     detects it; nothing was added (the API layer reports {@link #DUPLICATE_MESSAGE})
   * @throws IllegalArgumentException for a type a memtable does not store, an inverted range, or
   *     an entry too large for the arena
   */
  public boolean add(
      long seq,
      ValueType type,
      byte[] key,
      int keyOff,
      int keyLen,
      byte[] value,
      int valueOff,
      int valueLen) {
    assert !immutable : "add to an immutable memtable";
    int typeCode = checkedType(type);
    if (typeCode == ValueType.CODE_RANGE_DELETION) {
      return addRangeDeletion(seq, key, keyOff, keyLen, value, valueOff, valueLen, null);
    }
    int encodedLength = encodedLength(keyLen, valueLen);
    long entry = table.allocateAlone(encodedLength);
    encode(entry, seq, typeCode, key, keyOff, keyLen, value, valueOff, valueLen);
    if (!table.insert(entry)) {
      return false;
    }
    countAlone(encodedLength, ValueType.isPointDeletionCode(typeCode));
    if (bloom != null) {
      addToBloom(key, keyOff, keyLen, false);
    }
    updateFlushState();
    noteSequence(seq);
    return true;
  }

  /**
   * Adds one record while other threads may add too (RocksDB's {@code MemTable::Add} with {@code
   * allow_concurrent=true}). Counter deltas go to {@code info}; call {@link #batchPostProcess}
   * when the writer's batch is done.
   *
   * <p>Requires: the factory {@link MemTableRepFactory#isInsertConcurrentlySupported supports
   * concurrent inserts}; no single-writer write runs at the same time; as {@link #add} otherwise.
   *
   * @return as {@link #add}
   */
  public boolean addConcurrently(
      long seq,
      ValueType type,
      byte[] key,
      int keyOff,
      int keyLen,
      byte[] value,
      int valueOff,
      int valueLen,
      PostProcessInfo info) {
    assert !immutable : "add to an immutable memtable";
    int typeCode = checkedType(type);
    if (typeCode == ValueType.CODE_RANGE_DELETION) {
      return addRangeDeletion(seq, key, keyOff, keyLen, value, valueOff, valueLen, info);
    }
    if (!options.repFactory().isInsertConcurrentlySupported()) {
      throw new IllegalStateException(
          options.repFactory().name() + " does not support concurrent inserts");
    }
    int encodedLength = encodedLength(keyLen, valueLen);
    long entry = table.allocate(encodedLength);
    encode(entry, seq, typeCode, key, keyOff, keyLen, value, valueOff, valueLen);
    if (!table.insertConcurrently(entry)) {
      return false;
    }
    info.numEntries++;
    info.dataSize += encodedLength;
    if (ValueType.isPointDeletionCode(typeCode)) {
      info.numDeletes++;
    }
    if (bloom != null) {
      addToBloom(key, keyOff, keyLen, true);
    }
    noteSequence(seq);
    return true;
  }

  /**
   * Applies a concurrent writer's counter deltas, lets the representation publish what the thread
   * inserted, and re-evaluates the flush state (RocksDB's {@code BatchPostProcess}).
   */
  public void batchPostProcess(PostProcessInfo info) {
    table.batchPostProcess();
    concurrentEntries.add(info.numEntries);
    concurrentDataSize.add(info.dataSize);
    if (info.numDeletes != 0) {
      concurrentDeletes.add(info.numDeletes);
    }
    if (info.numRangeDeletes != 0) {
      addNumRangeDeletes(info.numRangeDeletes);
    }
    updateFlushState();
  }

  /**
   * Inserts a range tombstone. Like RocksDB it always uses the tombstone table's concurrent
   * insert, so that it is safe against any other tombstone insert; on the single-writer path
   * ({@code info == null}) the counters and flush state are updated at once.
   */
  private boolean addRangeDeletion(
      long seq,
      byte[] begin,
      int beginOff,
      int beginLen,
      byte[] end,
      int endOff,
      int endLen,
      PostProcessInfo info) {
    int c = userComparator.compare(begin, beginOff, beginLen, end, endOff, endLen);
    if (c > 0) {
      throw new IllegalArgumentException("end key comes before start key");
    }
    if (c == 0) {
      return true;
    }
    int encodedLength = encodedLength(beginLen, endLen);
    long entry = rangeDelTable.allocate(encodedLength);
    encode(
        entry, seq, ValueType.CODE_RANGE_DELETION, begin, beginOff, beginLen, end, endOff, endLen);
    if (!rangeDelTable.insertConcurrently(entry)) {
      return false;
    }
    if (info == null) {
      addNumEntries(1);
      addDataSize(encodedLength);
      addNumRangeDeletes(1);
    } else {
      info.numEntries++;
      info.dataSize += encodedLength;
      info.numRangeDeletes++;
    }
    if (bloom != null) {
      // RocksDB adds a tombstone's begin key to the bloom like any key; it only costs positives.
      addToBloom(begin, beginOff, beginLen, true);
    }
    noteSequence(seq);
    // Readers that can see this tombstone fragment afresh (invariant 4).
    tombstones.invalidate();
    if (info == null) {
      updateFlushState();
    }
    return true;
  }

  /**
   * A put under {@code inplace_update_support} (RocksDB's {@code MemTable::Update}): if the newest
   * entry of the key is a value whose stored length is at least the new value's and no newer
   * range tombstone of this memtable covers it, overwrite it where it lies, keeping its sequence
   * number; otherwise add a new entry.
   *
   * <p>The overwrite rewrites the value-length varint, the value and the checksum under the key's
   * stripe write lock. It can never spill into the next allocation: varint length is monotone in
   * the value, so {@code newLen <= oldLen} implies {@code varint(newLen) <= varint(oldLen)}, and
   * the new value and checksum end at or before where the old ones did. A shorter varint moves the
   * value left, exactly as RocksDB does; readers find it by decoding the varint under the read
   * lock.
   *
   * <p>Requires: {@code inplace_update_support}; single writer; not immutable.
   */
  public UpdateOutcome update(
      long seq, byte[] key, int keyOff, int keyLen, byte[] value, int valueOff, int valueLen) {
    if (locks == null) {
      throw new IllegalStateException("update requires inplace_update_support");
    }
    assert !immutable : "update of an immutable memtable";
    LookupKey lookup = new LookupKey(key, keyOff, keyLen, seq);
    MemTableRep.Cursor c = table.prefixIterator();
    c.seek(lookup.buffer(), 0, lookup.internalKeyLength());
    if (c.isValid()) {
      long entry = c.entry();
      byte[] b = arena.block(entry);
      int k = Entries.keyOffset(arena, entry);
      int userKeyLen = Entries.userKeyLength(arena, entry);
      long trailer = Coding.getFixed64(b, k + userKeyLen);
      if (userComparator.equal(b, k, userKeyLen, key, keyOff, keyLen)
          && InternalKeys.typeCode(trailer) == ValueType.CODE_VALUE
          && !coveredByNewerTombstone(key, keyOff, keyLen, seq, InternalKeys.sequence(trailer))) {
        int lengthOff = k + userKeyLen + InternalKeys.TRAILER_SIZE;
        int oldLen = Coding.getVarint32(b, lengthOff);
        if (valueLen <= oldLen) {
          overwriteInPlace(b, lengthOff, oldLen, trailer, key, keyOff, keyLen, value, valueOff,
              valueLen);
          return UpdateOutcome.UPDATED_IN_PLACE;
        }
      }
    }
    return add(seq, ValueType.VALUE, key, keyOff, keyLen, value, valueOff, valueLen)
        ? UpdateOutcome.APPENDED
        : UpdateOutcome.DUPLICATE;
  }

  /**
   * Whether a range tombstone of this memtable newer than the entry at {@code entrySeq} covers
   * the key. An overwrite keeps the entry's sequence number, so the tombstone would hide the new
   * value too: RocksDB's {@code MemTable::Update} does exactly that and loses the write
   * (DIFF-INPLACE-3); we append instead, which a later read sees.
   */
  private boolean coveredByNewerTombstone(
      byte[] key, int keyOff, int keyLen, long seq, long entrySeq) {
    FragmentedRangeTombstones fragments;
    try {
      fragments = tombstones.get();
    } catch (CorruptionException e) {
      return false; // readers report the corruption; the write behaves as RocksDB's
    }
    return fragments != null && fragments.maxCoveringSeq(key, keyOff, keyLen, seq) > entrySeq;
  }

  private void overwriteInPlace(
      byte[] b,
      int lengthOff,
      int oldLen,
      long trailer,
      byte[] key,
      int keyOff,
      int keyLen,
      byte[] value,
      int valueOff,
      int valueLen) {
    int oldEnd = lengthOff + Coding.varint32Size(oldLen) + oldLen + protectionBytes;
    StampedLock lock = locks.lockFor(key, keyOff, keyLen);
    long stamp = lock.writeLock();
    try {
      int p = Coding.putVarint32(b, lengthOff, valueLen);
      System.arraycopy(value, valueOff, b, p, valueLen);
      if (protectionBytes > 0) {
        long sum = EntryProtection.checksum(key, keyOff, keyLen, value, valueOff, valueLen,
            trailer);
        EntryProtection.store(b, p + valueLen, sum, protectionBytes);
      }
      assert p + valueLen + protectionBytes <= oldEnd : "in-place update grew the entry";
    } finally {
      lock.unlockWrite(stamp);
    }
  }

  /**
   * Counts the merge operands at the head of the key's history in this memtable, newest first,
   * stopping at the first other entry or at {@code limit} (RocksDB's {@code
   * CountSuccessiveMergeEntries}, M16). The write path calls it on the active memtable before
   * adding a merge, with {@code key} at the new record's sequence number.
   */
  public long countSuccessiveMergeEntries(LookupKey key, long limit) {
    MemTableRep.Cursor c = table.prefixIterator();
    byte[] k = key.buffer();
    int userKeyLen = key.userKeyLength();
    long count = 0;
    for (c.seek(k, 0, key.internalKeyLength()); c.isValid() && count < limit; c.next()) {
      long entry = c.entry();
      byte[] b = arena.block(entry);
      int off = Entries.keyOffset(arena, entry);
      int len = Entries.userKeyLength(arena, entry);
      if (!userComparator.equal(b, off, len, k, 0, userKeyLen)
          || InternalKeys.typeCode(Coding.getFixed64(b, off + len)) != ValueType.CODE_MERGE) {
        break;
      }
      count++;
    }
    return count;
  }

  // ---- write helpers -----------------------------------------------------------------------

  private static int checkedType(ValueType type) {
    int code = type.code();
    switch (code) {
      case ValueType.CODE_VALUE:
      case ValueType.CODE_DELETION:
      case ValueType.CODE_SINGLE_DELETION:
      case ValueType.CODE_MERGE:
      case ValueType.CODE_RANGE_DELETION:
        return code;
      default:
        throw new IllegalArgumentException("memtable does not store " + type);
    }
  }

  private int encodedLength(int keyLen, int valueLen) {
    // Room for the largest skip-list node's links comes on top of the entry.
    long max = Arena.MAX_ALLOCATION - 8L * 64;
    long total = (long) keyLen + valueLen + InternalKeys.TRAILER_SIZE + 10 + protectionBytes;
    if (keyLen < 0 || valueLen < 0 || total > max) {
      throw new IllegalArgumentException(
          "memtable entry too large: key " + keyLen + " bytes, value " + valueLen + " bytes");
    }
    return Entries.encodedLength(keyLen, valueLen, protectionBytes);
  }

  private void encode(
      long entry,
      long seq,
      int typeCode,
      byte[] key,
      int keyOff,
      int keyLen,
      byte[] value,
      int valueOff,
      int valueLen) {
    long trailer = InternalKeys.packTrailer(seq, typeCode);
    int end =
        Entries.encode(arena, entry, key, keyOff, keyLen, trailer, value, valueOff, valueLen);
    if (protectionBytes > 0) {
      long sum = EntryProtection.checksum(key, keyOff, keyLen, value, valueOff, valueLen, trailer);
      EntryProtection.store(arena.block(entry), end, sum, protectionBytes);
    }
  }

  private void addToBloom(byte[] key, int off, int len, boolean concurrently) {
    if (prefixExtractor != null && prefixExtractor.inDomain(key, off, len)) {
      int prefixLen = prefixExtractor.prefixLength(key, off, len);
      if (concurrently) {
        bloom.addConcurrently(key, off, prefixLen);
      } else {
        bloom.add(key, off, prefixLen);
      }
    }
    if (options.wholeKeyFiltering()) {
      if (concurrently) {
        bloom.addConcurrently(key, off, len);
      } else {
        bloom.add(key, off, len);
      }
    }
  }

  /** Lowers first and earliest sequence numbers to {@code seq} if it is smaller (CAS loops). */
  private void noteSequence(long seq) {
    long cur = (long) FIRST_SEQNO.getVolatile(this);
    while (seq < cur && !FIRST_SEQNO.compareAndSet(this, cur, seq)) {
      cur = (long) FIRST_SEQNO.getVolatile(this);
    }
    cur = (long) EARLIEST_SEQNO.getVolatile(this);
    while (seq < cur && !EARLIEST_SEQNO.compareAndSet(this, cur, seq)) {
      cur = (long) EARLIEST_SEQNO.getVolatile(this);
    }
  }

  /**
   * Counts an entry the single-writer path added: a load and a release store per counter, as
   * RocksDB's relaxed stores on that path. No other write runs on the memtable meanwhile
   * (concurrent writers count in their own adders, and finish before a single-writer write
   * starts); an atomic add would stall the writer on every counter.
   */
  private void countAlone(int encodedLength, boolean pointDeletion) {
    NUM_ENTRIES.setRelease(this, (long) NUM_ENTRIES.get(this) + 1);
    DATA_SIZE.setRelease(this, (long) DATA_SIZE.get(this) + encodedLength);
    if (pointDeletion) {
      NUM_DELETES.setRelease(this, (long) NUM_DELETES.get(this) + 1);
    }
  }

  // Range deletions, rare, count with atomic adds on both paths (RocksDB's concurrent path adds
  // atomically; its serial one too for tombstones, which always insert concurrently).

  private void addNumEntries(long delta) {
    long unused = (long) NUM_ENTRIES.getAndAdd(this, delta);
  }

  private void addDataSize(long delta) {
    long unused = (long) DATA_SIZE.getAndAdd(this, delta);
  }

  private void addNumRangeDeletes(long delta) {
    long unused = (long) NUM_RANGE_DELETES.getAndAdd(this, delta);
  }

  // ---- reads ---------------------------------------------------------------------------------

  /**
   * Looks a key up as of {@code key}'s sequence number (RocksDB's {@code MemTable::Get}, M13):
   * raises {@code ctx}'s covering-tombstone sequence with this memtable's tombstones, consults
   * the bloom, then walks the key's entries newest first until one decides the lookup.
   *
   * <p>Call on the active memtable, then the immutable ones newest first, with the same {@code
   * ctx}, until this returns true.
   *
   * @return whether the lookup is done ({@code ctx} is {@code FOUND} or {@code DELETED})
   * @throws CorruptionException if an entry of the key fails its checksum or has a type no
   *     memtable holds; nothing is returned for the key
   */
  public boolean get(LookupKey key, GetContext ctx) {
    assert !ctx.isDone() : "lookup already done";
    if (isEmpty()) {
      return false;
    }
    byte[] k = key.buffer();
    int userKeyLen = key.userKeyLength();
    FragmentedRangeTombstones fragments = ctx.ignoresRangeDeletions() ? null : tombstones.get();
    if (fragments != null) {
      ctx.recordCoveringTombstone(fragments.maxCoveringSeq(k, 0, userKeyLen, key.sequence()));
    }
    if (bloomMayContain(k, 0, userKeyLen)) {
      table.get(k, 0, key.internalKeyLength(), new EntrySaver(this, ctx, k, userKeyLen));
    }
    ctx.endOfTable();
    return ctx.isDone();
  }

  /**
   * What the bloom says about a user key, the way {@link #get} asks it: the whole key when
   * whole-key filtering is on, else its prefix when in the extractor's domain. True when there is
   * no bloom or it cannot tell. Meant for {@code keyMayExist}-style shortcuts.
   */
  public boolean mayContain(byte[] userKey, int off, int len) {
    return bloomMayContain(userKey, off, len);
  }

  private boolean bloomMayContain(byte[] key, int off, int len) {
    if (bloom == null) {
      return true;
    }
    if (options.wholeKeyFiltering()) {
      return bloom.mayContain(key, off, len);
    }
    if (prefixExtractor.inDomain(key, off, len)) {
      return bloom.mayContain(key, off, prefixExtractor.prefixLength(key, off, len));
    }
    return true;
  }

  /** Verifies an entry's checksum, logging and rethrowing a failure. */
  void verifyOrThrow(long entry, String where) {
    try {
      EntryProtection.verify(arena, entry, protectionBytes);
    } catch (CorruptionException e) {
      log.log(InfoLog.Level.ERROR, where + e.getMessage());
      throw e;
    }
  }

  /**
   * An iterator over this memtable's point entries in internal-key order (RocksDB's {@code
   * MemTable::NewIterator}). In prefix mode (meaningful only with a prefix extractor) it uses the
   * representation's prefix iterator and the bloom, so results past the seek target's prefix are
   * undefined (M46, M47); otherwise it sees every entry in total order.
   */
  public MemTableIterator newIterator(boolean prefixMode) {
    boolean usePrefix = prefixMode && prefixExtractor != null;
    return new MemTableIterator(this, usePrefix ? table.prefixIterator() : table.iterator(),
        usePrefix ? bloom : null);
  }

  /**
   * The fragmented range tombstones readers see now, or null if this memtable has none (RocksDB
   * returns no range-tombstone iterator then).
   *
   * @throws CorruptionException if a tombstone fails its checksum
   */
  public FragmentedRangeTombstones rangeTombstones() {
    return tombstones.get();
  }

  /** A cursor over the tombstone fragments visible at {@code readSeq}, or null if none exist. */
  public RangeTombstoneIterator newRangeTombstoneIterator(long readSeq) {
    FragmentedRangeTombstones t = tombstones.get();
    return t == null ? null : t.iterator(readSeq);
  }

  /**
   * Estimated entries and bytes with user keys in {@code [start, end)} (RocksDB's {@code
   * ApproximateStats}, M26): the representations' entry estimates, capped at the entry count,
   * times the average encoded entry size. Representations that do not estimate give {@code (0,
   * 0)}.
   */
  public ApproximateStats approximateStats(byte[] startUserKey, byte[] endUserKey) {
    byte[] start = seekKey(startUserKey);
    byte[] end = seekKey(endUserKey);
    long count = table.approximateNumEntries(start, end)
        + rangeDelTable.approximateNumEntries(start, end);
    long n = numEntries();
    if (count <= 0 || n == 0) {
      return new ApproximateStats(0, 0);
    }
    count = Math.min(count, n);
    return new ApproximateStats(count, count * (dataSize() / n));
  }

  private static byte[] seekKey(byte[] userKey) {
    return InternalKeys.encode(userKey, 0, userKey.length, InternalKeys.MAX_SEQUENCE_NUMBER,
        ValueType.FOR_SEEK.code());
  }

  // ---- switching and flushing --------------------------------------------------------------

  /**
   * Whether this memtable is full (RocksDB's {@code ShouldFlushNow}, M36): marked for flush; or
   * {@code memtable_max_range_deletions} reached; or, with {@code allocated} = representation
   * memory + arena blocks + bloom, and W, B the write buffer and arena block sizes: false while
   * {@code allocated + B < W + 0.6 B}, true once {@code allocated > W + 0.6 B}, and in between true
   * iff the current arena block has less than {@code B / 4} bytes left. Caches {@code allocated}
   * as the memory usage the properties report.
   */
  public boolean shouldFlushNow() {
    if (markedForFlush || rangeDeletionLimitReached()) {
      return true;
    }
    long allocated = memoryUsage();
    if (cachedMemoryUsage != allocated) {
      cachedMemoryUsage = allocated; // a store only on change: concurrent writers share the line
    }
    double w = writeBufferSize;
    double b = arenaBlockSize;
    if (allocated + b < w + b * ALLOW_OVER_ALLOCATION_RATIO) {
      return false;
    }
    if (allocated > w + b * ALLOW_OVER_ALLOCATION_RATIO) {
      return true;
    }
    return arena.allocatedAndUnused() < arenaBlockSize / 4;
  }

  /** Whether {@code memtable_max_range_deletions} is set and reached (flush reason M43). */
  public boolean rangeDeletionLimitReached() {
    long limit = options.maxRangeDeletions();
    return limit > 0 && numRangeDeletes() >= limit;
  }

  private void updateFlushState() {
    if ((int) FLUSH_STATE.getVolatile(this) == FlushState.NOT_REQUESTED.ordinal()
        && shouldFlushNow()) {
      FLUSH_STATE.compareAndSet(
          this, FlushState.NOT_REQUESTED.ordinal(), FlushState.REQUESTED.ordinal());
    }
  }

  public FlushState flushState() {
    return FLUSH_STATES[(int) FLUSH_STATE.getVolatile(this)];
  }

  /**
   * Whether a write filled this memtable and nobody has scheduled its flush yet: the write path
   * checks this after each write and switches memtables at the start of the next write (M37).
   */
  public boolean shouldScheduleFlush() {
    return flushState() == FlushState.REQUESTED;
  }

  /** Moves a requested flush to scheduled; true for exactly one caller. */
  public boolean markFlushScheduled() {
    return FLUSH_STATE.compareAndSet(
        this, FlushState.REQUESTED.ordinal(), FlushState.SCHEDULED.ordinal());
  }

  /**
   * Asks for a flush at the next write (iterator scan triggers, M43); picked up by {@link
   * #shouldFlushNow}.
   */
  public void markForFlush() {
    markedForFlush = true;
  }

  public boolean isMarkedForFlush() {
    return markedForFlush;
  }

  /**
   * Changes the write buffer size (dynamic {@code SetOptions}, M33): always downward, upward only
   * without a bloom, whose size was fixed at creation.
   */
  public void updateWriteBufferSize(long newSize) {
    if (bloom == null || newSize < writeBufferSize) {
      writeBufferSize = newSize;
    }
  }

  public long writeBufferSize() {
    return writeBufferSize;
  }

  /**
   * Makes the memtable read-only (RocksDB's {@code MarkImmutable} plus {@code
   * ConstructFragmentedRangeTombstones}, M38): the representation may build read structures, and
   * the range tombstones are fragmented once for all later readers. A tombstone that fails its
   * checksum is reported to every later reader instead of being dropped silently.
   *
   * <p>Requires: no write runs or follows.
   */
  public void markImmutable() {
    immutable = true;
    table.markReadOnly();
    rangeDelTable.markReadOnly();
    tombstones.freeze();
  }

  public boolean isImmutable() {
    return immutable;
  }

  // ---- memory and counters -----------------------------------------------------------------

  /**
   * Bytes this memtable holds: arena blocks (entries, nodes, table heads) + representation memory
   * outside the arena + the bloom. An empty skip-list memtable reports 2,048, the inline block, as
   * RocksDB does. Also refreshes {@link #cachedMemoryUsage()}.
   */
  public long approximateMemoryUsage() {
    long usage = memoryUsage();
    cachedMemoryUsage = usage;
    return usage;
  }

  /**
   * Bytes actually used: like {@link #approximateMemoryUsage()} but without the unused tail of the
   * current arena block. RocksDB's {@code MemTable::ApproximateMemoryUsage()} has this shape, and
   * the size properties add it up for immutable memtables ({@code cur-size-all-mem-tables}, {@code
   * size-all-mem-tables}, M53), so the API layer can reproduce them.
   */
  public long memoryInUse() {
    return arena.approximateMemoryUsage()
        + table.approximateMemoryUsage()
        + rangeDelTable.approximateMemoryUsage()
        + (bloom == null ? 0 : bloom.memoryUsage());
  }

  private long memoryUsage() {
    return arena.memoryAllocatedBytes()
        + table.approximateMemoryUsage()
        + rangeDelTable.approximateMemoryUsage()
        + (bloom == null ? 0 : bloom.memoryUsage());
  }

  /**
   * The memory usage last computed by {@link #shouldFlushNow} or {@link #approximateMemoryUsage}:
   * what RocksDB reports as {@code cur-size-active-mem-table}, refreshed on writes only until a
   * flush is requested (M54).
   */
  public long cachedMemoryUsage() {
    return cachedMemoryUsage;
  }

  public long numEntries() {
    return (long) NUM_ENTRIES.getVolatile(this) + concurrentEntries.sum();
  }

  public long numDeletes() {
    return (long) NUM_DELETES.getVolatile(this) + concurrentDeletes.sum();
  }

  public long numRangeDeletes() {
    return (long) NUM_RANGE_DELETES.getVolatile(this);
  }

  /** Sum of the encoded lengths of all inserted records. */
  public long dataSize() {
    return (long) DATA_SIZE.getVolatile(this) + concurrentDataSize.sum();
  }

  /** Whether no record was ever inserted (M10); an empty memtable is never switched or flushed. */
  public boolean isEmpty() {
    return (long) FIRST_SEQNO.getVolatile(this) == EMPTY;
  }

  /** The smallest sequence number inserted, or 0 if empty. */
  public long firstSequenceNumber() {
    long s = (long) FIRST_SEQNO.getVolatile(this);
    return s == EMPTY ? 0 : s;
  }

  /**
   * A bound at or below every sequence number in this memtable: the creation sequence number,
   * lowered by smaller inserts.
   */
  public long earliestSequenceNumber() {
    return (long) EARLIEST_SEQNO.getVolatile(this);
  }

  public long creationSequenceNumber() {
    return creationSeq;
  }

  /** Whether snapshots can be served: not with in-place updates (M18). */
  public boolean isSnapshotSupported() {
    return locks == null;
  }

  public MemTableOptions options() {
    return options;
  }

  // ---- package access for the iterator and tests ------------------------------------------

  Arena arena() {
    return arena;
  }

  UserComparator userComparator() {
    return userComparator;
  }

  PrefixExtractor prefixExtractor() {
    return prefixExtractor;
  }

  int protectionBytes() {
    return protectionBytes;
  }

  InplaceUpdateLocks locks() {
    return locks;
  }

  InfoLog log() {
    return log;
  }

  MemTableRep table() {
    return table;
  }

  MemTableRep rangeDelTable() {
    return rangeDelTable;
  }
}
