package dev.purerocks;

/**
 * Selects the hash-linked-list memtable: a fixed array of buckets indexed by a hash of the key's
 * prefix, each bucket a sorted linked list that becomes a skiplist once it grows past {@link
 * #thresholdUseSkiplist()} entries. Suited to few keys per prefix. Like {@link
 * HashSkipListMemTableConfig} it is meant to be used with a prefix extractor and does not support
 * concurrent memtable writes.
 *
 * <p>Mirrors {@code org.rocksdb.HashLinkedListMemTableConfig}, including the misspelt constant
 * {@link #DEFAUL_THRESHOLD_USE_SKIPLIST}. Setters store any value, as RocksJava's do.
 */
public class HashLinkedListMemTableConfig extends MemTableConfig {
  /** The default {@link #bucketCount()}: 50,000 buckets. */
  public static final long DEFAULT_BUCKET_COUNT = 50_000L;

  /** The default {@link #hugePageTlbSize()}: {@code 0}, huge pages not used. */
  public static final long DEFAULT_HUGE_PAGE_TLB_SIZE = 0L;

  /** The default {@link #bucketEntriesLoggingThreshold()}: 4,096 entries. */
  public static final int DEFAULT_BUCKET_ENTRIES_LOG_THRES = 4096;

  /** The default {@link #ifLogBucketDistWhenFlush()}: {@code true}. */
  public static final boolean DEFAULT_IF_LOG_BUCKET_DIST_WHEN_FLUSH = true;

  /**
   * The default {@link #thresholdUseSkiplist()}: 256 entries. The name lacks a "T", exactly as in
   * RocksJava.
   */
  public static final int DEFAUL_THRESHOLD_USE_SKIPLIST = 256;

  private long bucketCount = DEFAULT_BUCKET_COUNT;
  private long hugePageTlbSize = DEFAULT_HUGE_PAGE_TLB_SIZE;
  private int bucketEntriesLoggingThreshold = DEFAULT_BUCKET_ENTRIES_LOG_THRES;
  private boolean ifLogBucketDistWhenFlush = DEFAULT_IF_LOG_BUCKET_DIST_WHEN_FLUSH;
  private int thresholdUseSkiplist = DEFAUL_THRESHOLD_USE_SKIPLIST;

  /** Creates a config with every parameter at its default. */
  public HashLinkedListMemTableConfig() {}

  /**
   * Sets the number of hash buckets. Not validated.
   *
   * @param count the number of buckets
   * @return this config
   */
  public HashLinkedListMemTableConfig setBucketCount(final long count) {
    this.bucketCount = count;
    return this;
  }

  /** Returns the number of hash buckets; {@link #DEFAULT_BUCKET_COUNT} unless set. */
  public long bucketCount() {
    return bucketCount;
  }

  /**
   * Sets the size of the huge pages to allocate the bucket array from; {@code 0}, the default, uses
   * ordinary memory. Not validated.
   *
   * @param size the huge page size in bytes, or {@code 0}
   * @return this config
   */
  public HashLinkedListMemTableConfig setHugePageTlbSize(final long size) {
    this.hugePageTlbSize = size;
    return this;
  }

  /** Returns the huge page size; {@link #DEFAULT_HUGE_PAGE_TLB_SIZE} unless set. */
  public long hugePageTlbSize() {
    return hugePageTlbSize;
  }

  /**
   * Sets the number of entries at which a bucket is reported in the info log. Not validated.
   *
   * @param threshold the number of entries
   * @return this config
   */
  public HashLinkedListMemTableConfig setBucketEntriesLoggingThreshold(final int threshold) {
    this.bucketEntriesLoggingThreshold = threshold;
    return this;
  }

  /**
   * Returns the bucket-size logging threshold; {@link #DEFAULT_BUCKET_ENTRIES_LOG_THRES} unless
   * set.
   */
  public int bucketEntriesLoggingThreshold() {
    return bucketEntriesLoggingThreshold;
  }

  /**
   * Sets whether a histogram of entries per bucket is logged whenever the whole memtable is
   * iterated in total order, which includes its flush.
   *
   * @param logDistribution whether to log
   * @return this config
   */
  public HashLinkedListMemTableConfig setIfLogBucketDistWhenFlush(final boolean logDistribution) {
    this.ifLogBucketDistWhenFlush = logDistribution;
    return this;
  }

  /**
   * Returns whether the bucket distribution is logged at flush; {@link
   * #DEFAULT_IF_LOG_BUCKET_DIST_WHEN_FLUSH} unless set.
   */
  public boolean ifLogBucketDistWhenFlush() {
    return ifLogBucketDistWhenFlush;
  }

  /**
   * Sets the number of entries at which a bucket's linked list is converted to a skiplist on the
   * next insert (RocksDB raises values below 3 to 3 when it builds the memtable). Not validated.
   *
   * @param threshold the number of entries
   * @return this config
   */
  public HashLinkedListMemTableConfig setThresholdUseSkiplist(final int threshold) {
    this.thresholdUseSkiplist = threshold;
    return this;
  }

  /**
   * Returns the list-to-skiplist conversion threshold; {@link #DEFAUL_THRESHOLD_USE_SKIPLIST}
   * unless set.
   */
  public int thresholdUseSkiplist() {
    return thresholdUseSkiplist;
  }

  /** There is no native factory in PureRocks: always returns {@code 0}. */
  @Override
  protected long newMemTableFactoryHandle() {
    return 0L;
  }
}
