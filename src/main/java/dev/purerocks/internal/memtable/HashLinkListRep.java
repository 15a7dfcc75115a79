package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.Coding;
import dev.purerocks.internal.util.InfoLog;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * A hash of sorted linked lists that turn into skip lists when they grow: the key's prefix picks a
 * bucket (RocksDB's {@code HashLinkListRep}, {@code memtable/hash_linklist_rep.cc}; RocksJava's
 * {@code HashLinkedListMemTableConfig}). Cheapest per entry of all representations when buckets
 * stay small.
 *
 * <h2>Layout</h2>
 *
 * A bucket slot ({@link PrefixBuckets}) holds 0 or an arena address tagged in its two top bits
 * (arena addresses never use them):
 *
 * <pre>
 *   0                       empty
 *   node          (tag 00)  one entry: the node itself, no header (saves 16 bytes per
 *                           single-entry bucket, as RocksDB does)
 *   header | LIST (tag 01)  | first node (8) | count (8) |  -> sorted singly linked list
 *   list   | SKIP (tag 10)  a {@link PointerSkipList} header (it keeps the count)
 *
 *   node: | next (8) | entry ... |     node address = entry address, as allocate() returns it
 * </pre>
 *
 * Every entry sits in exactly one arena node with its link in front: no Java object per entry.
 *
 * <h2>Behaviour (as RocksDB, M28/M47)</h2>
 *
 * <ul>
 *   <li>A bucket that already holds {@code thresholdUseSkiplist} entries (at least 3, as RocksDB
 *       forces) becomes a skip list on the next insert: the skip list indexes the existing nodes,
 *       which stay where they are, and the new entry; the slot then switches to it.
 *   <li>{@link #get} and prefix seeks visit only the key's bucket (colliding prefixes included).
 *       The {@link #prefixIterator} moves forward only: {@code prev} and {@code seekForPrev} make
 *       it invalid, as do {@code seekToFirst}/{@code seekToLast}.
 *   <li>{@code bucketEntriesLoggingThreshold} &gt; 0: an INFO line when an insert takes a bucket
 *       past that many entries (RocksDB's trigger: the bucket already held exactly that many).
 *   <li>{@code ifLogBucketDistWhenFlush}: an INFO line with the distribution of entries over
 *       buckets when the first total-order cursor of a read-only memtable is made (normally its
 *       flush).
 *   <li>{@code hugePageTlbSize} is accepted and has no effect: the JVM offers no huge-page
 *       allocation for heap arrays (it is a JVM flag, {@code -XX:+UseLargePages}).
 *   <li>{@link #iterator}: all entries in total order as of the cursor's creation, from a cached
 *       {@link SortedSnapshot} rather than RocksDB's per-iterator copy.
 * </ul>
 *
 * <h2>Differences from RocksDB</h2>
 *
 * <ul>
 *   <li>In a bucket that became a skip list, RocksDB's prefix cursor ignores {@code Prev} (it only
 *       resets its linked-list position), so a prefix-mode {@code Prev}/{@code SeekForPrev} at DB
 *       level never returns (M28, ExpJ2). Here such a cursor becomes invalid, exactly as in a
 *       linked-list bucket, so results never depend on a bucket's internal form.
 *   <li>RocksDB checks the logging threshold only while a bucket is a linked list, so with the
 *       defaults (threshold 4096, conversion at 256) it never logs; here every bucket form logs.
 *   <li>The distribution is logged once per read-only memtable; RocksDB logs it on every
 *       total-order iterator, mutable memtables included.
 *   <li>Out-of-domain keys and refused duplicates: as {@link HashSkipListRep}.
 *   <li>Appending is O(1): the writer remembers the last node of the linked lists it last appended
 *       to ({@value #TAIL_HINTS} buckets, direct-mapped, on the Java heap), and an insert whose key
 *       follows that node links it there after one comparison. RocksDB walks the list from its
 *       head on every insert, so a sorted fill of a 100-entry bucket compares 50 times per insert.
 *       The list, the arena and every result are the same; only the number of comparisons differs.
 *   <li>Searching a long list is O(log n): a linked list of at least {@value #INDEX_MIN_LIST} nodes
 *       has an index on the Java heap, every {@value #INDEX_SPACING}th node in list order, rebuilt
 *       by the writer (one walk of the list) when the list has grown by half. A get, a prefix seek
 *       or an insert binary-searches it for the last indexed node before its key and walks the
 *       list from there; RocksDB walks from the head, half of a 100-entry list per search. Nodes
 *       inserted since the last build lengthen the walk, never change its result. The index costs
 *       about 2 bytes per entry of a long list, charged in {@link #approximateMemoryUsage}.
 * </ul>
 *
 * <h2>Thread-safety and memory ordering</h2>
 *
 * One writer ({@link #insert}); lock-free readers. A node's link and entry are written before it is
 * published by a release store (into its predecessor's link, the header's first link, or the slot);
 * readers load links and slots with acquire. Form changes publish a complete new structure with one
 * release store into the slot, and never modify nodes a reader may be walking except to link a new
 * successor: a reader holding an old slot value (a single node, an old linked list) still walks a
 * sorted sequence to its end. A header's count is written only by the writer. A list index is a
 * fresh array of nodes already published, itself published by a release store into {@code
 * indexes}; a reader may use one built before later inserts, which only makes its walk longer.
 *
 * <p>Spec: {@code REP-HLL-1} .. {@code REP-HLL-8}, and the shared {@code REP-HASH-*} clauses.
 */
public final class HashLinkListRep implements MemTableRep {
  /** RocksDB's floor on {@code threshold_use_skiplist}. */
  static final int MIN_THRESHOLD_USE_SKIPLIST = 3;

  private static final long TAG_MASK = 3L << 62;
  private static final long TAG_LIST = 1L << 62;
  private static final long TAG_SKIP = 2L << 62;
  private static final long ADDRESS_MASK = ~TAG_MASK;
  private static final int LINK = 8;
  /** Buckets whose last list node the writer remembers (a power of two). */
  static final int TAIL_HINTS = 1024;
  private static final int NO_BUCKET = -1;

  /** A linked list's index holds every {@value}th node. */
  static final int INDEX_SPACING = 4;
  /** Lists shorter than this are walked from their head. */
  static final int INDEX_MIN_LIST = 16;
  /** An index is rebuilt when its list has grown by half since it was built. */
  private static final int INDEX_REBUILD_GROWTH_PERCENT = 150;
  private static final VarHandle INDEX;

  private static final VarHandle NON_EMPTY;
  private static final VarHandle NON_EMPTY_COUNT;
  private static final VarHandle DISTRIBUTION_LOGGED;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      NON_EMPTY = l.findVarHandle(HashLinkListRep.class, "nonEmpty", int[].class);
      NON_EMPTY_COUNT = l.findVarHandle(HashLinkListRep.class, "nonEmptyCount", int.class);
      INDEX = MethodHandles.arrayElementVarHandle(long[][].class);
      DISTRIBUTION_LOGGED =
          l.findVarHandle(HashLinkListRep.class, "distributionLogged", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Arena arena;
  private final KeyComparator comparator;
  private final PrefixBuckets buckets;
  private final PointerSkipList skipLists;
  private final long thresholdUseSkiplist;
  private final int loggingThreshold;
  private final boolean logDistributionOnFlush;
  private final InfoLog log;
  private final SortedSnapshot.Cache snapshots = new SortedSnapshot.Cache();
  private volatile boolean readOnly;
  /**
   * Writer-only, made at the first linked list: {@code tailHintBucket[b % TAIL_HINTS] == b} means
   * {@code tailHintNode[b % TAIL_HINTS]} is the last node of bucket {@code b}'s linked list.
   */
  private int[] tailHintBucket;
  private long[] tailHintNode;

  @SuppressWarnings("unused") // accessed through DISTRIBUTION_LOGGED
  private volatile boolean distributionLogged;

  /**
   * Per bucket, null or the index of its linked list: every {@link #INDEX_SPACING}th node in list
   * order, as of the writer's last rebuild. Made at the first list that reaches {@link
   * #INDEX_MIN_LIST}; elements are published with release stores.
   */
  private volatile long[][] indexes;

  /** Java heap held by {@link #indexes}; written by the writer only. */
  private volatile long indexHeapBytes;

  /** Indices of the buckets that hold entries, in order of first insert. */
  @SuppressWarnings("unused") // accessed through NON_EMPTY
  private volatile int[] nonEmpty = new int[16];

  @SuppressWarnings("unused") // accessed through NON_EMPTY_COUNT
  private volatile int nonEmptyCount;

  HashLinkListRep(
      KeyComparator comparator,
      PrefixExtractor extractor,
      long bucketCount,
      int thresholdUseSkiplist,
      int bucketEntriesLoggingThreshold,
      boolean ifLogBucketDistWhenFlush,
      InfoLog log) {
    this.arena = comparator.arena();
    this.comparator = comparator;
    this.buckets = new PrefixBuckets(arena, extractor, bucketCount);
    this.skipLists = new PointerSkipList(comparator);
    this.thresholdUseSkiplist = effectiveThreshold(thresholdUseSkiplist);
    this.loggingThreshold = bucketEntriesLoggingThreshold;
    this.logDistributionOnFlush = ifLogBucketDistWhenFlush;
    assert log != null : "the info log is never null (use InfoLog.NONE)";
    this.log = log;
  }

  /**
   * RocksJava passes the threshold through C++'s {@code uint32_t} (a negative int becomes a huge
   * threshold: never convert), then RocksDB raises it to at least 3.
   */
  static long effectiveThreshold(int thresholdUseSkiplist) {
    return Math.max(MIN_THRESHOLD_USE_SKIPLIST, Integer.toUnsignedLong(thresholdUseSkiplist));
  }

  /**
   * The factory (RocksJava defaults: 50,000 buckets, huge page size 0, logging threshold 4096, log
   * distribution on flush true, skip-list threshold 256).
   *
   * @param hugePageTlbSize accepted for compatibility; no effect (see class note)
   * @param bucketEntriesLoggingThreshold 0 or less disables the crowded-bucket log line
   * @param thresholdUseSkiplist entries a bucket holds before its next insert turns it into a skip
   *     list; values below 3 mean 3, negative values mean never (C++ reads them as unsigned)
   * @throws IllegalArgumentException if {@code bucketCount} is outside {@code [1, }{@link
   *     PrefixBuckets#MAX_BUCKET_COUNT}{@code ]}
   */
  public static MemTableRepFactory factory(
      long bucketCount,
      long hugePageTlbSize,
      int bucketEntriesLoggingThreshold,
      boolean ifLogBucketDistWhenFlush,
      int thresholdUseSkiplist) {
    PrefixBuckets.checkBucketCount(bucketCount);
    return MemTableRepFactory.of(
        "HashLinkListRepFactory",
        false,
        false,
        "HashLinkListRepFactory(bucket_count=" + bucketCount + ", huge_page_tlb_size="
            + hugePageTlbSize + ", logging_threshold=" + bucketEntriesLoggingThreshold
            + ", log_when_flash=" + ifLogBucketDistWhenFlush + ", threshold_use_skiplist="
            + thresholdUseSkiplist + ")",
        (comparator, prefix, log) ->
            new HashLinkListRep(
                comparator,
                prefix,
                bucketCount,
                thresholdUseSkiplist,
                bucketEntriesLoggingThreshold,
                ifLogBucketDistWhenFlush,
                log));
  }

  // ---- nodes and headers ---------------------------------------------------------------------

  private long next(long node) {
    return arena.getLongAcquire(node - LINK);
  }

  private void setNext(long node, long next) {
    arena.setLongRelease(node - LINK, next);
  }

  private void setNextPlain(long node, long next) {
    arena.setLongPlain(node - LINK, next);
  }

  private long first(long header) {
    return arena.getLongAcquire(header);
  }

  private void setFirst(long header, long node) {
    arena.setLongRelease(header, node);
  }

  private long listCount(long header) {
    return arena.getLongPlain(header + 8);
  }

  private void setListCount(long header, long count) {
    arena.setLongPlain(header + 8, count);
  }

  private static long tag(long slot) {
    return slot & TAG_MASK;
  }

  private static long address(long slot) {
    return slot & ADDRESS_MASK;
  }

  /** The first node at or after the internal key, walking a linked list from {@code node}. */
  private long findGreaterOrEqual(long node, byte[] key, int off, int len) {
    while (node != 0 && comparator.compare(node, key, off, len) < 0) {
      node = next(node);
    }
    return node;
  }

  /**
   * Where a walk towards the internal key may start in the bucket's linked list: the node after
   * the last indexed node before the key, or the list's first node. Every node at or after the key
   * comes later in the list, since the list is sorted and nodes are never unlinked.
   */
  private long walkStart(int bucket, long header, byte[] key, int off, int len) {
    long before = indexedNodeBefore(bucket, key, off, len);
    return before == 0 ? first(header) : next(before);
  }

  /** The last node of the bucket's list index that is before the internal key, or 0. */
  private long indexedNodeBefore(int bucket, byte[] key, int off, int len) {
    long[][] all = indexes;
    long[] index = all == null ? null : (long[]) INDEX.getAcquire(all, bucket);
    if (index == null) {
      return 0;
    }
    // A list node's address is its entry's, so the index is a sorted run of entries.
    int atOrAfter = SortedRuns.lowerBound(index, null, key, off, len, comparator);
    return atOrAfter == 0 ? 0 : index[atOrAfter - 1];
  }

  /**
   * Requires: the writer, right after an insert took the bucket's list to {@code count} nodes.
   * Rebuilds the list's index when the list reached {@link #INDEX_MIN_LIST} nodes or grew by half
   * since the last build: a walk of the list, so each insert pays a few node visits on average.
   */
  private void maybeReindex(int bucket, long header, long count) {
    if (count < INDEX_MIN_LIST) {
      return;
    }
    long[][] all = indexes;
    long[] old = all == null ? null : (long[]) INDEX.get(all, bucket);
    if (old != null
        && count * 100 < (long) old.length * INDEX_SPACING * INDEX_REBUILD_GROWTH_PERCENT) {
      return;
    }
    long bytes = indexHeapBytes;
    if (all == null) {
      all = new long[buckets.bucketCount() + 1][]; // and the out-of-domain bucket
      bytes += arrayBytes(all.length, 4);
      indexes = all;
    }
    // Nodes at positions SPACING, 2 * SPACING, ... (the first node needs no index entry).
    long[] index = new long[(int) Math.min((count - 1) / INDEX_SPACING, Integer.MAX_VALUE - 8)];
    long node = first(header);
    for (int position = 1, filled = 0; filled < index.length; position++) {
      node = next(node);
      if (position % INDEX_SPACING == 0) {
        index[filled++] = node;
      }
    }
    INDEX.setRelease(all, bucket, index);
    bytes += arrayBytes(index.length, 8) - (old == null ? 0 : arrayBytes(old.length, 8));
    indexHeapBytes = bytes;
  }

  /** Requires: the writer. Forgets the index of a bucket whose list became a skip list. */
  private void dropIndex(int bucket) {
    long[][] all = indexes;
    long[] old = all == null ? null : (long[]) INDEX.get(all, bucket);
    if (old != null) {
      INDEX.setRelease(all, bucket, null);
      indexHeapBytes -= arrayBytes(old.length, 8);
    }
  }

  private static long arrayBytes(int length, int elementBytes) {
    return 16 + (long) length * elementBytes;
  }

  // ---- inserting -----------------------------------------------------------------------------

  /** Allocates a linked-list node; the entry starts right after its link. */
  @Override
  public long allocate(int encodedLength) {
    return tagFree(arena.allocateAligned(LINK + encodedLength) + LINK);
  }

  @Override
  public long allocateAlone(int encodedLength) {
    return tagFree(arena.allocateAlignedAlone(LINK + encodedLength) + LINK);
  }

  private static long tagFree(long node) {
    assert tag(node) == 0 : "arena address uses the tag bits: " + Long.toHexString(node);
    return node;
  }

  @Override
  public boolean insert(long entry) {
    int bucket = buckets.bucketOfEntry(entry);
    long slot = buckets.slotForWriter(bucket);
    long countBefore;
    if (slot == 0) {
      setNextPlain(entry, 0);
      buckets.publish(bucket, entry);
      noteNonEmpty(bucket);
      countBefore = 0;
    } else if (tag(slot) == 0) {
      if (!insertBesideSingle(bucket, slot, entry)) {
        return false;
      }
      countBefore = 1;
    } else if (tag(slot) == TAG_LIST) {
      long header = address(slot);
      countBefore = listCount(header);
      boolean inserted =
          countBefore >= thresholdUseSkiplist
              ? convertToSkipList(bucket, header, entry)
              : insertIntoList(bucket, header, countBefore, entry);
      if (!inserted) {
        return false;
      }
    } else {
      long list = address(slot);
      countBefore = skipLists.count(list);
      if (!skipLists.insert(list, entry)) {
        return false;
      }
    }
    snapshots.invalidate();
    if (loggingThreshold > 0 && countBefore == loggingThreshold) {
      logCrowdedBucket(bucket, entry);
    }
    return true;
  }

  /** Case one entry → linked list: a header is published once both nodes are linked. */
  private boolean insertBesideSingle(int bucket, long single, long entry) {
    int c = comparator.compare(entry, single);
    if (c == 0) {
      return false;
    }
    long header = arena.allocateAligned(16);
    if (c < 0) {
      setNextPlain(entry, single);
      setFirst(header, entry);
    } else {
      setNextPlain(entry, 0);
      setNext(single, entry); // a reader still holding the single node may walk on to the entry
      setFirst(header, single);
    }
    setListCount(header, 2);
    rememberTail(bucket, c < 0 ? single : entry);
    buckets.publish(bucket, header | TAG_LIST);
    return true;
  }

  private void rememberTail(int bucket, long node) {
    if (tailHintBucket == null) {
      tailHintBucket = new int[TAIL_HINTS];
      Arrays.fill(tailHintBucket, NO_BUCKET);
      tailHintNode = new long[TAIL_HINTS];
    }
    int h = bucket & (TAIL_HINTS - 1);
    tailHintBucket[h] = bucket;
    tailHintNode[h] = node;
  }

  private boolean insertIntoList(int bucket, long header, long count, long entry) {
    // The new entry's internal key, decoded once for the whole walk.
    byte[] kb = arena.block(entry);
    int kp = Arena.offset(entry);
    int kl = Coding.getVarint32(kb, kp);
    kp = Entries.skipVarint(kb, kp);
    long prev = 0;
    long cur = first(header);
    int h = bucket & (TAIL_HINTS - 1);
    if (tailHintBucket != null && tailHintBucket[h] == bucket) {
      long tail = tailHintNode[h];
      int c = comparator.compare(tail, kb, kp, kl);
      if (c == 0) {
        return false;
      }
      if (c < 0) {
        prev = tail; // append: no walk
        cur = 0;
      } else {
        tailHintBucket[h] = NO_BUCKET; // not appending: walk, and stop checking until the next append
      }
    }
    if (cur != 0) {
      long before = indexedNodeBefore(bucket, kb, kp, kl);
      if (before != 0) {
        prev = before;
        cur = next(before);
      }
    }
    while (cur != 0) {
      int c = comparator.compare(cur, kb, kp, kl);
      if (c == 0) {
        return false;
      }
      if (c > 0) {
        break;
      }
      prev = cur;
      cur = next(cur);
    }
    setNextPlain(entry, cur);
    if (prev == 0) {
      setFirst(header, entry);
    } else {
      setNext(prev, entry);
    }
    setListCount(header, count + 1);
    if (cur == 0) {
      rememberTail(bucket, entry);
    }
    maybeReindex(bucket, header, count + 1);
    return true;
  }

  /**
   * Builds a skip list over the bucket's nodes and the new entry, then switches the slot to it. The
   * linked list is left intact for readers already in it.
   */
  private boolean convertToSkipList(int bucket, long header, long entry) {
    long atOrAfter = first(header);
    while (atOrAfter != 0 && comparator.compare(atOrAfter, entry) < 0) {
      atOrAfter = next(atOrAfter);
    }
    if (atOrAfter != 0 && comparator.compare(atOrAfter, entry) == 0) {
      return false; // refuse before allocating anything
    }
    long list = skipLists.create();
    for (long node = first(header); node != 0; node = next(node)) {
      skipLists.insert(list, node);
    }
    skipLists.insert(list, entry);
    buckets.publish(bucket, list | TAG_SKIP);
    dropIndex(bucket);
    return true;
  }

  /** True for the one caller that gets to log the distribution. */
  private boolean claimDistributionLog() {
    return DISTRIBUTION_LOGGED.compareAndSet(this, false, true);
  }

  private int[] nonEmpty() {
    return (int[]) NON_EMPTY.getAcquire(this);
  }

  private int nonEmptyCount() {
    return (int) NON_EMPTY_COUNT.getAcquire(this);
  }

  /** Requires: the single writer. Records a bucket that just received its first entry. */
  private void noteNonEmpty(int bucket) {
    int[] a = nonEmpty();
    int n = nonEmptyCount();
    if (n == a.length) {
      a = Arrays.copyOf(a, n * 2);
      a[n] = bucket;
      NON_EMPTY.setRelease(this, a);
    } else {
      a[n] = bucket;
    }
    NON_EMPTY_COUNT.setRelease(this, n + 1);
  }

  private void logCrowdedBucket(int bucket, long entry) {
    String which =
        bucket == buckets.outOfDomainBucket() ? "out-of-domain bucket" : "bucket " + bucket;
    log.log(
        InfoLog.Level.INFO,
        "HashLinkList: "
            + which
            + " now holds more than "
            + loggingThreshold
            + " entries; crossed by user key 0x"
            + hex(Entries.userKey(arena, entry))
            + " seq "
            + Entries.sequence(arena, entry));
  }

  private static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder(b.length * 2);
    for (byte x : b) {
      sb.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
    }
    return sb.toString();
  }

  // ---- reading -------------------------------------------------------------------------------

  @Override
  public void get(byte[] internalKey, int off, int len, EntryVisitor visitor) {
    int bucket = buckets.bucketOfInternalKey(internalKey, off, len);
    long slot = buckets.slot(bucket);
    if (slot == 0) {
      return;
    }
    if (tag(slot) == TAG_SKIP) {
      for (long n = skipLists.findGreaterOrEqual(address(slot), internalKey, off, len);
          n != 0 && visitor.visit(skipLists.entryOf(n));
          n = skipLists.nextOf(n)) {
        // the visitor does the work
      }
      return;
    }
    long start =
        tag(slot) == TAG_LIST ? walkStart(bucket, address(slot), internalKey, off, len) : slot;
    for (long n = findGreaterOrEqual(start, internalKey, off, len);
        n != 0 && visitor.visit(n);
        n = next(n)) {
      // the visitor does the work
    }
  }

  @Override
  public void markReadOnly() {
    readOnly = true;
  }

  /**
   * Java heap held outside the arena: the list of non-empty buckets, the list indexes and the
   * cached total-order snapshot. Bucket array, nodes, headers and skip lists are charged by the
   * arena.
   */
  @Override
  public long approximateMemoryUsage() {
    return 16 + 4L * nonEmpty().length + indexHeapBytes + snapshots.heapBytes();
  }

  /**
   * A total-order cursor. The first one made on a read-only memtable (normally the flush's) logs
   * the bucket distribution if so configured.
   */
  @Override
  public Cursor iterator() {
    if (logDistributionOnFlush && readOnly && claimDistributionLog()) {
      log.log(InfoLog.Level.INFO, distribution().describe());
    }
    return snapshots.get(this::snapshot).cursor();
  }

  @Override
  public Cursor prefixIterator() {
    return new BucketCursor();
  }

  private SortedSnapshot snapshot(long version) {
    SortedSnapshot.Builder b = new SortedSnapshot.Builder(comparator, version);
    // Read the count before the array: the array read then holds every counted bucket.
    int n = nonEmptyCount();
    int[] indices = nonEmpty();
    for (int i = 0; i < n; i++) {
      long slot = buckets.slot(indices[i]);
      if (tag(slot) == TAG_SKIP) {
        for (long x = skipLists.first(address(slot)); x != 0; x = skipLists.nextOf(x)) {
          b.add(skipLists.entryOf(x));
        }
      } else {
        for (long x = tag(slot) == TAG_LIST ? first(address(slot)) : slot; x != 0; x = next(x)) {
          b.add(x);
        }
      }
      b.endRun();
    }
    return b.build(version);
  }

  /**
   * Entries per bucket, from the bucket headers' counts.
   *
   * <p>Requires: the memtable is read-only (the counts are the writer's plain fields; the volatile
   * read of {@code readOnly} that saw true orders them before this).
   */
  BucketDistribution distribution() {
    BucketDistribution d = new BucketDistribution(buckets.bucketCount());
    int n = nonEmptyCount();
    int[] indices = nonEmpty();
    for (int i = 0; i < n; i++) {
      long slot = buckets.slot(indices[i]);
      long count =
          tag(slot) == 0
              ? 1
              : tag(slot) == TAG_LIST ? listCount(address(slot)) : skipLists.count(address(slot));
      d.add(indices[i] == buckets.outOfDomainBucket(), count);
    }
    return d;
  }

  /** The shapes a bucket takes as it grows (see the class layout note). */
  enum BucketForm {
    EMPTY,
    SINGLE,
    LINKED_LIST,
    SKIP_LIST
  }

  /** The current form of a bucket, for tests and diagnostics. */
  BucketForm bucketForm(int bucket) {
    long slot = buckets.slot(bucket);
    if (slot == 0) {
      return BucketForm.EMPTY;
    }
    return tag(slot) == 0
        ? BucketForm.SINGLE
        : tag(slot) == TAG_LIST ? BucketForm.LINKED_LIST : BucketForm.SKIP_LIST;
  }

  /**
   * The prefix-mode cursor: inside one bucket, forward only. {@code node} is a linked-list node
   * (the entry itself) or, when {@code inSkipList}, a {@link PointerSkipList} node; 0 means
   * invalid.
   */
  private final class BucketCursor implements Cursor {
    private long node;
    private boolean inSkipList;

    @Override
    public boolean isValid() {
      return node != 0;
    }

    @Override
    public long entry() {
      assert node != 0 : "cursor is not valid";
      return inSkipList ? skipLists.entryOf(node) : node;
    }

    @Override
    public void next() {
      assert node != 0 : "cursor is not valid";
      node = inSkipList ? skipLists.nextOf(node) : HashLinkListRep.this.next(node);
    }

    /** Buckets are walked forward only: invalid, in every bucket form (see class note). */
    @Override
    public void prev() {
      node = 0;
    }

    @Override
    public void seek(byte[] key, int off, int len) {
      int bucket = buckets.bucketOfInternalKey(key, off, len);
      long slot = buckets.slot(bucket);
      inSkipList = tag(slot) == TAG_SKIP;
      if (slot == 0) {
        node = 0;
      } else if (inSkipList) {
        node = skipLists.findGreaterOrEqual(address(slot), key, off, len);
      } else {
        long start =
            tag(slot) == TAG_LIST ? walkStart(bucket, address(slot), key, off, len) : slot;
        node = findGreaterOrEqual(start, key, off, len);
      }
    }

    /** Buckets are walked forward only: invalid (RocksDB: invalid, or a hang, M28). */
    @Override
    public void seekForPrev(byte[] key, int off, int len) {
      node = 0;
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
  }
}
