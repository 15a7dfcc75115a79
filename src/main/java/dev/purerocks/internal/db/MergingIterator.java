package dev.purerocks.internal.db;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.memtable.CorruptionException;
import dev.purerocks.internal.memtable.FragmentedRangeTombstones;
import dev.purerocks.internal.memtable.MemTable;
import dev.purerocks.internal.memtable.MemTableIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One internal-key cursor over the memtables of a column family view (RocksDB's {@code
 * MergingIterator}, {@code table/merging_iterator.cc}, restricted to memtable children).
 *
 * <h2>Behaviour</h2>
 * <ul>
 *   <li>Entries come in internal-key order: user key by the comparator, then trailer descending
 *       (M4). Children are the memtables newest first; an exact tie (impossible with distinct
 *       sequence numbers) goes to the newer memtable.
 *   <li>A binary heap of children: a min-heap while moving forward, a max-heap while moving
 *       backward. A direction switch re-positions every child except the current one just past
 *       (or before) the current key, as RocksDB's {@code SwitchToForward} / {@code
 *       SwitchToBackward} do: forward, {@code seek(key)} then step over an equal key; backward,
 *       {@code seekForPrev(key)} then step back over an equal key.
 *   <li>Range tombstones: a point entry with sequence {@code s} is skipped when some memtable of
 *       the view has a tombstone visible at the read sequence that covers its user key with a
 *       sequence greater than {@code s} (M51, M58). Differences from RocksDB: RocksDB puts
 *       tombstone boundaries into the heap and seeks children past covered ranges; this class
 *       asks each memtable's fragment list per entry (a binary search), which gives the same
 *       entries. The fragment lists are fetched at the first positioning, so a tombstone that
 *       fails its checksum surfaces as a {@link CorruptionException} from a cursor call.
 * </ul>
 *
 * <p>Errors: a child's {@link CorruptionException} propagates; the iterator is then unusable until
 * the next seek (the DB iterator turns it into its status).
 *
 * <p>Thread-safety: one thread at a time.
 *
 * <p>Spec: {@code ITER-MERGE-1}, {@code ITER-RT-1}.
 */
final class MergingIterator {
  private final UserComparator cmp;
  private final List<MemTable> memtables;
  private final MemTableIterator[] children;
  private final long readSeq;

  /** Fragment lists of the memtables that have tombstones; null until first fetched. */
  private FragmentedRangeTombstones[] tombstones;

  /** Heap of child indices; size {@code heapSize}; top at 0. */
  private final int[] heap;
  private int heapSize;
  private boolean forward = true;
  private int current = -1;

  /** The current internal key, copied before a direction switch moves the children. */
  private byte[] keyCopy = new byte[64];

  MergingIterator(UserComparator cmp, List<MemTable> memtables, boolean[] prefixMode, long readSeq) {
    assert prefixMode.length == memtables.size();
    this.cmp = cmp;
    this.memtables = memtables;
    this.readSeq = readSeq;
    this.children = new MemTableIterator[memtables.size()];
    for (int i = 0; i < children.length; i++) {
      children[i] = memtables.get(i).newIterator(prefixMode[i]);
    }
    this.heap = new int[children.length];
  }

  boolean isValid() {
    return current >= 0;
  }

  /** The child the cursor is on. Requires: valid. */
  MemTableIterator current() {
    assert current >= 0;
    return children[current];
  }

  // ---- positioning -----------------------------------------------------------------------------

  void seekToFirst() {
    prepare();
    for (MemTableIterator c : children) {
      c.seekToFirst();
    }
    buildHeap(true);
  }

  void seekToLast() {
    prepare();
    for (MemTableIterator c : children) {
      c.seekToLast();
    }
    buildHeap(false);
  }

  /** First entry at or after the internal key {@code target[off, off+len)}. */
  void seek(byte[] target, int off, int len) {
    prepare();
    for (MemTableIterator c : children) {
      c.seek(target, off, len);
    }
    buildHeap(true);
  }

  /** Last entry at or before the internal key {@code target[off, off+len)}. */
  void seekForPrev(byte[] target, int off, int len) {
    prepare();
    for (MemTableIterator c : children) {
      c.seekForPrev(target, off, len);
    }
    buildHeap(false);
  }

  /** Requires: valid. */
  void next() {
    assert current >= 0;
    if (!forward) {
      switchToForward();
    }
    MemTableIterator c = children[current];
    c.next();
    if (c.isValid()) {
      siftDown(0);
    } else {
      removeTop();
    }
    settle();
  }

  /** Requires: valid. */
  void prev() {
    assert current >= 0;
    if (forward) {
      switchToBackward();
    }
    MemTableIterator c = children[current];
    c.prev();
    if (c.isValid()) {
      siftDown(0);
    } else {
      removeTop();
    }
    settle();
  }

  private void prepare() {
    current = -1;
    heapSize = 0;
    if (tombstones == null) {
      List<FragmentedRangeTombstones> lists = new ArrayList<>();
      for (MemTable m : memtables) {
        FragmentedRangeTombstones t = m.rangeTombstones();
        if (t != null && !t.isEmpty()) {
          lists.add(t);
        }
      }
      tombstones = lists.toArray(new FragmentedRangeTombstones[0]);
    }
  }

  private void switchToForward() {
    int cur = current;
    int len = copyCurrentKey();
    for (int i = 0; i < children.length; i++) {
      if (i == cur) {
        continue;
      }
      MemTableIterator c = children[i];
      c.seek(keyCopy, 0, len);
      if (c.isValid() && c.compareInternalKey(keyCopy, 0, len) == 0) {
        c.next();
      }
    }
    forward = true;
    rebuildWithCurrentOnTop(cur);
  }

  private void switchToBackward() {
    int cur = current;
    int len = copyCurrentKey();
    for (int i = 0; i < children.length; i++) {
      if (i == cur) {
        continue;
      }
      MemTableIterator c = children[i];
      c.seekForPrev(keyCopy, 0, len);
      if (c.isValid() && c.compareInternalKey(keyCopy, 0, len) == 0) {
        c.prev();
      }
    }
    forward = false;
    rebuildWithCurrentOnTop(cur);
  }

  /** Rebuilds the heap in the new direction; the current child sorts first by construction. */
  private void rebuildWithCurrentOnTop(int cur) {
    heapSize = 0;
    for (int i = 0; i < children.length; i++) {
      if (children[i].isValid()) {
        heap[heapSize++] = i;
      }
    }
    for (int i = heapSize / 2 - 1; i >= 0; i--) {
      siftDown(i);
    }
    current = heapSize > 0 ? heap[0] : -1;
    assert current == cur : "current child must stay on top after a direction switch";
  }

  private int copyCurrentKey() {
    MemTableIterator c = children[current];
    int len = c.internalKeyLength();
    if (keyCopy.length < len) {
      keyCopy = new byte[Math.max(len, keyCopy.length * 2)];
    }
    System.arraycopy(c.keyBlock(), c.keyOffset(), keyCopy, 0, len);
    return len;
  }

  // ---- heap ------------------------------------------------------------------------------------

  private void buildHeap(boolean forwardDirection) {
    forward = forwardDirection;
    heapSize = 0;
    for (int i = 0; i < children.length; i++) {
      if (children[i].isValid()) {
        heap[heapSize++] = i;
      }
    }
    for (int i = heapSize / 2 - 1; i >= 0; i--) {
      siftDown(i);
    }
    settle();
  }

  /** Skips entries covered by a newer visible range tombstone; sets {@code current}. */
  private void settle() {
    while (heapSize > 0) {
      int top = heap[0];
      if (!covered(children[top])) {
        current = top;
        return;
      }
      MemTableIterator c = children[top];
      if (forward) {
        c.next();
      } else {
        c.prev();
      }
      if (c.isValid()) {
        siftDown(0);
      } else {
        removeTop();
      }
    }
    current = -1;
  }

  private boolean covered(MemTableIterator c) {
    if (tombstones.length == 0) {
      return false;
    }
    long seq = c.sequence();
    byte[] b = c.keyBlock();
    int off = c.keyOffset();
    int len = c.userKeyLength();
    for (FragmentedRangeTombstones t : tombstones) {
      if (t.maxCoveringSeq(b, off, len, readSeq) > seq) {
        return true;
      }
    }
    return false;
  }

  private void removeTop() {
    heapSize--;
    if (heapSize > 0) {
      heap[0] = heap[heapSize];
      siftDown(0);
    }
  }

  /** True if child {@code a} must come out of the heap before child {@code b}. */
  private boolean before(int a, int b) {
    MemTableIterator x = children[a];
    MemTableIterator y = children[b];
    int c =
        InternalKeys.compare(
            cmp,
            x.keyBlock(),
            x.keyOffset(),
            x.internalKeyLength(),
            y.keyBlock(),
            y.keyOffset(),
            y.internalKeyLength());
    if (c == 0) {
      return forward ? a < b : a > b;
    }
    return forward ? c < 0 : c > 0;
  }

  private void siftDown(int i) {
    int item = heap[i];
    while (true) {
      int l = 2 * i + 1;
      if (l >= heapSize) {
        break;
      }
      int r = l + 1;
      int best = r < heapSize && before(heap[r], heap[l]) ? r : l;
      if (!before(heap[best], item)) {
        break;
      }
      heap[i] = heap[best];
      i = best;
    }
    heap[i] = item;
  }

  @Override
  public String toString() {
    return "MergingIterator[children=" + children.length + ", forward=" + forward
        + ", heap=" + Arrays.toString(Arrays.copyOf(heap, heapSize)) + "]";
  }
}
