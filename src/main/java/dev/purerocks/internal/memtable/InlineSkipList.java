package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.Coding;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A skip list whose nodes live in an {@link Arena}, with the entry stored inline after the node's
 * links. Follows RocksDB's {@code InlineSkipList} ({@code memtable/inlineskiplist.h}); differences:
 * nodes are arena addresses instead of pointers, heights come from {@link ThreadLocalRandom}, the
 * concurrent insert path keeps its scratch splice in a thread-local instead of on the stack, and a
 * list may keep a {@link TallNodeIndex} of its tall nodes, from which searches start instead of
 * from the head (the list itself is the same).
 *
 * <h2>Node layout</h2>
 * A node of height {@code h} is one aligned allocation; its address is that of the entry, and link
 * {@code i} (the next node at level {@code i}) sits {@code 8 * (i + 1)} bytes before it:
 *
 * <pre>
 *   | next[h-1] | ... | next[1] | next[0] | entry (see {@link Entries}) ...
 *                                          ^ node address = entry address
 * </pre>
 *
 * Until the node is linked, {@code next[0]} holds its height. The head node has
 * {@code maxHeight} links and an empty entry; it never compares against keys.
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>At every level, the nodes reachable from the head are in strictly increasing
 *       {@link KeyComparator} order.
 *   <li>A node reachable at level {@code i > 0} is reachable at level {@code i - 1}: links are
 *       published bottom-up.
 *   <li>{@code height} only grows, and is at least the height of every linked node.
 * </ol>
 *
 * <h2>Thread-safety and memory ordering</h2>
 * Readers never lock. A node's links and entry are written with plain stores, then the node is
 * published by a release store (single writer) or a CAS (concurrent writers) into its predecessor's
 * link; readers load links with acquire, so a reader that reaches a node sees its entry and its
 * own links as written before publication. A reader that sees {@code height} raised before the new
 * levels are linked finds null links at those levels, which it treats as "end of level" and goes
 * down; that is correct because the head is before every key. {@link #insert} requires one writer
 * at a time; {@link #insertConcurrently} may run on many threads.
 */
final class InlineSkipList {
  static final int DEFAULT_MAX_HEIGHT = 12;
  static final int DEFAULT_BRANCHING_FACTOR = 4;
  /** {@link #findGreaterOrEqualInPrefix}'s "ask the key's own list": no arena address is -1. */
  static final long NO_START = -1;
  /** How many levels above the index's the upper index starts ({@link #upperIndex}). */
  private static final int UPPER_INDEX_STEP = 2;
  private static final int LINK = 8;

  private static final VarHandle HEIGHT;

  static {
    try {
      HEIGHT = MethodHandles.lookup().findVarHandle(InlineSkipList.class, "height", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * Splices for concurrent inserts, one per thread, sized for any list. A thread's splice remembers
   * where its last insert went, so that a thread inserting ascending keys starts next to its
   * previous insert (links other threads made meanwhile are caught by the splice check in {@link
   * #insert}).
   */
  private static final ThreadLocal<ThreadSplice> SCRATCH =
      ThreadLocal.withInitial(ThreadSplice::new);

  private final Arena arena;
  private final KeyComparator comparator;
  private final int maxHeight;
  private final int branchingFactor;
  private final long head;

  /** Highest level in use, 1-based; read with acquire, raised with CAS. */
  @SuppressWarnings("unused") // accessed through HEIGHT
  private volatile int height;

  /** The single writer's splice: remembers where the last insert went, for sequential inserts. */
  private final Splice sequentialSplice;

  /** The tall nodes, where searches start; null for a list that keeps none. */
  private final TallNodeIndex index;

  /**
   * The taller nodes, of height {@code index.minHeight() + UPPER_INDEX_STEP} or more (one in 16
   * of the indexed ones), where the inserts of nodes too tall to start from {@link #index} start,
   * unless taller still; null unless the list has an index of its own and is that tall. Measured
   * on a 1M-entry fill: 5.6 node visits per insert instead of 6.9, about 5 % faster.
   */
  private final TallNodeIndex upperIndex;

  /**
   * Creates an empty list.
   *
   * @param maxHeight the tallest a node may be (RocksDB: 12 for the skip-list representation,
   *     configurable for hash-skip-list buckets)
   * @param branchingFactor the inverse of the probability that a node grows one more level
   */
  InlineSkipList(KeyComparator comparator, int maxHeight, int branchingFactor) {
    this(comparator, maxHeight, branchingFactor, 0, 0);
  }

  /**
   * Creates an empty list that keeps a {@link TallNodeIndex} of its nodes of height {@code
   * indexMinHeight} or more, if that is above 0 and the order has key words.
   */
  InlineSkipList(
      KeyComparator comparator,
      int maxHeight,
      int branchingFactor,
      int indexMinHeight,
      int indexChunkCapacity) {
    this(
        comparator,
        maxHeight,
        branchingFactor,
        indexMinHeight > 0 && indexMinHeight <= maxHeight && TallNodeIndex.supports(comparator)
            ? new TallNodeIndex(comparator, indexMinHeight, indexChunkCapacity)
            : null);
  }

  /**
   * Creates an empty list that adds its tall nodes to, and starts searches from, {@code index}
   * (null for none; ignored if it holds nodes taller than this list's can be), which other lists
   * may share ({@link TallNodeIndex#prefixes}).
   */
  InlineSkipList(KeyComparator comparator, int maxHeight, int branchingFactor, TallNodeIndex index) {
    if (maxHeight < 1 || maxHeight > 32) {
      throw new IllegalArgumentException("skip list height must be in [1, 32]: " + maxHeight);
    }
    if (branchingFactor < 1) {
      throw new IllegalArgumentException("skip list branching factor must be >= 1: " + branchingFactor);
    }
    this.arena = comparator.arena();
    this.comparator = comparator;
    this.maxHeight = maxHeight;
    this.branchingFactor = branchingFactor;
    this.head = allocateNode(0, maxHeight, false);
    for (int i = 0; i < maxHeight; i++) {
      setNextPlain(head, i, 0);
    }
    this.sequentialSplice = new Splice(maxHeight);
    this.index = index != null && index.minHeight() <= maxHeight ? index : null;
    int upperMinHeight = this.index == null ? 0 : this.index.minHeight() + UPPER_INDEX_STEP;
    this.upperIndex =
        this.index != null && this.index.prefixes() == null && upperMinHeight <= maxHeight
            ? new TallNodeIndex(comparator, upperMinHeight, TallNodeIndex.DEFAULT_CHUNK_CAPACITY)
            : null;
    HEIGHT.setRelease(this, 1);
  }

  // ---- links ---------------------------------------------------------------------------------

  private static long linkAddress(long node, int level) {
    return node - (long) LINK * (level + 1);
  }

  private long next(long node, int level) {
    return arena.getLongAcquire(linkAddress(node, level));
  }

  private void setNext(long node, int level, long next) {
    arena.setLongRelease(linkAddress(node, level), next);
  }

  private void setNextPlain(long node, int level, long next) {
    arena.setLongPlain(linkAddress(node, level), next);
  }

  private boolean casNext(long node, int level, long expected, long next) {
    return arena.casLong(linkAddress(node, level), expected, next);
  }

  private int currentHeight() {
    return (int) HEIGHT.getAcquire(this);
  }

  // ---- allocation ----------------------------------------------------------------------------

  /**
   * Allocates a node of random height for an entry of {@code entryLength} bytes; {@code alone}
   * as {@link MemTableRep#allocateAlone}.
   */
  long allocate(int entryLength, boolean alone) {
    return allocateNode(entryLength, randomHeight(), alone);
  }

  private long allocateNode(int entryLength, int nodeHeight, boolean alone) {
    int size = LINK * nodeHeight + entryLength;
    long base = alone ? arena.allocateAlignedAlone(size) : arena.allocateAligned(size);
    long node = base + (long) LINK * nodeHeight;
    setNextPlain(node, 0, nodeHeight); // stash the height until the node is linked
    return node;
  }

  private int randomHeight() {
    int h = 1;
    if (branchingFactor == 1) {
      return maxHeight;
    }
    ThreadLocalRandom rnd = ThreadLocalRandom.current();
    while (h < maxHeight && rnd.nextInt(branchingFactor) == 0) {
      h++;
    }
    return h;
  }

  // ---- search --------------------------------------------------------------------------------

  /** True if {@code node} is not null and sorts before the key. */
  private boolean keyIsAfterNode(byte[] key, int off, int len, long node) {
    return node != 0 && comparator.compare(node, key, off, len) < 0;
  }

  /** True if {@code node} is not null and sorts before the entry {@code key}. */
  private boolean keyIsAfterNode(long key, long node) {
    return node != 0 && comparator.compare(node, key) < 0;
  }

  /**
   * The index's answer for the internal key {@code key[off, off+len)} ({@link TallNodeIndex#floor}):
   * a node before the key, on which a search may start at level {@code index.minHeight() - 1}
   * ({@link #startNode}), and a node after it ({@link #boundNode}); 0 without an index.
   */
  private long indexFloor(byte[] key, int off, int len) {
    return index == null ? 0 : index.floor(key, off, len);
  }

  /**
   * The start node of an index answer for the internal key {@code key[off, off+len)}, or 0: then
   * the search starts at the head. A shared index's node must have the key's prefix to be in this
   * list.
   */
  private long startNode(long floor, byte[] key, int off, int len) {
    long start = Arena.fromCompactReference(TallNodeIndex.start(floor));
    if (start == 0 || index.prefixes() == null) {
      return start;
    }
    return hasPrefixOf(start, index.prefixes(), key, off, len - InternalKeys.TRAILER_SIZE)
        ? start
        : 0;
  }

  /** True if both user keys are in the extractor's domain and have the same prefix. */
  private boolean hasPrefixOf(
      long node, PrefixExtractor prefixes, byte[] key, int off, int userLen) {
    if (!prefixes.inDomain(key, off, userLen)) {
      return false;
    }
    byte[] nb = arena.block(node);
    int np = Entries.keyOffset(arena, node);
    int nLen = Entries.internalKeyLength(arena, node) - InternalKeys.TRAILER_SIZE;
    if (!prefixes.inDomain(nb, np, nLen)) {
      return false;
    }
    int p = prefixes.prefixLength(key, off, userLen);
    return p == prefixes.prefixLength(nb, np, nLen)
        && Arrays.equals(key, off, off + p, nb, np, np + p);
  }

  /** The node of an index answer known to sort after the key, or 0. */
  private static long boundNode(long floor) {
    return Arena.fromCompactReference(TallNodeIndex.bound(floor));
  }

  /** The first node at or after the internal key, or 0. */
  long findGreaterOrEqual(byte[] key, int off, int len) {
    long floor = indexFloor(key, off, len);
    long start = startNode(floor, key, off, len);
    return start != 0
        ? findGreaterOrEqual(start, index.minHeight() - 1, boundNode(floor), key, off, len)
        : findGreaterOrEqual(head, currentHeight() - 1, boundNode(floor), key, off, len);
  }

  /**
   * Requires: an index shared by several lists ({@link TallNodeIndex#prefixes()} not null). The
   * first node at or after the internal key in the list that holds the key's prefix, or 0, found
   * from the index without that list's head: any list sharing the index answers for all of them,
   * since a start node with the key's prefix is in the key's list. {@link #NO_START} when the index
   * has no such node at or before the key; then only the key's own list can answer.
   */
  long findGreaterOrEqualInPrefix(byte[] key, int off, int len) {
    long floor = index.floor(key, off, len);
    long start = startNode(floor, key, off, len);
    return start == 0
        ? NO_START
        : findGreaterOrEqual(start, index.minHeight() - 1, boundNode(floor), key, off, len);
  }

  /**
   * The first node at or after the internal key, searched from the head without the index: for a
   * list without one, or after {@link #findGreaterOrEqualInPrefix} answered {@link #NO_START}
   * (the index has nothing better to offer).
   */
  long findGreaterOrEqualFromHead(byte[] key, int off, int len) {
    return findGreaterOrEqual(head, currentHeight() - 1, 0, key, off, len);
  }

  /**
   * The first node at or after the internal key, searching from node {@code x} (before the key, or
   * the head) down from {@code level}; {@code lastBigger} is a node known to sort after the key, or
   * 0.
   */
  private long findGreaterOrEqual(
      long x, int level, long lastBigger, byte[] key, int off, int len) {
    while (true) {
      long next = next(x, level);
      int c = next == 0 || next == lastBigger ? 1 : comparator.compare(next, key, off, len);
      if (c == 0 || (c > 0 && level == 0)) {
        return next;
      } else if (c < 0) {
        x = next;
      } else {
        lastBigger = next;
        level--;
      }
    }
  }

  /** The last node before the internal key, or 0 if none. */
  long findLessThan(byte[] key, int off, int len) {
    long floor = indexFloor(key, off, len);
    long start = startNode(floor, key, off, len);
    long x = start != 0 ? start : head;
    int level = start != 0 ? index.minHeight() - 1 : currentHeight() - 1;
    long lastNotAfter = boundNode(floor);
    while (true) {
      long next = next(x, level);
      if (next != lastNotAfter && keyIsAfterNode(key, off, len, next)) {
        x = next;
      } else {
        if (level == 0) {
          return x == head ? 0 : x;
        }
        lastNotAfter = next;
        level--;
      }
    }
  }

  /** The last node before the entry {@code key}, or 0 if none. */
  long findLessThan(long key) {
    byte[] kb = arena.block(key);
    int kp = Entries.keyOffset(arena, key);
    int kl = Entries.internalKeyLength(arena, key);
    long floor = indexFloor(kb, kp, kl);
    long start = startNode(floor, kb, kp, kl);
    long x = start != 0 ? start : head;
    int level = start != 0 ? index.minHeight() - 1 : currentHeight() - 1;
    long lastNotAfter = boundNode(floor);
    while (true) {
      long next = next(x, level);
      if (next != lastNotAfter && keyIsAfterNode(key, next)) {
        x = next;
      } else {
        if (level == 0) {
          return x == head ? 0 : x;
        }
        lastNotAfter = next;
        level--;
      }
    }
  }

  /** The last node, or 0 if the list is empty. */
  long findLast() {
    long x = head;
    int level = currentHeight() - 1;
    while (true) {
      long next = next(x, level);
      if (next != 0) {
        x = next;
      } else if (level == 0) {
        return x == head ? 0 : x;
      } else {
        level--;
      }
    }
  }

  /**
   * Bytes of arrays the tall-node indexes allocated so far, outgrown ones included; 0 without
   * one.
   */
  long indexAllocatedBytes() {
    return (index == null ? 0 : index.allocatedBytes())
        + (upperIndex == null ? 0 : upperIndex.allocatedBytes());
  }

  /** The tall-node index, or null (for tests). */
  TallNodeIndex index() {
    return index;
  }

  /** The index of the taller nodes ({@link #upperIndex}), or null (for tests). */
  TallNodeIndex upperIndex() {
    return upperIndex;
  }

  /**
   * For tests, with no insert running: null if every level is in strictly ascending order and
   * holds every node of the level above, and no index holds more nodes than the level it indexes
   * (it may hold fewer: a node without a compact reference is left out); else the first violation.
   */
  String checkLevels() {
    int h = currentHeight();
    long[] counts = new long[maxHeight + 1];
    for (int level = h - 1; level >= 0; level--) {
      long above = level + 1 < h ? next(head, level + 1) : 0;
      long prev = 0;
      for (long x = next(head, level); x != 0; x = next(x, level)) {
        if (prev != 0 && comparator.compare(prev, x) >= 0) {
          return "level " + level + " is out of order at node " + x;
        }
        if (x == above) {
          above = next(above, level + 1);
        } else if (above != 0 && comparator.compare(x, above) >= 0) {
          return "node " + above + " of level " + (level + 1) + " is missing on level " + level;
        }
        prev = x;
        counts[level]++;
      }
      if (above != 0) {
        return "node " + above + " of level " + (level + 1) + " is missing on level " + level;
      }
    }
    for (TallNodeIndex i : new TallNodeIndex[] {index, upperIndex}) {
      if (i != null && i.prefixes() == null && i.size() > counts[i.minHeight() - 1]) {
        return "an index of height " + i.minHeight() + " holds " + i.size() + " nodes, level "
            + (i.minHeight() - 1) + " has " + counts[i.minHeight() - 1];
      }
    }
    return null;
  }

  /** The first node, or 0. */
  long first() {
    return next(head, 0);
  }

  /** The node after {@code node} at level 0, or 0. */
  long nextOf(long node) {
    return next(node, 0);
  }

  /**
   * Estimates the number of entries in {@code [start, end)} (RocksDB's
   * {@code InlineSkipList::ApproximateNumEntries}, since 9.9): going down from the top level, count
   * the range's nodes on each level until one level holds enough of them to be a good sample
   * ({@code 10 + branchingFactor * level}), then scale that count by the branching factor once per
   * level below it. Level 0 is counted exactly, and a level is scaled only when the level above
   * held at least 10 of the range's nodes, so a range of fewer than 10 entries is counted exactly. The estimate is not monotonic in the range: moving to a sparser
   * level can lower it.
   */
  long approximateNumEntries(
      byte[] start, int startOff, int startLen, byte[] end, int endOff, int endLen) {
    long lower = head; // last node before start on the current level
    long upper = 0; // first node known to be at or after end; 0 is the end of every level
    long count = 0;
    for (int level = currentHeight() - 1; level >= 0; level--) {
      if (count >= (long) level * branchingFactor + 10) {
        count *= branchingFactor; // enough samples above: scale instead of counting
        continue;
      }
      count = 0;
      long next = next(lower, level);
      while (next != upper && next != 0 && comparator.compare(next, start, startOff, startLen) < 0) {
        lower = next;
        next = next(lower, level);
      }
      while (next != upper && next != 0) {
        if (comparator.compare(next, end, endOff, endLen) >= 0) {
          upper = next; // later levels stop here without comparing again
          break;
        }
        count++;
        next = next(next, level);
      }
    }
    return count;
  }

  /**
   * Estimates how many nodes sort before the internal key, by counting steps on the way down and
   * weighting each by the expected number of nodes it skips (RocksDB's {@code EstimateCount}).
   * RocksDB stopped using it for range estimates in 9.9; see {@link #approximateNumEntries}.
   */
  long estimateCount(byte[] key, int off, int len) {
    long count = 0;
    long x = head;
    int level = currentHeight() - 1;
    while (true) {
      long next = next(x, level);
      if (next != 0 && comparator.compare(next, key, off, len) < 0) {
        x = next;
        count++;
      } else {
        if (level == 0) {
          return count;
        }
        count *= branchingFactor;
        level--;
      }
    }
  }

  /** True if an entry equal to the internal key is in the list. */
  boolean contains(byte[] key, int off, int len) {
    long x = findGreaterOrEqual(key, off, len);
    return x != 0 && comparator.compare(x, key, off, len) == 0;
  }

  // ---- insert --------------------------------------------------------------------------------

  /**
   * Links an allocated node. Requires: no other insert runs on this list.
   *
   * @return false if an equal entry is present (the node is then unused)
   */
  boolean insert(long node) {
    return insert(node, sequentialSplice, false);
  }

  /** Links an allocated node while other threads may insert too. */
  boolean insertConcurrently(long node) {
    ThreadSplice scratch = SCRATCH.get();
    if (scratch.inUse) {
      // An insert made while this thread's insert runs (a Java comparator that writes to another
      // database): the thread's splice belongs to the outer insert.
      return insert(node, new Splice(maxHeight), true);
    }
    if (scratch.list == null || scratch.list.get() != this) {
      scratch.list = new WeakReference<>(this);
      scratch.splice.height = 0; // a splice of another list: recompute every level
    }
    scratch.inUse = true;
    try {
      return insert(node, scratch.splice, true);
    } finally {
      scratch.inUse = false;
    }
  }

  private boolean insert(long node, Splice splice, boolean useCas) {
    int nodeHeight = (int) arena.getLongPlain(linkAddress(node, 0));
    // The node's internal key, decoded once for the dozens of comparisons below.
    byte[] kb = arena.block(node);
    int kp = Arena.offset(node);
    int kl = Coding.getVarint32(kb, kp);
    kp = Entries.skipVarint(kb, kp);
    int listHeight = currentHeight();
    while (nodeHeight > listHeight) {
      if (HEIGHT.compareAndSet(this, listHeight, nodeHeight)) {
        listHeight = nodeHeight;
        break;
      }
      listHeight = currentHeight();
    }

    // Find the lowest level at which the remembered splice still brackets the key; every level
    // below it is searched again from there. A splice that does not reach the node's height, or
    // brackets the key nowhere, is started afresh. Where the index can start the search, only
    // level 0 is tried (it serves ascending inserts): in a large list a random key is seldom
    // bracketed on the levels above, each level tried costs up to three cache misses, and the
    // index reaches the key's neighbours in fewer.
    int recomputeHeight = 0;
    if (nodeHeight > splice.height) {
      recomputeHeight = startSplice(kb, kp, kl, nodeHeight, listHeight, splice);
    } else {
      int validate = insertsFromIndex(nodeHeight) ? 1 : splice.height;
      while (recomputeHeight < validate) {
        long prev = splice.prev[recomputeHeight];
        long next = splice.next[recomputeHeight];
        if (next(prev, recomputeHeight) != next) {
          recomputeHeight++; // someone linked in between: not adjacent any more
        } else if (prev != head && !keyIsAfterNode(kb, kp, kl, prev)) {
          recomputeHeight++; // key is at or before prev
        } else if (next != 0 && keyIsAfterNode(kb, kp, kl, next)) {
          recomputeHeight++; // key is after next
        } else {
          break;
        }
      }
      if (recomputeHeight == validate) {
        // No level brackets the key; prev[height] may be an index node before some other key.
        recomputeHeight = startSplice(kb, kp, kl, nodeHeight, listHeight, splice);
      }
    }
    for (int i = recomputeHeight - 1; i >= 0; i--) {
      findSpliceForLevel(kb, kp, kl, splice.prev[i + 1], splice.next[i + 1], i, splice);
    }

    if (useCas) {
      for (int i = 0; i < nodeHeight; i++) {
        while (true) {
          if (i == 0 && isDuplicate(kb, kp, kl, splice)) {
            return false;
          }
          setNextPlain(node, i, splice.next[i]);
          if (casNext(splice.prev[i], i, splice.next[i], node)) {
            break;
          }
          // Lost a race at this level: search again from the old predecessor, which still
          // precedes the key.
          findSpliceForLevel(kb, kp, kl, splice.prev[i], 0, i, splice);
        }
      }
    } else {
      if (isDuplicate(kb, kp, kl, splice)) {
        return false;
      }
      for (int i = 0; i < nodeHeight; i++) {
        setNextPlain(node, i, splice.next[i]);
        setNext(splice.prev[i], i, node);
      }
    }

    // The node now precedes splice.next at its levels: remember it as the predecessor, which makes
    // the next ascending insert start right here.
    for (int i = 0; i < nodeHeight; i++) {
      splice.prev[i] = node;
    }
    if (index != null && nodeHeight >= index.minHeight()) {
      int ref = Arena.compactReference(node);
      if (ref != 0) { // else the node is left out: searches only walk further
        index.add(ref, kb, kp, kl - InternalKeys.TRAILER_SIZE);
        if (upperIndex != null && nodeHeight >= upperIndex.minHeight()) {
          upperIndex.add(ref, kb, kp, kl - InternalKeys.TRAILER_SIZE);
        }
      }
    }
    return true;
  }

  /**
   * Points a splice at a start that precedes the internal key {@code key[off, off+len)} and
   * returns the number of levels to search below it: an index node if the new node is no taller
   * than the indexed ones, else the head (every level).
   */
  private int startSplice(
      byte[] key, int off, int len, int nodeHeight, int listHeight, Splice splice) {
    if (insertsFromIndex(nodeHeight)) {
      TallNodeIndex from = nodeHeight <= index.minHeight() ? index : upperIndex;
      long floor = from.floor(key, off, len);
      long start = startNode(floor, key, off, len);
      if (start != 0) {
        int h = from.minHeight();
        splice.prev[h] = start;
        splice.next[h] = boundNode(floor); // after the key: level h - 1 stops there unread
        splice.height = h;
        return h;
      }
    }
    splice.prev[listHeight] = head;
    splice.next[listHeight] = 0;
    splice.height = listHeight;
    return listHeight;
  }

  /**
   * True if an insert of a node this tall may start from the index: the node is no taller than
   * the indexed ones and the index is this list's own. Hash buckets, which share one, keep to
   * their own splice: in a list of a hundred nodes it brackets a random key on the upper levels
   * often enough to be the faster start (measured).
   */
  private boolean insertsFromIndex(int nodeHeight) {
    return index != null
        && index.prefixes() == null
        && nodeHeight <= (upperIndex != null ? upperIndex.minHeight() : index.minHeight());
  }

  /** True if the splice's level-0 neighbours do not bracket the internal key strictly. */
  private boolean isDuplicate(byte[] key, int off, int len, Splice splice) {
    long next = splice.next[0];
    if (next != 0 && comparator.compare(next, key, off, len) <= 0) {
      return true;
    }
    long prev = splice.prev[0];
    return prev != head && comparator.compare(prev, key, off, len) >= 0;
  }

  /**
   * Finds, at {@code level}, the adjacent pair around the internal key in {@code key[off,
   * off+len)}, starting from {@code before} (which precedes the key) and stopping at {@code after}
   * (which follows it, or 0 for the end).
   */
  private void findSpliceForLevel(
      byte[] key, int off, int len, long before, long after, int level, Splice splice) {
    while (true) {
      long next = next(before, level);
      if (next == after || !keyIsAfterNode(key, off, len, next)) {
        splice.prev[level] = before;
        splice.next[level] = next;
        return;
      }
      before = next;
    }
  }

  /**
   * Where a key goes at each level: {@code prev[i]} precedes it and {@code next[i]} follows it.
   * Levels {@code [0, height)} are meaningful; {@code prev[height]} was, when the splice was
   * started, a node before the key at level {@code height - 1} (the head, or a tall node of the
   * index).
   */
  private static final class Splice {
    int height;
    final long[] prev;
    final long[] next;

    Splice(int maxHeight) {
      prev = new long[maxHeight + 1];
      next = new long[maxHeight + 1];
    }
  }

  /**
   * A thread's splice for concurrent inserts and the list it was last used on, held weakly so that
   * a thread does not keep a dropped memtable reachable.
   */
  private static final class ThreadSplice {
    final Splice splice = new Splice(64);
    WeakReference<InlineSkipList> list;
    /** An insert of this thread is using {@link #splice}. */
    boolean inUse;
  }

  // ---- cursor --------------------------------------------------------------------------------

  /** A cursor over the list in order; see {@link MemTableRep.Cursor}. */
  final class ListCursor implements MemTableRep.Cursor {
    private long node;

    @Override
    public boolean isValid() {
      return node != 0;
    }

    @Override
    public long entry() {
      assert node != 0 : "cursor is not valid";
      return node;
    }

    @Override
    public void next() {
      assert node != 0 : "cursor is not valid";
      node = nextOf(node);
    }

    @Override
    public void prev() {
      assert node != 0 : "cursor is not valid";
      node = findLessThan(node);
    }

    @Override
    public void seek(byte[] key, int off, int len) {
      node = findGreaterOrEqual(key, off, len);
    }

    @Override
    public void seekForPrev(byte[] key, int off, int len) {
      node = findLastAtOrBefore(key, off, len);
    }

    @Override
    public void seekToFirst() {
      node = first();
    }

    @Override
    public void seekToLast() {
      node = findLast();
    }

    /** Positions directly on a node (used by look-ahead seeks). */
    void setNode(long node) {
      this.node = node;
    }

    long node() {
      return node;
    }
  }

  /** The last node at or before the internal key, or 0: a cursor's {@code seekForPrev}. */
  long findLastAtOrBefore(byte[] key, int off, int len) {
    long node = findGreaterOrEqual(key, off, len);
    if (node == 0) {
      node = findLast();
    }
    while (node != 0 && comparator.compare(node, key, off, len) > 0) {
      node = findLessThan(node);
    }
    return node;
  }

  ListCursor cursor() {
    return new ListCursor();
  }

  KeyComparator comparator() {
    return comparator;
  }
}
