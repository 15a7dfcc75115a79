package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.Coding;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.function.LongFunction;

/**
 * Every entry of a hash representation in total order, as a sorted array of entry addresses: what
 * the total-order cursor of {@link HashSkipListRep} and {@link HashLinkListRep} walks.
 *
 * <h2>Pedigree and why it differs</h2>
 *
 * RocksDB's hash representations answer {@code GetIterator} by inserting every entry of every
 * bucket into a brand-new skip list in a new arena, once per iterator (M27/M28): O(n log n) time
 * and about 30 bytes per entry for every iterator, flush included. Here:
 *
 * <ul>
 *   <li>Each bucket is already sorted, so the snapshot is built by collecting the buckets as sorted
 *       runs and merging them pairwise: O(n log b) comparisons for b non-empty buckets, most of
 *       them on abbreviated keys held in arrays (see {@link Builder}), and one array of 8 bytes per
 *       entry kept.
 *   <li>The snapshot is {@linkplain Cache cached} until the next insert. An immutable memtable
 *       (flush, and every reader of it) therefore sorts once; a mutable one sorts at most once per
 *       insert, and never more often than RocksDB copies.
 *   <li>Results are those of RocksDB's copy, structure included: the cursor sees exactly the
 *       entries present when it was created (M52), in the full internal-key order. Seeks are a
 *       binary search, next/prev an index step, so direction switches cost nothing.
 * </ul>
 *
 * A merging cursor over the live buckets was the alternative; it needs no extra memory, but every
 * seek must position a cursor in each of the b non-empty buckets (b searches per seek, b up to the
 * bucket count), which makes total-order seeks on memtables with many prefixes far slower than
 * RocksDB's, and it would see later inserts, which RocksDB's copy does not.
 *
 * <h2>Thread-safety</h2>
 *
 * A snapshot is immutable once built and may be shared by any number of cursors; each cursor is
 * used by one thread. The entries it names are immutable except for in-place value updates, which
 * readers see as RocksDB's do.
 *
 * <p>Spec: {@code REP-HASH-TOTAL-1}, {@code REP-HASH-TOTAL-2}.
 */
final class SortedSnapshot {
  /** The most entries one snapshot holds (the largest Java array, with headroom). */
  private static final int MAX_ENTRIES = Integer.MAX_VALUE - 8;

  private final KeyComparator comparator;
  private final long[] entries;
  private final int size;

  /** The writer version (insert count) at which it was built; see {@link Cache}. */
  private final long version;

  private SortedSnapshot(KeyComparator comparator, long[] entries, int size, long version) {
    this.comparator = comparator;
    this.entries = entries;
    this.size = size;
    this.version = version;
  }

  int size() {
    return size;
  }

  /** The entry at {@code index} in total order. Requires: {@code 0 <= index < size()}. */
  long entry(int index) {
    assert index >= 0 && index < size : "index out of range: " + index;
    return entries[index];
  }

  /** Java heap bytes this snapshot holds (object, array header and slots). */
  long heapBytes() {
    return 32 + 16 + 8L * entries.length;
  }

  MemTableRep.Cursor cursor() {
    return new SnapshotCursor();
  }

  /** First index whose entry is at or after the internal key, or {@code size}. */
  private int lowerBound(byte[] key, int off, int len) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (comparator.compare(entries[mid], key, off, len) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** First index whose entry is after the internal key, or {@code size}. */
  private int upperBound(byte[] key, int off, int len) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (comparator.compare(entries[mid], key, off, len) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** A cursor over the snapshot; position -1 means invalid. */
  private final class SnapshotCursor implements MemTableRep.Cursor {
    private int pos = -1;

    private void setPosition(int p) {
      pos = p >= 0 && p < size ? p : -1;
    }

    @Override
    public boolean isValid() {
      return pos >= 0;
    }

    @Override
    public long entry() {
      assert pos >= 0 : "cursor is not valid";
      return entries[pos];
    }

    @Override
    public void next() {
      assert pos >= 0 : "cursor is not valid";
      setPosition(pos + 1);
    }

    @Override
    public void prev() {
      assert pos >= 0 : "cursor is not valid";
      setPosition(pos - 1);
    }

    @Override
    public void seek(byte[] key, int off, int len) {
      setPosition(lowerBound(key, off, len));
    }

    @Override
    public void seekForPrev(byte[] key, int off, int len) {
      setPosition(upperBound(key, off, len) - 1);
    }

    @Override
    public void seekToFirst() {
      setPosition(0);
    }

    @Override
    public void seekToLast() {
      setPosition(size - 1);
    }
  }

  // ---- building ------------------------------------------------------------------------------

  /**
   * Collects entries as sorted runs (one per bucket) and merges them pairwise. Used by one thread.
   *
   * <p>Merging compares entries that lie all over the arena, so each comparison would cost two
   * cache misses. For the two bytewise orders the builder therefore keeps, beside each address, an
   * abbreviated key: the first 8 bytes of the user key, big-endian, zero-padded. Two different
   * abbreviations order their entries as the full keys do (the first differing byte decides, and a
   * key that ended there is the shorter, smaller one); equal abbreviations fall back to the full
   * comparison. Entries of different prefixes, which is what merging buckets mostly compares, are
   * then ordered by the arrays alone. The abbreviations are dropped once the snapshot is built.
   *
   * <p>Requires: entries within a run are added in increasing order, and no entry appears twice.
   */
  static final class Builder {
    private final KeyComparator comparator;
    private final Arena arena;

    /** +1 bytewise, -1 reverse bytewise, 0 no abbreviated keys (any other comparator). */
    private final int abbreviatedOrder;

    private long[] entries;
    private long[] abbreviated;
    private int size;

    /** Run {@code r} is {@code entries[bounds[r], bounds[r + 1])}. */
    private int[] bounds = new int[16];

    private int runs;

    Builder(KeyComparator comparator, long expectedEntries) {
      this.comparator = comparator;
      this.arena = comparator.arena();
      UserComparator user = comparator.userComparator();
      this.abbreviatedOrder =
          user == BytewiseComparators.BYTEWISE
              ? 1
              : user == BytewiseComparators.REVERSE_BYTEWISE ? -1 : 0;
      int capacity = (int) Math.min(Math.max(16, expectedEntries + 16), MAX_ENTRIES);
      entries = new long[capacity];
      abbreviated = abbreviatedOrder != 0 ? new long[capacity] : null;
    }

    void add(long entry) {
      if (size == entries.length) {
        entries = Arrays.copyOf(entries, grow(entries.length));
        if (abbreviated != null) {
          abbreviated = Arrays.copyOf(abbreviated, entries.length);
        }
      }
      entries[size] = entry;
      if (abbreviated != null) {
        abbreviated[size] = abbreviate(entry);
      }
      size++;
    }

    /** The first 8 bytes of the entry's user key as a big-endian number, zero-padded. */
    private long abbreviate(long entry) {
      byte[] b = arena.block(entry);
      int p = Arena.offset(entry);
      int userKeyLength = Coding.getVarint32(b, p) - InternalKeys.TRAILER_SIZE;
      int k = Entries.skipVarint(b, p);
      if (userKeyLength >= 8) {
        return Long.reverseBytes(Coding.getFixed64(b, k));
      }
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (i < userKeyLength ? b[k + i] & 0xFF : 0);
      }
      return v;
    }

    /** Closes the current run; an empty run is dropped. */
    void endRun() {
      if (size > bounds[runs]) {
        if (runs + 2 > bounds.length) {
          bounds = Arrays.copyOf(bounds, grow(bounds.length));
        }
        bounds[++runs] = size;
      }
    }

    private static int grow(int length) {
      if (length >= MAX_ENTRIES) {
        throw new IllegalStateException("too many entries for one snapshot");
      }
      return (int) Math.min((long) length * 2, MAX_ENTRIES);
    }

    /** Merges the runs into one sorted array. */
    SortedSnapshot build(long version) {
      endRun();
      long[] src = entries;
      long[] srcAbbreviated = abbreviated;
      long[] dst = runs > 1 ? new long[size] : null;
      long[] dstAbbreviated = runs > 1 && abbreviated != null ? new long[size] : null;
      while (runs > 1) {
        int merged = 0;
        for (int r = 0; r < runs; r += 2) {
          int lo = bounds[r];
          int mid = bounds[r + 1];
          int hi = r + 2 <= runs ? bounds[r + 2] : mid;
          merge(src, srcAbbreviated, lo, mid, hi, dst, dstAbbreviated);
          // Writing bounds[r / 2] is safe: later iterations only read indices >= r + 2.
          bounds[merged++] = lo;
        }
        bounds[merged] = size;
        runs = merged;
        long[] t = src;
        src = dst;
        dst = t;
        t = srcAbbreviated;
        srcAbbreviated = dstAbbreviated;
        dstAbbreviated = t;
      }
      return new SortedSnapshot(comparator, src, size, version);
    }

    /** Negative, zero or positive as entry {@code i} of {@code src} sorts before entry j. */
    private int compare(long[] src, long[] srcAbbreviated, int i, int j) {
      if (srcAbbreviated != null) {
        int c = Long.compareUnsigned(srcAbbreviated[i], srcAbbreviated[j]);
        if (c != 0) {
          return abbreviatedOrder * c;
        }
      }
      return comparator.compare(src[i], src[j]);
    }

    /**
     * Merges {@code src[lo, mid)} and {@code src[mid, hi)} into {@code dst[lo, hi)}, moving the
     * abbreviated keys along (both abbreviation arrays are null, or neither).
     */
    private void merge(
        long[] src, long[] srcAbbreviated, int lo, int mid, int hi, long[] dst, long[] dstAbbrev) {
      int i = lo;
      int j = mid;
      int k = lo;
      while (i < mid && j < hi) {
        int from = compare(src, srcAbbreviated, i, j) <= 0 ? i++ : j++;
        dst[k] = src[from];
        if (dstAbbrev != null) {
          dstAbbrev[k] = srcAbbreviated[from];
        }
        k++;
      }
      System.arraycopy(src, i, dst, k, mid - i);
      System.arraycopy(src, j, dst, k + (mid - i), hi - j);
      if (dstAbbrev != null) {
        System.arraycopy(srcAbbreviated, i, dstAbbrev, k, mid - i);
        System.arraycopy(srcAbbreviated, j, dstAbbrev, k + (mid - i), hi - j);
      }
    }
  }

  // ---- caching -------------------------------------------------------------------------------

  /**
   * Holds the snapshot of a representation until the next insert.
   *
   * <p>The single writer calls {@link #invalidate} after each insert: it raises the version and
   * drops the cached snapshot. Readers use the cached snapshot only if it was built at the current
   * version; otherwise one of them builds a new one under this cache's lock (the writer never takes
   * it), so concurrent readers of an immutable memtable sort once.
   *
   * <p>Memory ordering: the version is raised with a volatile store after the new entry is linked
   * (release), and a builder reads it with a volatile load before walking the buckets (acquire), so
   * a snapshot of version v holds every entry of the first v inserts (it may also hold an entry
   * whose insert was still running, which is harmless: the version then moves on and the snapshot
   * is dropped). A builder that installs a snapshot re-reads the version afterwards and withdraws
   * the snapshot if it moved. Both sides store then load ({@code version}/{@code current}) with
   * volatile accesses, which are sequentially consistent, so either the writer sees the installed
   * snapshot and drops it, or the builder sees the new version and withdraws it: a stale snapshot
   * is never kept.
   */
  static final class Cache {
    private static final VarHandle VERSION;
    private static final VarHandle CURRENT;

    static {
      try {
        MethodHandles.Lookup l = MethodHandles.lookup();
        VERSION = l.findVarHandle(Cache.class, "version", long.class);
        CURRENT = l.findVarHandle(Cache.class, "current", SortedSnapshot.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    @SuppressWarnings("unused") // accessed through VERSION
    private volatile long version;

    @SuppressWarnings("unused") // accessed through CURRENT
    private volatile SortedSnapshot current;

    private long version() {
      return (long) VERSION.getVolatile(this);
    }

    private SortedSnapshot current() {
      return (SortedSnapshot) CURRENT.getVolatile(this);
    }

    private void setCurrent(SortedSnapshot s) {
      CURRENT.setVolatile(this, s);
    }

    private void withdraw(SortedSnapshot s) {
      CURRENT.compareAndSet(this, s, null);
    }

    /** Number of inserts so far. */
    long insertCount() {
      return version();
    }

    /** Requires: called by the single writer, after an entry was linked. */
    void invalidate() {
      VERSION.setVolatile(this, (long) VERSION.getVolatile(this) + 1);
      if (current() != null) {
        setCurrent(null);
      }
    }

    /**
     * The snapshot of the current version, built by {@code build} (given that version) if none is
     * cached.
     */
    SortedSnapshot get(LongFunction<SortedSnapshot> build) {
      SortedSnapshot s = current();
      if (s != null && s.version == version()) {
        return s;
      }
      synchronized (this) {
        long v = version();
        s = current();
        if (s != null && s.version == v) {
          return s;
        }
        s = build.apply(v);
        setCurrent(s);
        if (version() != v) {
          withdraw(s);
        }
        return s;
      }
    }

    /** Heap bytes of the cached snapshot, 0 if none. */
    long heapBytes() {
      SortedSnapshot s = current();
      return s == null ? 0 : s.heapBytes();
    }
  }
}
