package dev.purerocks.internal.memtable;

/**
 * A cursor over a snapshot of {@link SortedRuns}: a k-way merge that moves both ways. It plays
 * the part of RocksDB's {@code VectorRep::Iterator} over a sorted copy of the vector; like that
 * copy, the snapshot is fixed when the cursor is made and later inserts are not seen (M52).
 *
 * <h2>State</h2>
 * One position per run and a binary heap of the runs that still have an entry on the side the
 * cursor is moving to; the heap's top is the current entry. The order is the run set's total
 * order: {@link KeyComparator}, then older run first on ties.
 *
 * <ul>
 *   <li>Forward: {@code pos[top]} is the current entry; for every other run {@code r},
 *       {@code pos[r]} is its first entry after the current one ({@code length} if none). The heap
 *       holds the runs with {@code pos < length}, smallest entry on top.
 *   <li>Reverse: the mirror image: {@code pos[r]} is the last entry before the current one
 *       ({@code -1} if none), largest entry on top.
 * </ul>
 *
 * Switching direction therefore needs no search: each run's neighbour of the current entry on
 * the other side is one slot away, so the switch is {@code pos[r] -/+ 1} for every run and a
 * re-heapify, {@code O(k)} comparisons. A seek is one binary search per run. With a single run
 * (an immutable memtable) the heap never compares.
 *
 * <p>Thread-safety: one thread at a time, as every {@link MemTableRep.Cursor}; the runs are
 * immutable, so any number of cursors may share them.
 */
final class SortedRunsCursor implements MemTableRep.Cursor {
  private final long[][] runs;
  private final long[][] fences;
  private final KeyComparator cmp;
  private final int[] pos;
  private final int[] heap;
  private int heapSize;
  private boolean forward = true;

  /** A cursor over a view, which never changes; invalid until positioned. */
  SortedRunsCursor(SortedRuns.View view, KeyComparator cmp) {
    this(view.runs, view.fences, cmp);
  }

  /**
   * A cursor over {@code runs}, which must never change, searched with {@code fences} (null, or
   * a fence or null per run); invalid until positioned.
   */
  SortedRunsCursor(long[][] runs, long[][] fences, KeyComparator cmp) {
    this.runs = runs;
    this.fences = fences;
    this.cmp = cmp;
    this.pos = new int[runs.length];
    this.heap = new int[runs.length];
  }

  @Override
  public boolean isValid() {
    return heapSize > 0;
  }

  @Override
  public long entry() {
    assert heapSize > 0 : "cursor is not valid";
    int r = heap[0];
    return runs[r][pos[r]];
  }

  @Override
  public void next() {
    assert heapSize > 0 : "cursor is not valid";
    if (!forward) {
      // Every run's last entry before the current one is followed by its first entry after it
      // (for the current run: the current entry itself, then its successor).
      for (int r = 0; r < runs.length; r++) {
        pos[r]++;
      }
      rebuild(true);
      return;
    }
    int top = heap[0];
    if (++pos[top] == runs[top].length) {
      removeTop();
    } else {
      siftDown(0);
    }
  }

  @Override
  public void prev() {
    assert heapSize > 0 : "cursor is not valid";
    if (forward) {
      for (int r = 0; r < runs.length; r++) {
        pos[r]--;
      }
      rebuild(false);
      return;
    }
    int top = heap[0];
    if (--pos[top] < 0) {
      removeTop();
    } else {
      siftDown(0);
    }
  }

  @Override
  public void seek(byte[] key, int off, int len) {
    for (int r = 0; r < runs.length; r++) {
      pos[r] = SortedRuns.lowerBound(runs[r], fence(r), key, off, len, cmp);
    }
    rebuild(true);
  }

  @Override
  public void seekForPrev(byte[] key, int off, int len) {
    for (int r = 0; r < runs.length; r++) {
      pos[r] = SortedRuns.upperBound(runs[r], fence(r), key, off, len, cmp) - 1;
    }
    rebuild(false);
  }

  @Override
  public void seekToFirst() {
    java.util.Arrays.fill(pos, 0);
    rebuild(true);
  }

  @Override
  public void seekToLast() {
    for (int r = 0; r < runs.length; r++) {
      pos[r] = runs[r].length - 1;
    }
    rebuild(false);
  }

  private long[] fence(int r) {
    return fences == null ? null : fences[r];
  }

  // ---- heap ------------------------------------------------------------------------------------

  /** Sets the direction and heapifies the runs that have an entry at their position. */
  private void rebuild(boolean forward) {
    this.forward = forward;
    int n = 0;
    for (int r = 0; r < runs.length; r++) {
      if (pos[r] >= 0 && pos[r] < runs[r].length) {
        heap[n++] = r;
      }
    }
    heapSize = n;
    for (int i = (n >>> 1) - 1; i >= 0; i--) {
      siftDown(i);
    }
  }

  private void removeTop() {
    heap[0] = heap[--heapSize];
    if (heapSize > 1) {
      siftDown(0);
    }
  }

  private void siftDown(int i) {
    int n = heapSize;
    int r = heap[i];
    while (true) {
      int child = 2 * i + 1;
      if (child >= n) {
        break;
      }
      int c = heap[child];
      if (child + 1 < n && above(heap[child + 1], c)) {
        child++;
        c = heap[child];
      }
      if (!above(c, r)) {
        break;
      }
      heap[i] = c;
      i = child;
    }
    heap[i] = r;
  }

  /** Whether run {@code a}'s entry comes before run {@code b}'s in the direction of travel. */
  private boolean above(int a, int b) {
    int c = cmp.compare(runs[a][pos[a]], runs[b][pos[b]]);
    if (c == 0) {
      c = Integer.compare(a, b); // equal entries: the older run's comes first
    }
    return forward ? c < 0 : c > 0;
  }
}
