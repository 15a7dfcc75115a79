package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.memory.Arena;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A memtable's range tombstones cut into non-overlapping fragments, each with the descending list
 * of sequence numbers of the tombstones that cover it (RocksDB's {@code
 * FragmentedRangeTombstoneList}, {@code db/range_tombstone_fragmenter.cc}).
 *
 * <pre>
 *   tombstones:   [a ------------- e)@5
 *                        [c ------------- g)@9
 *   fragments:    [a -- c)@{5}  [c -- e)@{9,5}  [e -- g)@{9}
 * </pre>
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>Fragments are sorted by start key and do not overlap: {@code end(i) <= start(i+1)}; every
 *       fragment is non-empty ({@code start(i) < end(i)}).
 *   <li>A user key {@code k} in {@code [start(i), end(i))} is covered by exactly the tombstones
 *       whose sequence numbers are listed for fragment {@code i}, largest first.
 *   <li>Empty or inverted input tombstones ({@code begin >= end}) contribute nothing.
 * </ol>
 *
 * <p>Keys are copied out of the arena once, at construction, so lookups never decode entries. The
 * list is built lazily for a mutable memtable (and rebuilt after every new tombstone) and once
 * when the memtable becomes immutable; see {@link MemTable}.
 *
 * <p>Thread-safety: immutable after construction; any number of readers.
 *
 * <p>Spec: {@code RT-FRAG-1}, {@code RT-FRAG-2}.
 */
public final class FragmentedRangeTombstones {
  private final UserComparator cmp;
  private final byte[][] starts;
  private final byte[][] ends;
  /** Fragment {@code i}'s sequence numbers are {@code seqs[seqOffsets[i] .. seqOffsets[i+1])}. */
  private final int[] seqOffsets;
  private final long[] seqs;
  private final int unfragmentedCount;

  private FragmentedRangeTombstones(
      UserComparator cmp,
      byte[][] starts,
      byte[][] ends,
      int[] seqOffsets,
      long[] seqs,
      int unfragmentedCount) {
    this.cmp = cmp;
    this.starts = starts;
    this.ends = ends;
    this.seqOffsets = seqOffsets;
    this.seqs = seqs;
    this.unfragmentedCount = unfragmentedCount;
  }

  /**
   * Fragments the tombstones of a range-deletion representation, read in its order (begin key
   * ascending, sequence descending), verifying each entry's checksum when {@code protectionBytes}
   * is not 0.
   *
   * @throws CorruptionException if an entry fails its checksum
   */
  static FragmentedRangeTombstones fromRep(
      MemTableRep rep, Arena arena, UserComparator cmp, int protectionBytes) {
    List<byte[]> begins = new ArrayList<>();
    List<byte[]> ends = new ArrayList<>();
    long[] seqs = new long[8];
    MemTableRep.Cursor c = rep.iterator();
    for (c.seekToFirst(); c.isValid(); c.next()) {
      long entry = c.entry();
      if (protectionBytes > 0) {
        EntryProtection.verify(arena, entry, protectionBytes);
      }
      if (begins.size() == seqs.length) {
        seqs = Arrays.copyOf(seqs, seqs.length * 2);
      }
      seqs[begins.size()] = Entries.sequence(arena, entry);
      begins.add(Entries.userKey(arena, entry));
      ends.add(Entries.value(arena, entry));
    }
    return fragment(
        cmp, begins.toArray(new byte[0][]), ends.toArray(new byte[0][]), seqs, begins.size());
  }

  /**
   * Fragments tombstones {@code (begins[i], ends[i])@seqs[i]} for {@code i < count}.
   *
   * <p>Requires: sorted by begin key ascending (ties in any order).
   */
  static FragmentedRangeTombstones fragment(
      UserComparator cmp, byte[][] begins, byte[][] ends, long[] seqs, int count) {
    Fragmenter f = new Fragmenter(cmp);
    for (int i = 0; i < count; i++) {
      assert i == 0 || cmp.compare(begins[i - 1], begins[i]) <= 0 : "tombstones not sorted";
      if (cmp.compare(begins[i], ends[i]) < 0) {
        f.add(begins[i], ends[i], seqs[i]);
      }
    }
    f.finish();
    return new FragmentedRangeTombstones(
        cmp,
        f.outStarts.toArray(new byte[0][]),
        f.outEnds.toArray(new byte[0][]),
        Arrays.copyOf(f.outOffsets, f.outStarts.size() + 1),
        Arrays.copyOf(f.outSeqs, f.outSeqCount),
        count);
  }

  /** The sweep: a working set of tombstones that started at or before the current position. */
  private static final class Fragmenter {
    private final UserComparator cmp;
    private final List<byte[]> activeEnds = new ArrayList<>();
    private long[] activeSeqs = new long[8];
    private byte[] cursor;

    final List<byte[]> outStarts = new ArrayList<>();
    final List<byte[]> outEnds = new ArrayList<>();
    int[] outOffsets = new int[9];
    long[] outSeqs = new long[8];
    int outSeqCount;

    Fragmenter(UserComparator cmp) {
      this.cmp = cmp;
    }

    void add(byte[] begin, byte[] end, long seq) {
      if (!activeEnds.isEmpty() && cmp.compare(cursor, begin) != 0) {
        emitUpTo(begin);
      }
      cursor = begin;
      if (activeEnds.size() == activeSeqs.length) {
        activeSeqs = Arrays.copyOf(activeSeqs, activeSeqs.length * 2);
      }
      activeSeqs[activeEnds.size()] = seq;
      activeEnds.add(end);
    }

    void finish() {
      emitUpTo(null);
    }

    /**
     * Emits every fragment between the cursor and {@code next} (or until the working set is
     * exhausted when {@code next} is null), then drops the tombstones that end there.
     */
    private void emitUpTo(byte[] next) {
      while (!activeEnds.isEmpty()) {
        byte[] minEnd = activeEnds.get(0);
        for (int i = 1; i < activeEnds.size(); i++) {
          if (cmp.compare(activeEnds.get(i), minEnd) < 0) {
            minEnd = activeEnds.get(i);
          }
        }
        boolean stopAtNext = next != null && cmp.compare(next, minEnd) <= 0;
        byte[] fragmentEnd = stopAtNext ? next : minEnd;
        if (cmp.compare(cursor, fragmentEnd) < 0) {
          emit(cursor, fragmentEnd);
        }
        cursor = fragmentEnd;
        removeEndingAtOrBefore(cursor);
        if (stopAtNext) {
          return;
        }
      }
    }

    private void emit(byte[] start, byte[] end) {
      int n = activeEnds.size();
      if (outSeqCount + n > outSeqs.length) {
        outSeqs = Arrays.copyOf(outSeqs, Math.max(outSeqs.length * 2, outSeqCount + n));
      }
      System.arraycopy(activeSeqs, 0, outSeqs, outSeqCount, n);
      Arrays.sort(outSeqs, outSeqCount, outSeqCount + n);
      reverse(outSeqs, outSeqCount, outSeqCount + n);
      outSeqCount += n;
      outStarts.add(start);
      outEnds.add(end);
      int fragments = outStarts.size();
      if (fragments + 1 > outOffsets.length) {
        outOffsets = Arrays.copyOf(outOffsets, outOffsets.length * 2);
      }
      outOffsets[fragments] = outSeqCount;
    }

    private void removeEndingAtOrBefore(byte[] key) {
      int kept = 0;
      for (int i = 0; i < activeEnds.size(); i++) {
        if (cmp.compare(activeEnds.get(i), key) > 0) {
          activeEnds.set(kept, activeEnds.get(i));
          activeSeqs[kept] = activeSeqs[i];
          kept++;
        }
      }
      activeEnds.subList(kept, activeEnds.size()).clear();
    }

    private static void reverse(long[] a, int from, int to) {
      for (int i = from, j = to - 1; i < j; i++, j--) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
      }
    }
  }

  // ---- queries -------------------------------------------------------------------------------

  /** Number of fragments. */
  public int size() {
    return starts.length;
  }

  /** Whether there is no fragment. */
  public boolean isEmpty() {
    return starts.length == 0;
  }

  /** Number of tombstones the list was built from (RocksDB's {@code num_unfragmented_tombstones}). */
  public int unfragmentedCount() {
    return unfragmentedCount;
  }

  /** Fragment {@code i}'s start key (inclusive); shared, do not modify. */
  public byte[] start(int i) {
    return starts[i];
  }

  /** Fragment {@code i}'s end key (exclusive); shared, do not modify. */
  public byte[] end(int i) {
    return ends[i];
  }

  /** Number of tombstones covering fragment {@code i}. */
  public int seqCount(int i) {
    return seqOffsets[i + 1] - seqOffsets[i];
  }

  /** The {@code j}-th largest sequence number covering fragment {@code i}. */
  public long seq(int i, int j) {
    assert j >= 0 && j < seqCount(i) : j;
    return seqs[seqOffsets[i] + j];
  }

  /**
   * The largest sequence number {@code <= readSeq} among fragment {@code i}'s tombstones, or -1 if
   * none is visible at {@code readSeq}.
   */
  public long maxVisibleSeq(int i, long readSeq) {
    int lo = seqOffsets[i];
    int hi = seqOffsets[i + 1];
    // Descending: find the first position whose value is <= readSeq.
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (seqs[mid] > readSeq) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < seqOffsets[i + 1] ? seqs[lo] : -1;
  }

  /** Index of the first fragment whose end is after the user key, or {@link #size()}. */
  public int firstEndingAfter(byte[] key, int off, int len) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cmp.compare(ends[mid], 0, ends[mid].length, key, off, len) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index of the last fragment whose start is at or before the user key, or -1. */
  public int lastStartingAtOrBefore(byte[] key, int off, int len) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cmp.compare(starts[mid], 0, starts[mid].length, key, off, len) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  /**
   * The largest sequence number {@code <= readSeq} of a tombstone covering the user key, or 0 if
   * none does (RocksDB's {@code MaxCoveringTombstoneSeqnum}).
   */
  public long maxCoveringSeq(byte[] key, int off, int len, long readSeq) {
    int i = firstEndingAfter(key, off, len);
    if (i == starts.length || cmp.compare(starts[i], 0, starts[i].length, key, off, len) > 0) {
      return 0;
    }
    long seq = maxVisibleSeq(i, readSeq);
    return seq < 0 ? 0 : seq;
  }

  /** A cursor over the fragments visible at {@code readSeq}. */
  public RangeTombstoneIterator iterator(long readSeq) {
    return new RangeTombstoneIterator(this, readSeq);
  }

  UserComparator comparator() {
    return cmp;
  }
}
