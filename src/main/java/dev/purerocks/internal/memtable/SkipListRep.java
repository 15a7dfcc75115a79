package dev.purerocks.internal.memtable;


/**
 * The default representation: one {@link InlineSkipList} of height 12 and branching factor 4
 * (RocksDB's {@code SkipListRep}, {@code memtable/skiplistrep.cc}). Supports concurrent inserts,
 * detects duplicate entries, and estimates entry counts for range-size queries.
 *
 * <p>With a non-zero {@code lookahead} (RocksJava's {@code SkipListMemTableConfig.setLookahead}),
 * a cursor that seeks forward from its current position first walks up to {@code lookahead}
 * entries before doing a full search; this changes speed, never results.
 *
 * <p>Thread-safety: as {@link MemTableRep}: one {@link #insert} at a time or any number of
 * {@link #insertConcurrently}, with lock-free readers.
 *
 * <p>Searches start from a {@link TallNodeIndex} of the list's nodes of height {@value
 * #INDEX_MIN_HEIGHT} or more (under the built-in comparators); this too changes speed, never
 * results.
 *
 * <p>Spec: {@code REP-SKIPLIST-1} .. {@code REP-SKIPLIST-5}.
 */
public final class SkipListRep implements MemTableRep {
  private final InlineSkipList list;
  private final long lookahead;

  /**
   * Nodes this tall or taller are indexed ({@link TallNodeIndex}): one in 4, so that a search
   * walks the lowest two levels only (in practice level 0, the index bounding level 1), for about
   * 5 bytes of heap per entry. The list also keeps the nodes of height 4 or more in a second index
   * (another half byte per entry), from which the inserts of nodes of height 3 and 4 start: from
   * the head, each of those compared against some 40 nodes (REP-SKIPLIST-5).
   */
  static final int INDEX_MIN_HEIGHT = 2;

  private SkipListRep(
      KeyComparator comparator, long lookahead, int indexMinHeight, int indexChunkCapacity) {
    this.list =
        new InlineSkipList(
            comparator,
            InlineSkipList.DEFAULT_MAX_HEIGHT,
            InlineSkipList.DEFAULT_BRANCHING_FACTOR,
            indexMinHeight,
            indexChunkCapacity);
    this.lookahead = lookahead;
  }

  /** The factory; {@code lookahead} 0 disables look-ahead seeks. */
  public static MemTableRepFactory factory(long lookahead) {
    return factory(lookahead, INDEX_MIN_HEIGHT, TallNodeIndex.DEFAULT_CHUNK_CAPACITY);
  }

  /**
   * A factory with its own index shape (0 keeps no index); tests use it to index every node, or
   * every fourth, in chunks of a few entries.
   */
  static MemTableRepFactory factory(long lookahead, int indexMinHeight, int indexChunkCapacity) {
    return MemTableRepFactory.of(
        "SkipListFactory",
        true,
        true,
        true, // concurrent inserts allocate as serial ones: arena.allocateAligned per node
        false,
        lookahead > 0 ? "SkipListFactory:" + lookahead : "SkipListFactory",
        (comparator, prefix, log) ->
            new SkipListRep(comparator, lookahead, indexMinHeight, indexChunkCapacity));
  }

  /** Bytes of arrays the tall-node indexes allocated so far, outgrown ones included. */
  long indexAllocatedBytes() {
    return list.indexAllocatedBytes();
  }

  /** For tests: {@link InlineSkipList#checkLevels}. */
  String checkLevels() {
    return list.checkLevels();
  }

  /** For tests: the list's index of nodes of height 4 or more ({@code InlineSkipList}). */
  TallNodeIndex upperIndex() {
    return list.upperIndex();
  }

  @Override
  public long allocate(int encodedLength) {
    return list.allocate(encodedLength, false);
  }

  @Override
  public long allocateAlone(int encodedLength) {
    return list.allocate(encodedLength, true);
  }

  @Override
  public boolean insert(long entry) {
    return list.insert(entry);
  }

  @Override
  public boolean insertConcurrently(long entry) {
    return list.insertConcurrently(entry);
  }

  @Override
  public long approximateNumEntries(byte[] startInternalKey, byte[] endInternalKey) {
    return list.approximateNumEntries(
        startInternalKey, 0, startInternalKey.length, endInternalKey, 0, endInternalKey.length);
  }

  @Override
  public Cursor iterator() {
    return lookahead > 0 ? new LookaheadCursor(list.cursor(), lookahead) : list.cursor();
  }

  /**
   * A cursor whose forward seeks from a valid position first try up to {@code lookahead} steps
   * of {@code next} (RocksDB's {@code SkipListRep::LookaheadIterator}).
   */
  private final class LookaheadCursor implements Cursor {
    private final InlineSkipList.ListCursor cursor;
    private final long lookahead;

    LookaheadCursor(InlineSkipList.ListCursor cursor, long lookahead) {
      this.cursor = cursor;
      this.lookahead = lookahead;
    }

    @Override
    public boolean isValid() {
      return cursor.isValid();
    }

    @Override
    public long entry() {
      return cursor.entry();
    }

    @Override
    public void next() {
      cursor.next();
    }

    @Override
    public void prev() {
      cursor.prev();
    }

    @Override
    public void seek(byte[] key, int off, int len) {
      long node = cursor.node();
      KeyComparator cmp = list.comparator();
      if (node != 0 && cmp.compare(node, key, off, len) <= 0) {
        // The target is at or after the current position: try a short walk first.
        for (long i = 0; i < lookahead && node != 0; i++) {
          if (cmp.compare(node, key, off, len) >= 0) {
            cursor.setNode(node);
            return;
          }
          node = list.nextOf(node);
        }
        if (node == 0) {
          cursor.setNode(0);
          return;
        }
      }
      cursor.seek(key, off, len);
    }

    @Override
    public void seekForPrev(byte[] key, int off, int len) {
      cursor.seekForPrev(key, off, len);
    }

    @Override
    public void seekToFirst() {
      cursor.seekToFirst();
    }

    @Override
    public void seekToLast() {
      cursor.seekToLast();
    }
  }
}
