package dev.purerocks.internal.db;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memtable.CorruptionException;
import dev.purerocks.internal.memtable.FragmentedRangeTombstones;
import dev.purerocks.internal.memtable.MemTable;
import dev.purerocks.internal.memtable.MemTableIterator;
import dev.purerocks.internal.util.Coding;
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
 *   <li>Range tombstones: a point entry with sequence {@code s} is skipped when a memtable no
 *       older than its own has a tombstone visible at the read sequence that covers its user key
 *       with a sequence greater than {@code s} (M51, M58). As in RocksDB's {@code SeekImpl} and
 *       {@code SkipNextDeleted}, a seek whose target a memtable's tombstone covers sends the older
 *       memtables to the tombstone fragment's end (backward: its start), and an entry covered by a
 *       newer memtable's tombstone re-seeks the older memtables the same way; an entry covered by
 *       its own memtable's tombstone is stepped over. In total order this only saves steps; over a
 *       hash representation in prefix mode it decides which bucket the older memtables continue
 *       in, which RocksJava shows past the seek target's prefix. Differences from RocksDB:
 *       tombstones are not heap items; coverage is asked of each memtable's fragment list (a
 *       binary search) for the entry on top. The fragment lists are fetched at the first
 *       positioning, so a tombstone that fails its checksum surfaces as a {@link
 *       CorruptionException} from a cursor call.
 * </ul>
 *
 * <p>Errors: a child's {@link CorruptionException} propagates; the iterator is then unusable until
 * the next seek (the DB iterator turns it into its status).
 *
 * <p>Thread-safety: one thread at a time.
 *
 * <p>Spec: {@code ITER-MERGE-1}, {@code ITER-RT-1}, {@code ITER-RT-2}.
 */
final class MergingIterator {
  private final UserComparator cmp;
  private final List<MemTable> memtables;
  private final MemTableIterator[] children;
  private final long readSeq;

  /**
   * Per child, its memtable's fragment list, or null if it has no tombstone; the array itself is
   * null until first fetched.
   */
  private FragmentedRangeTombstones[] tombstones;

  /** {@code ignore_range_deletions}: no tombstone list is consulted. */
  private final boolean ignoreRangeDeletions;
  private boolean anyTombstones;

  /** The target of a cascading seek, in our own buffer because it changes level by level. */
  private byte[] cascadeKey = new byte[64];

  /** Heap of child indices; size {@code heapSize}; top at 0. */
  private final int[] heap;
  private int heapSize;
  private boolean forward = true;
  private int current = -1;

  /** The current internal key, copied before a direction switch moves the children. */
  private byte[] keyCopy = new byte[64];

  MergingIterator(
      UserComparator cmp,
      List<MemTable> memtables,
      boolean[] prefixMode,
      long readSeq,
      boolean ignoreRangeDeletions) {
    assert prefixMode.length == memtables.size();
    this.cmp = cmp;
    this.ignoreRangeDeletions = ignoreRangeDeletions;
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
    cascadeSeek(target, off, len, 0);
    buildHeap(true);
  }

  /** Last entry at or before the internal key {@code target[off, off+len)}. */
  void seekForPrev(byte[] target, int off, int len) {
    prepare();
    cascadeSeekForPrev(target, off, len, 0);
    buildHeap(false);
  }

  /**
   * Seeks children {@code from..n-1} to the target, newest first; when a child's memtable has a
   * visible tombstone covering the target's user key, the older children seek to that fragment's
   * end instead (RocksDB's {@code SeekImpl}). In total order this only saves steps; over a hash
   * representation in prefix mode it moves the older children to the end key's bucket, which is
   * what RocksDB returns past the target's prefix.
   */
  private void cascadeSeek(byte[] target, int off, int len, int from) {
    int n = setCascadeKey(target, off, len);
    for (int level = from; level < children.length; level++) {
      children[level].seek(cascadeKey, 0, n);
      FragmentedRangeTombstones t = tombstones[level];
      if (t == null) {
        continue;
      }
      int userLen = n - InternalKeys.TRAILER_SIZE;
      int i = t.firstEndingAfter(cascadeKey, 0, userLen);
      while (i < t.size() && t.maxVisibleSeq(i, readSeq) < 0) {
        i++;
      }
      if (i < t.size()
          && cmp.compare(t.start(i), 0, t.start(i).length, cascadeKey, 0, userLen) <= 0) {
        byte[] end = t.end(i);
        n = setCascadeKey(end, InternalKeys.MAX_SEQUENCE_NUMBER, ValueType.FOR_SEEK.code());
      }
    }
  }

  /** The backward counterpart of {@link #cascadeSeek} (RocksDB's {@code SeekForPrevImpl}). */
  private void cascadeSeekForPrev(byte[] target, int off, int len, int from) {
    int n = setCascadeKey(target, off, len);
    for (int level = from; level < children.length; level++) {
      children[level].seekForPrev(cascadeKey, 0, n);
      FragmentedRangeTombstones t = tombstones[level];
      if (t == null) {
        continue;
      }
      int userLen = n - InternalKeys.TRAILER_SIZE;
      int i = t.lastStartingAtOrBefore(cascadeKey, 0, userLen);
      while (i >= 0 && t.maxVisibleSeq(i, readSeq) < 0) {
        i--;
      }
      if (i >= 0 && cmp.compare(cascadeKey, 0, userLen, t.end(i), 0, t.end(i).length) < 0) {
        byte[] start = t.start(i);
        n = setCascadeKey(start, InternalKeys.MAX_SEQUENCE_NUMBER,
            ValueType.FOR_SEEK_FOR_PREV.code());
      }
    }
  }

  private int setCascadeKey(byte[] key, int off, int len) {
    if (cascadeKey.length < len) {
      cascadeKey = new byte[Math.max(len, cascadeKey.length * 2)];
    }
    System.arraycopy(key, off, cascadeKey, 0, len);
    return len;
  }

  private int setCascadeKey(byte[] userKey, long seq, int type) {
    int n = userKey.length + InternalKeys.TRAILER_SIZE;
    if (cascadeKey.length < n) {
      cascadeKey = new byte[Math.max(n, cascadeKey.length * 2)];
    }
    System.arraycopy(userKey, 0, cascadeKey, 0, userKey.length);
    Coding.putFixed64(cascadeKey, userKey.length, InternalKeys.packTrailer(seq, type));
    return n;
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
      FragmentedRangeTombstones[] lists = new FragmentedRangeTombstones[memtables.size()];
      for (int i = 0; i < lists.length && !ignoreRangeDeletions; i++) {
        FragmentedRangeTombstones t = memtables.get(i).rangeTombstones();
        if (t != null && !t.isEmpty()) {
          lists[i] = t;
          anyTombstones = true;
        }
      }
      tombstones = lists;
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
    rebuild();
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
    rebuild();
    settle();
  }

  /**
   * Skips entries covered by a newer visible range tombstone; sets {@code current}. As RocksDB's
   * {@code SkipNextDeleted} / {@code SkipPrevDeleted}: a tombstone of the entry's own memtable
   * steps that child once; a tombstone of a newer memtable re-seeks the older children past it,
   * forward to its end (from the entry's memtable on), backward to its start (from the memtable
   * after the tombstone's).
   */
  private void settle() {
    while (heapSize > 0) {
      int top = heap[0];
      MemTableIterator c = children[top];
      int level = coveringLevel(top, c);
      if (level < 0) {
        current = top;
        return;
      }
      if (level == top) {
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
        continue;
      }
      FragmentedRangeTombstones t = tombstones[level];
      int i = t.firstEndingAfter(c.keyBlock(), c.keyOffset(), c.userKeyLength());
      if (forward) {
        int n = setCascadeKey(t.end(i), InternalKeys.MAX_SEQUENCE_NUMBER,
            ValueType.FOR_SEEK.code());
        cascadeSeek(cascadeKey, 0, n, top);
      } else {
        long seq = t.maxVisibleSeq(i, readSeq);
        int n = setCascadeKey(t.start(i), seq, ValueType.CODE_RANGE_DELETION);
        cascadeSeekForPrev(cascadeKey, 0, n, level + 1);
      }
      rebuild();
    }
    current = -1;
  }

  /**
   * The newest memtable, not older than the entry's, with a visible tombstone covering the entry
   * with a larger sequence number; -1 if none.
   */
  private int coveringLevel(int childLevel, MemTableIterator c) {
    if (!anyTombstones) {
      return -1;
    }
    long seq = c.sequence();
    byte[] b = c.keyBlock();
    int off = c.keyOffset();
    int len = c.userKeyLength();
    for (int level = 0; level <= childLevel; level++) {
      FragmentedRangeTombstones t = tombstones[level];
      if (t != null && t.maxCoveringSeq(b, off, len, readSeq) > seq) {
        return level;
      }
    }
    return -1;
  }

  private void rebuild() {
    heapSize = 0;
    for (int i = 0; i < children.length; i++) {
      if (children[i].isValid()) {
        heap[heapSize++] = i;
      }
    }
    for (int i = heapSize / 2 - 1; i >= 0; i--) {
      siftDown(i);
    }
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
