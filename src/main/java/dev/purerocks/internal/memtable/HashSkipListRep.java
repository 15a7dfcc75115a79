package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.PrefixExtractor;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * A hash of skip lists: the key's prefix picks a bucket, each bucket is an {@link InlineSkipList}
 * (RocksDB's {@code HashSkipListRep}, {@code memtable/hash_skiplist_rep.cc}; RocksJava's {@code
 * HashSkipListMemTableConfig}). Meant for prefix-mode reads: a get or a prefix seek touches one
 * small list.
 *
 * <h2>Behaviour (as RocksDB, M27/M47)</h2>
 *
 * <ul>
 *   <li>{@link #get} visits only the key's bucket.
 *   <li>{@link #prefixIterator}: {@code seek} goes to the target's bucket and walks only that
 *       bucket (entries of colliding prefixes included, in order); {@code next}/{@code prev} stay
 *       inside it; {@code seekToFirst}/{@code seekToLast} leave the cursor invalid. {@code
 *       seekForPrev} lands on the last entry at or before the target in the target's bucket.
 *       RocksDB's rep-level SeekForPrev is an assertion (never called): RocksDB's memtable builds
 *       SeekForPrev from seek, seekToLast and prev (M50), which in prefix mode yields nothing
 *       unless some entry at or after the target exists in the bucket; a memtable that wants
 *       RocksDB's exact answer must do the same, and this method is the sensible in-bucket answer
 *       for anyone else.
 *   <li>{@link #iterator}: every entry in total order, as of the cursor's creation (M52), from a
 *       cached {@link SortedSnapshot} instead of RocksDB's per-iterator copy into a new skip list.
 *   <li>No concurrent insert and no duplicate detection advertised (RocksDB's factory keeps {@code
 *       MemTableRepFactory}'s defaults). An entry equal to one already present (same user key and
 *       sequence) is nevertheless refused with {@code false}, since the bucket list detects it for
 *       free; RocksDB asserts in debug builds and stores both in release builds.
 * </ul>
 *
 * <h2>Differences from RocksDB</h2>
 *
 * Keys outside the prefix extractor's domain live in a dedicated bucket and are always found
 * (RocksDB loses them to Get, M30; see {@link PrefixBuckets}). Invalid skip-list parameters (height
 * &lt; 1, branching factor &lt; 1) are rejected by {@link #factory} instead of crashing at the
 * first write; heights above {@value #MAX_HEIGHT} are clamped to it, which only shrinks list heads
 * (a level that high is reached with probability branching<sup>-32</sup>).
 *
 * <h2>Memory</h2>
 *
 * The bucket array (8 bytes per bucket, plus the dedicated slot) and every node are in the arena. A
 * bucket's list is created on its first insert: one {@link InlineSkipList} object with its insert
 * splice, and its head node in the arena, like RocksDB's arena-resident {@code SkipList}. Nodes
 * keep the entry inline (8 bytes per level, no key pointer), so an entry costs less than in
 * RocksDB. {@link #approximateMemoryUsage} reports the Java side: the list objects, the compact
 * list of them, and the cached snapshot. Not reported, as in {@link SkipListRep}: one {@link
 * TallNodeIndex} of the nodes of height 2 or more of every bucket, from which gets and seeks
 * start when it has a node with their key's prefix (REP-HSL-6), about 5 bytes per entry.
 *
 * <h2>Thread-safety</h2>
 *
 * One writer at a time ({@link #insert}); any number of lock-free readers. A new bucket's list is
 * fully built and stored in {@code lists} before its slot is published with a release store;
 * readers load the slot with acquire, then read {@code lists}, which by then holds the list (arrays
 * are replaced, never shrunk, and a replacement copies every published element).
 *
 * <p>Invariants: (1) slot {@code b} is 0 or {@code 1 + i} where {@code lists[i]} is bucket {@code
 * b}'s list; (2) {@code lists[0]} is the dedicated out-of-domain bucket, created eagerly; (3) every
 * entry is in the list of the bucket of its user key.
 *
 * <p>Spec: {@code REP-HSL-1} .. {@code REP-HSL-6}, and the shared {@code REP-HASH-*} clauses.
 */
public final class HashSkipListRep implements MemTableRep {
  /** The tallest bucket list {@link InlineSkipList} supports; taller requests are clamped. */
  static final int MAX_HEIGHT = 32;

  /**
   * Bucket-list nodes this tall or taller are kept in one {@link TallNodeIndex} shared by all
   * buckets (REP-HSL-6): a bucket of 100 entries is too short for an index of its own.
   */
  static final int INDEX_MIN_HEIGHT = 2;

  /**
   * Heap bytes of one bucket list: the {@link InlineSkipList} object (header and nine fields,
   * about 56 bytes), its splice object (24) and the splice's two {@code long[height + 1]} arrays
   * (16 + 8 (height + 1) each). Checked against measured allocation by a test.
   */
  static long bucketListHeapBytes(int height) {
    return 56 + 24 + 2 * (16 + 8L * (height + 1));
  }

  private static final VarHandle LISTS;
  private static final VarHandle LIST_COUNT;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      LISTS = l.findVarHandle(HashSkipListRep.class, "lists", InlineSkipList[].class);
      LIST_COUNT = l.findVarHandle(HashSkipListRep.class, "listCount", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final KeyComparator comparator;
  private final PrefixBuckets buckets;
  private final int height;
  private final int branchingFactor;
  private final SortedSnapshot.Cache snapshots = new SortedSnapshot.Cache();
  /** The bucket lists' nodes of height 2 or more, shared by all lists; null if none is kept. */
  private final TallNodeIndex index;

  /** Bucket lists in order of creation; see the class invariants. */
  @SuppressWarnings("unused") // accessed through LISTS
  private volatile InlineSkipList[] lists;

  /** Number of lists in {@code lists}; raised with a release store after the list is stored. */
  @SuppressWarnings("unused") // accessed through LIST_COUNT
  private volatile int listCount;

  HashSkipListRep(
      KeyComparator comparator,
      PrefixExtractor extractor,
      long bucketCount,
      int height,
      int branchingFactor) {
    checkSkipListShape(height, branchingFactor);
    this.comparator = comparator;
    this.height = Math.min(height, MAX_HEIGHT);
    this.branchingFactor = branchingFactor;
    this.buckets = new PrefixBuckets(comparator.arena(), extractor, bucketCount);
    this.index =
        this.height >= INDEX_MIN_HEIGHT && TallNodeIndex.supports(comparator)
            ? new TallNodeIndex(
                comparator, INDEX_MIN_HEIGHT, TallNodeIndex.DEFAULT_CHUNK_CAPACITY, extractor)
            : null;
    InlineSkipList outOfDomain = newList();
    InlineSkipList[] initial = new InlineSkipList[8];
    initial[0] = outOfDomain;
    LISTS.setRelease(this, initial);
    LIST_COUNT.setRelease(this, 1);
    buckets.publish(buckets.outOfDomainBucket(), 1);
  }

  /**
   * The factory: {@code bucketCount} buckets of skip lists with the given maximum height and
   * branching factor (RocksJava defaults 1,000,000, 4 and 4).
   *
   * @throws IllegalArgumentException if {@code bucketCount} is outside {@code [1, }{@link
   *     PrefixBuckets#MAX_BUCKET_COUNT}{@code ]}, {@code height < 1} or {@code branchingFactor < 1}
   *     (RocksDB divides by zero or crashes on these)
   */
  public static MemTableRepFactory factory(long bucketCount, int height, int branchingFactor) {
    PrefixBuckets.checkBucketCount(bucketCount);
    checkSkipListShape(height, branchingFactor);
    return MemTableRepFactory.of(
        "HashSkipListRepFactory",
        false,
        false,
        "HashSkipListRepFactory(bucket_count=" + bucketCount + ", skiplist_height=" + height
            + ", branching_factor=" + branchingFactor + ")",
        (comparator, prefix, log) ->
            new HashSkipListRep(comparator, prefix, bucketCount, height, branchingFactor));
  }

  private static void checkSkipListShape(int height, int branchingFactor) {
    if (height < 1) {
      throw new IllegalArgumentException("skiplist_height must be at least 1: " + height);
    }
    if (branchingFactor < 1) {
      throw new IllegalArgumentException(
          "skiplist_branching_factor must be at least 1: " + branchingFactor);
    }
  }

  // ---- bucket lists --------------------------------------------------------------------------

  private InlineSkipList[] lists() {
    return (InlineSkipList[]) LISTS.getAcquire(this);
  }

  private int listCount() {
    return (int) LIST_COUNT.getAcquire(this);
  }

  /** The list of a bucket, or null if the bucket is empty. */
  private InlineSkipList listOf(int bucket) {
    long slot = buckets.slot(bucket);
    return slot == 0 ? null : lists()[(int) slot - 1];
  }

  private InlineSkipList newList() {
    return new InlineSkipList(comparator, height, branchingFactor, index);
  }

  /** Nodes in the shared tall-node index, 0 without one (for tests). */
  int indexedNodeCount() {
    return index == null ? 0 : index.size();
  }

  /** Heap held by the shared tall-node index, or 0 without one. */
  long indexHeapBytes() {
    return index == null ? 0 : index.heapBytes();
  }

  /** Bytes the shared tall-node index allocated so far, outgrown arrays included. */
  long indexAllocatedBytes() {
    return index == null ? 0 : index.allocatedBytes();
  }

  /** Requires: the single writer. The bucket's list, created and published if needed. */
  private InlineSkipList listForInsert(int bucket) {
    long slot = buckets.slotForWriter(bucket);
    InlineSkipList[] ls = lists();
    if (slot != 0) {
      return ls[(int) slot - 1];
    }
    InlineSkipList list = newList();
    int n = listCount();
    if (n == ls.length) {
      ls = Arrays.copyOf(ls, n * 2);
      ls[n] = list;
      LISTS.setRelease(this, ls);
    } else {
      ls[n] = list;
    }
    LIST_COUNT.setRelease(this, n + 1);
    buckets.publish(bucket, n + 1);
    return list;
  }

  // ---- MemTableRep ---------------------------------------------------------------------------

  /**
   * Allocates a node for any bucket: every bucket list has the same height and branching factor, so
   * the dedicated bucket's list (which always exists) draws the node's height and allocates it, and
   * {@link #insert} links it into the list of its key's bucket.
   */
  @Override
  public long allocate(int encodedLength) {
    return lists()[0].allocate(encodedLength, false);
  }

  @Override
  public long allocateAlone(int encodedLength) {
    return lists()[0].allocate(encodedLength, true);
  }

  @Override
  public boolean insert(long entry) {
    InlineSkipList list = listForInsert(buckets.bucketOfEntry(entry));
    if (!list.insert(entry)) {
      return false;
    }
    snapshots.invalidate();
    return true;
  }

  @Override
  public void get(byte[] internalKey, int off, int len, EntryVisitor visitor) {
    // The shared index usually has a node of the key's prefix before it (REP-HSL-6): then the
    // search needs neither the bucket slot nor the bucket's list.
    InlineSkipList list = lists()[0];
    long node =
        index == null
            ? InlineSkipList.NO_START
            : list.findGreaterOrEqualInPrefix(internalKey, off, len);
    if (node == InlineSkipList.NO_START) {
      list = listOf(buckets.bucketOfInternalKey(internalKey, off, len));
      if (list == null) {
        return;
      }
      node = list.findGreaterOrEqualFromHead(internalKey, off, len);
    }
    for (; node != 0 && visitor.visit(node); node = list.nextOf(node)) {
      // the visitor does the work
    }
  }

  /**
   * Java heap held outside the arena: each non-empty bucket's list object, the array of them
   * (counted at 8 bytes per slot), and the cached total-order snapshot if any. The bucket array
   * itself is charged by the arena.
   */
  @Override
  public long approximateMemoryUsage() {
    return 16
        + 8L * lists().length
        + listCount() * bucketListHeapBytes(height)
        + snapshots.heapBytes();
  }

  @Override
  public Cursor iterator() {
    return snapshots.get(this::snapshot).cursor();
  }

  @Override
  public Cursor prefixIterator() {
    return new BucketCursor();
  }

  private SortedSnapshot snapshot(long version) {
    SortedSnapshot.Builder b = new SortedSnapshot.Builder(comparator, version);
    // Read the count before the array: the array read then holds every counted list.
    int n = listCount();
    InlineSkipList[] ls = lists();
    for (int i = 0; i < n; i++) {
      for (long node = ls[i].first(); node != 0; node = ls[i].nextOf(node)) {
        b.add(node);
      }
      b.endRun();
    }
    return b.build(version);
  }

  /** Number of buckets that hold at least one entry (the dedicated one included if used). */
  int nonEmptyBucketCount() {
    int n = listCount();
    InlineSkipList[] ls = lists();
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (ls[i].first() != 0) {
        count++;
      }
    }
    return count;
  }

  /**
   * The prefix-mode cursor: a position in the target's bucket list. No bucket (empty, or after
   * seekToFirst/seekToLast) makes it invalid. A seek that starts from the shared index does not
   * read the bucket's slot or list ({@link #get}); {@code prev} looks the list up when first needed.
   */
  private final class BucketCursor implements Cursor {
    /** The current entry, 0 when invalid. */
    private long node;
    /** The target's bucket. */
    private int bucket;
    /** The bucket's list, or null until a {@code prev} needs it. */
    private InlineSkipList list;

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
      node = lists()[0].nextOf(node); // a node's links are its own list's
    }

    @Override
    public void prev() {
      assert node != 0 : "cursor is not valid";
      node = bucketList().findLessThan(node);
    }

    @Override
    public void seek(byte[] key, int off, int len) {
      bucket = buckets.bucketOfInternalKey(key, off, len);
      list = null;
      node =
          index == null
              ? InlineSkipList.NO_START
              : lists()[0].findGreaterOrEqualInPrefix(key, off, len);
      if (node == InlineSkipList.NO_START) {
        InlineSkipList l = bucketList();
        node = l == null ? 0 : l.findGreaterOrEqualFromHead(key, off, len);
      }
    }

    /** The last entry at or before the target within the target's bucket (see class note). */
    @Override
    public void seekForPrev(byte[] key, int off, int len) {
      bucket = buckets.bucketOfInternalKey(key, off, len);
      list = null;
      InlineSkipList l = bucketList();
      node = l == null ? 0 : l.findLastAtOrBefore(key, off, len);
    }

    /** Prefix mode has no first entry: invalid, as in RocksDB. */
    @Override
    public void seekToFirst() {
      node = 0;
    }

    /** Prefix mode has no last entry: invalid, as in RocksDB. */
    @Override
    public void seekToLast() {
      node = 0;
    }

    /** The target bucket's list, or null if the bucket is empty. */
    private InlineSkipList bucketList() {
      if (list == null) {
        list = listOf(bucket);
      }
      return list;
    }
  }
}
