package dev.purerocks.internal.memtable;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One writer's append-only list of entry addresses: the unsorted input of a {@link VectorRep}.
 * RocksDB's vector representation appends to one shared {@code std::vector} under a lock (single
 * writer) or to a thread-local vector that is copied into it at the end of the batch (concurrent
 * writers). Here every writer thread has a log of its own, so concurrent writers share nothing
 * while appending, and publishing a batch is one release store.
 *
 * <h2>Layout</h2>
 * A singly linked chain of chunks; chunk sizes double from the first one up to {@link #MAX_CHUNK}
 * slots, so that a small memtable pays little and growth never copies (a reader may be copying
 * out of an older chunk at the same time):
 *
 * <pre>
 *   readChunk                                   writeChunk
 *      v                                             v
 *   [ absorbed | unabsorbed ] -> [ ...... ] -> [ published | written | free ]
 *               ^ readPos                                  ^ published  ^ writePos
 * </pre>
 *
 * Nothing but {@code readChunk} and {@code writeChunk} refers to a chunk, so a chunk whose slots
 * have all been absorbed into the sorted runs becomes garbage: in the steady state a log holds
 * only the not-yet-sorted tail (plus at most one chunk of free slots).
 *
 * <h2>Positions</h2>
 * Positions are counts of entries since the log was created: {@code absorbed <= published <=
 * written}. Only the owning writer moves {@code written} (and, normally, {@code published}); only
 * a reader holding the representation's sort lock moves the read position and {@code absorbed}.
 *
 * <h2>Memory ordering</h2>
 * The writer stores a slot, and when it opens a chunk the link to it, with plain stores, then
 * publishes a count with a release store; a reader loads the count with acquire and reads only
 * slots below it, following a link only if the count reaches past the chunk. So every slot and
 * link a reader touches was written before a release it has acquired. Published slots are never
 * written again.
 *
 * <p>Thread-safety: {@link #append} and {@link #publish} are called by one thread at a time,
 * ordered by happens-before (the owner; for the shared single-writer log, the memtable's
 * serialized writers). {@link #copyUnabsorbed}, {@link #setAbsorbed} and {@link #release}
 * require the representation's sort lock. {@link #published} and {@link #absorbed} may be read anywhere.
 */
final class VectorAppendLog {
  /** Slots of the first chunk of a writer thread's log. */
  static final int FIRST_CHUNK = 64;
  /** Slots of the largest chunk (64 KiB): bounds the free slack of a log. */
  static final int MAX_CHUNK = 8192;
  /** Largest first chunk a reserved size may ask for (8 MiB); beyond, reservation is ignored. */
  static final int MAX_RESERVED_CHUNK = 1 << 20;

  /** A block of slots; {@code base} is the position of slot 0. */
  static final class Chunk {
    final long[] slots;
    final long base;
    /** Written once by the writer, before a release that publishes any slot after this chunk. */
    Chunk next;

    Chunk(int size, long base) {
      this.slots = new long[size];
      this.base = base;
    }
  }

  private static final VarHandle PUBLISHED;
  private static final VarHandle ABSORBED;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      PUBLISHED = l.findVarHandle(VectorAppendLog.class, "published", long.class);
      ABSORBED = l.findVarHandle(VectorAppendLog.class, "absorbed", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  // Writer side.
  private Chunk writeChunk;
  private int writePos;

  /** Entries readers may see: written with release, read with acquire. */
  @SuppressWarnings("unused") // accessed through PUBLISHED
  private volatile long published;

  /** Entries already in the sorted runs: written with release under the sort lock. */
  @SuppressWarnings("unused") // accessed through ABSORBED
  private volatile long absorbed;

  // Reader side, guarded by the representation's sort lock.
  private Chunk readChunk;
  private int readPos;

  /** Creates an empty log whose first chunk has {@code firstChunk} slots (clamped). */
  VectorAppendLog(long firstChunk) {
    int size = (int) Math.max(1, Math.min(firstChunk, MAX_RESERVED_CHUNK));
    this.writeChunk = new Chunk(size, 0);
    this.readChunk = writeChunk;
  }

  // ---- writer ----------------------------------------------------------------------------------

  /**
   * Appends an entry address without publishing it.
   *
   * <p>Requires: the caller owns the writer side; {@link #release} has not run.
   */
  void append(long entry) {
    Chunk c = writeChunk;
    int p = writePos;
    if (p == c.slots.length) {
      c = openChunk(c);
      p = 0;
    }
    c.slots[p] = entry;
    writePos = p + 1;
  }

  private Chunk openChunk(Chunk full) {
    int size = full.slots.length >= MAX_CHUNK ? MAX_CHUNK : Math.min(MAX_CHUNK, full.slots.length * 2);
    Chunk c = new Chunk(size, full.base + full.slots.length);
    full.next = c; // plain: published by the release of a count that covers a slot of c
    writeChunk = c;
    return c;
  }

  /** Entries appended so far. Requires: the caller owns the writer side. */
  long written() {
    return writeChunk.base + writePos;
  }

  /** Makes every appended entry visible to readers. Requires: the caller owns the writer side. */
  void publish() {
    setPublishedRelease(written());
  }

  private void setPublishedRelease(long count) {
    PUBLISHED.setRelease(this, count);
  }

  /** Entries published so far. */
  long published() {
    return (long) PUBLISHED.getAcquire(this);
  }

  // ---- reader (under the sort lock) ------------------------------------------------------------

  /** Entries already moved into the sorted runs. */
  long absorbed() {
    return (long) ABSORBED.getAcquire(this);
  }

  /**
   * Copies the entries from the absorbed position up to {@code upTo} into {@code dst} starting at
   * {@code at}, and returns the index after the last one copied. Changes nothing: if the caller
   * fails before {@link #setAbsorbed}, the entries are still here for the next reader.
   *
   * <p>Requires: the sort lock; {@code upTo} is a value {@link #published} returned.
   */
  int copyUnabsorbed(long[] dst, int at, long upTo) {
    Chunk c = readChunk;
    int p = readPos;
    long remaining = upTo - (c.base + p);
    assert remaining >= 0 : "copy below the absorbed position";
    while (remaining > 0) {
      if (p == c.slots.length) {
        c = c.next;
        p = 0;
      }
      int n = (int) Math.min(remaining, c.slots.length - p);
      System.arraycopy(c.slots, p, dst, at, n);
      at += n;
      p += n;
      remaining -= n;
    }
    return at;
  }

  /**
   * Records that the runs now hold every entry below {@code count}: moves the read position
   * there (letting fully absorbed chunks go) and publishes {@code absorbed}, after the runs.
   *
   * <p>Requires: the sort lock; {@code count} is between the absorbed position and a value
   * {@link #published} returned.
   */
  void setAbsorbed(long count) {
    Chunk c = readChunk;
    long remaining = count - (c.base + readPos);
    assert remaining >= 0 : "absorbed count moves backwards";
    int p = readPos;
    while (remaining > 0) {
      if (p == c.slots.length) {
        // Not the last chunk: count is past its end, and the link was published before count.
        c = c.next;
        p = 0;
      }
      int n = (int) Math.min(remaining, c.slots.length - p);
      p += n;
      remaining -= n;
    }
    // An exhausted chunk stays referenced until a later call moves past it: following its link
    // now would read a link no acquired count covers yet.
    readChunk = c;
    readPos = p;
    ABSORBED.setRelease(this, count);
  }

  /**
   * Drops every chunk once the representation is frozen: an immutable memtable may live on for
   * a while (flush, readers), and its logs hold nothing it still needs.
   *
   * <p>Requires: the sort lock; every entry absorbed; no append follows.
   */
  void release() {
    writeChunk = null;
    readChunk = null;
  }
}
