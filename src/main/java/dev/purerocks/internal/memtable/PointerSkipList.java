package dev.purerocks.internal.memtable;

import dev.purerocks.internal.memory.Arena;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Skip lists of entry addresses that live entirely in an {@link Arena}: the skip-list buckets of
 * {@link HashLinkListRep}. One instance is the code for any number of lists of one representation;
 * a list is named by the arena address of its header, so a converted bucket costs no Java object.
 *
 * <h2>Pedigree</h2>
 *
 * Follows RocksDB's {@code SkipList} ({@code memtable/skiplist.h}) as {@code HashLinkListRep} uses
 * it: nodes hold a pointer to the entry rather than the entry itself, because a bucket converted
 * from a linked list must index entries that already sit, never moving, in linked-list nodes (old
 * readers may still be walking those). Maximum height 12, branching factor 4, as RocksDB's
 * defaults. Differences: heights come from {@link ThreadLocalRandom}; only what the hash
 * representation needs is here (single-writer insert, forward search and iteration; no backward
 * step, which the representation does not offer on its buckets).
 *
 * <h2>Layout</h2>
 *
 * <pre>
 *   list header: | count (8) | height (8) | head.next[11] | ... | head.next[0] |
 *                                                                              ^ head node address
 *   node:        | next[h-1] | ... | next[0] | entry address (8) |
 *                                            ^ node address
 * </pre>
 *
 * Link {@code i} of a node (or of the head) sits {@code 8 * (i + 1)} bytes before the node address,
 * as in {@link InlineSkipList}. The head has no entry word and never compares.
 *
 * <h2>Invariants</h2>
 *
 * <ol>
 *   <li>At every level the nodes reachable from the head are in strictly increasing {@link
 *       KeyComparator} order of their entries.
 *   <li>A node reachable at level {@code i > 0} is reachable at level {@code i - 1}.
 *   <li>{@code height} never decreases and is at least the height of every linked node.
 * </ol>
 *
 * <h2>Thread-safety and memory ordering</h2>
 *
 * One writer per list ({@link #insert}); lock-free readers. A node's entry word and links are
 * written plainly, then the node is published level by level, bottom-up, by release stores into its
 * predecessors; readers load links with acquire. A reader that sees a raised height before the new
 * levels are linked finds null head links there and goes down, which is correct because the head
 * precedes every key. The count is written with release after the node is linked.
 */
final class PointerSkipList {
  static final int MAX_HEIGHT = 12;
  static final int BRANCHING_FACTOR = 4;
  private static final int LINK = 8;
  private static final int COUNT_OFFSET = 0;
  private static final int HEIGHT_OFFSET = 8;

  /** Bytes of a list header: count, height and the head's links. */
  static final int HEADER_BYTES = 16 + LINK * MAX_HEIGHT;

  private final Arena arena;
  private final KeyComparator comparator;

  /** The writer's predecessors at each level, reused by every insert. */
  private final long[] prev = new long[MAX_HEIGHT];

  PointerSkipList(KeyComparator comparator) {
    this.arena = comparator.arena();
    this.comparator = comparator;
  }

  /** Allocates an empty list and returns its header address. */
  long create() {
    long list = arena.allocateAligned(HEADER_BYTES);
    arena.setLongPlain(list + COUNT_OFFSET, 0);
    arena.setLongPlain(list + HEIGHT_OFFSET, 1);
    long head = head(list);
    for (int i = 0; i < MAX_HEIGHT; i++) {
      arena.setLongPlain(linkAddress(head, i), 0);
    }
    return list;
  }

  // ---- fields --------------------------------------------------------------------------------

  private static long head(long list) {
    return list + HEADER_BYTES;
  }

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

  private int height(long list) {
    return (int) arena.getLongAcquire(list + HEIGHT_OFFSET);
  }

  private void setHeight(long list, int height) {
    arena.setLongRelease(list + HEIGHT_OFFSET, height);
  }

  /** Number of entries in the list. */
  long count(long list) {
    return arena.getLongAcquire(list + COUNT_OFFSET);
  }

  private void setCount(long list, long count) {
    arena.setLongRelease(list + COUNT_OFFSET, count);
  }

  /** The entry a node points to. Requires: {@code node} was reached through a link. */
  long entryOf(long node) {
    return arena.getLongPlain(node);
  }

  // ---- reading -------------------------------------------------------------------------------

  /** The first node, or 0 if the list is empty. */
  long first(long list) {
    return next(head(list), 0);
  }

  /** The node after {@code node}, or 0. */
  long nextOf(long node) {
    return next(node, 0);
  }

  /** The first node whose entry is at or after the internal key, or 0. */
  long findGreaterOrEqual(long list, byte[] key, int off, int len) {
    long x = head(list);
    int level = height(list) - 1;
    while (true) {
      long next = next(x, level);
      if (next != 0 && comparator.compare(entryOf(next), key, off, len) < 0) {
        x = next;
      } else if (level == 0) {
        return next;
      } else {
        level--;
      }
    }
  }

  // ---- writing -------------------------------------------------------------------------------

  /**
   * Links an entry into the list.
   *
   * <p>Requires: the caller is the list's only writer.
   *
   * @return false, allocating nothing, if an equal entry is already in the list
   */
  boolean insert(long list, long entry) {
    long head = head(list);
    int listHeight = height(list);
    long x = head;
    for (int level = listHeight - 1; level >= 0; level--) {
      long next = next(x, level);
      while (next != 0 && comparator.compare(entryOf(next), entry) < 0) {
        x = next;
        next = next(x, level);
      }
      prev[level] = x;
    }
    long after = next(x, 0);
    if (after != 0 && comparator.compare(entryOf(after), entry) == 0) {
      return false;
    }
    int nodeHeight = randomHeight();
    if (nodeHeight > listHeight) {
      for (int i = listHeight; i < nodeHeight; i++) {
        prev[i] = head;
      }
      setHeight(list, nodeHeight);
    }
    long node = arena.allocateAligned(LINK * nodeHeight + 8) + (long) LINK * nodeHeight;
    arena.setLongPlain(node, entry);
    for (int i = 0; i < nodeHeight; i++) {
      setNextPlain(node, i, next(prev[i], i));
      setNext(prev[i], i, node);
    }
    setCount(list, count(list) + 1);
    return true;
  }

  private static int randomHeight() {
    ThreadLocalRandom rnd = ThreadLocalRandom.current();
    int h = 1;
    while (h < MAX_HEIGHT && rnd.nextInt(BRANCHING_FACTOR) == 0) {
      h++;
    }
    return h;
  }
}
