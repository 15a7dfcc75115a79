package dev.purerocks;

/**
 * Selects the hash-skiplist memtable: a fixed array of buckets indexed by a hash of the key's
 * prefix, each bucket a skiplist. Point operations and iteration within one prefix are fast;
 * total-order iteration copies the whole memtable. It is meant to be used with a prefix extractor
 * (without one, RocksDB replaces it by the skiplist when the column family is created) and does not
 * support concurrent memtable writes, so a database using it opens only with {@code
 * allowConcurrentMemtableWrite} false.
 *
 * <p>Mirrors {@code org.rocksdb.HashSkipListMemTableConfig}, including its mixed types: the default
 * bucket count is an {@code int} constant while {@link #bucketCount()} is a {@code long}. Setters
 * store any value, as RocksJava's do.
 */
public class HashSkipListMemTableConfig extends MemTableConfig {
  /** The default {@link #bucketCount()}: 1,000,000 buckets. */
  public static final int DEFAULT_BUCKET_COUNT = 1_000_000;

  /** The default {@link #branchingFactor()}: 4. */
  public static final int DEFAULT_BRANCHING_FACTOR = 4;

  /** The default {@link #height()}: 4 levels. */
  public static final int DEFAULT_HEIGHT = 4;

  private long bucketCount = DEFAULT_BUCKET_COUNT;
  private int branchingFactor = DEFAULT_BRANCHING_FACTOR;
  private int height = DEFAULT_HEIGHT;

  /** Creates a config with the default bucket count, height and branching factor. */
  public HashSkipListMemTableConfig() {}

  /**
   * Sets the number of hash buckets. Not validated.
   *
   * @param count the number of buckets
   * @return this config
   */
  public HashSkipListMemTableConfig setBucketCount(final long count) {
    this.bucketCount = count;
    return this;
  }

  /** Returns the number of hash buckets; {@link #DEFAULT_BUCKET_COUNT} unless set. */
  public long bucketCount() {
    return bucketCount;
  }

  /**
   * Sets the maximum height of each bucket's skiplist. Not validated.
   *
   * @param height the maximum number of levels
   * @return this config
   */
  public HashSkipListMemTableConfig setHeight(final int height) {
    this.height = height;
    return this;
  }

  /** Returns the maximum skiplist height; {@link #DEFAULT_HEIGHT} unless set. */
  public int height() {
    return height;
  }

  /**
   * Sets the skiplists' branching factor: a node reaches level {@code n + 1} with probability
   * {@code 1 / branchingFactor}. Not validated.
   *
   * @param bf the branching factor
   * @return this config
   */
  public HashSkipListMemTableConfig setBranchingFactor(final int bf) {
    this.branchingFactor = bf;
    return this;
  }

  /** Returns the branching factor; {@link #DEFAULT_BRANCHING_FACTOR} unless set. */
  public int branchingFactor() {
    return branchingFactor;
  }

  /** There is no native factory in PureRocks: always returns {@code 0}. */
  @Override
  protected long newMemTableFactoryHandle() {
    return 0L;
  }
}
