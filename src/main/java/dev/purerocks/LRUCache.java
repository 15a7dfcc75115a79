package dev.purerocks;

/**
 * A least-recently-used block cache; its parameters are stored (the engine reads them, e.g. when a
 * {@link WriteBufferManager} charges memtable memory to the cache). Mirrors {@code
 * org.rocksdb.LRUCache}, whose shorter constructors default to {@code numShardBits} -1 (automatic),
 * no strict capacity limit and both pool ratios 0.
 */
public class LRUCache extends Cache {
  private final long capacity;
  private final int numShardBits;
  private final boolean strictCapacityLimit;
  private final double highPriPoolRatio;
  private final double lowPriPoolRatio;

  /**
   * Creates a cache.
   *
   * @param capacity the capacity in bytes
   */
  public LRUCache(final long capacity) {
    this(capacity, -1, false, 0.0, 0.0);
  }

  /**
   * Creates a cache.
   *
   * @param capacity the capacity in bytes
   * @param numShardBits log2 of the shard count, or -1 for automatic
   */
  public LRUCache(final long capacity, final int numShardBits) {
    this(capacity, numShardBits, false, 0.0, 0.0);
  }

  /**
   * Creates a cache.
   *
   * @param capacity the capacity in bytes
   * @param numShardBits log2 of the shard count, or -1 for automatic
   * @param strictCapacityLimit whether inserts fail once the cache is full
   */
  public LRUCache(final long capacity, final int numShardBits, final boolean strictCapacityLimit) {
    this(capacity, numShardBits, strictCapacityLimit, 0.0, 0.0);
  }

  /**
   * Creates a cache.
   *
   * @param capacity the capacity in bytes
   * @param numShardBits log2 of the shard count, or -1 for automatic
   * @param strictCapacityLimit whether inserts fail once the cache is full
   * @param highPriPoolRatio the share reserved for high-priority entries
   */
  public LRUCache(
      final long capacity,
      final int numShardBits,
      final boolean strictCapacityLimit,
      final double highPriPoolRatio) {
    this(capacity, numShardBits, strictCapacityLimit, highPriPoolRatio, 0.0);
  }

  /**
   * Creates a cache.
   *
   * @param capacity the capacity in bytes
   * @param numShardBits log2 of the shard count, or -1 for automatic
   * @param strictCapacityLimit whether inserts fail once the cache is full
   * @param highPriPoolRatio the share reserved for high-priority entries
   * @param lowPriPoolRatio the share reserved for low-priority entries
   */
  public LRUCache(
      final long capacity,
      final int numShardBits,
      final boolean strictCapacityLimit,
      final double highPriPoolRatio,
      final double lowPriPoolRatio) {
    super(NativeHandles.next());
    this.capacity = capacity;
    this.numShardBits = numShardBits;
    this.strictCapacityLimit = strictCapacityLimit;
    this.highPriPoolRatio = highPriPoolRatio;
    this.lowPriPoolRatio = lowPriPoolRatio;
  }

  /** For the engine: the capacity in bytes. */
  long capacity() {
    return capacity;
  }

  /** For the engine: log2 of the shard count, or -1. */
  int numShardBits() {
    return numShardBits;
  }

  /** For the engine: whether inserts fail once the cache is full. */
  boolean strictCapacityLimit() {
    return strictCapacityLimit;
  }

  /** For the engine: the high-priority pool ratio. */
  double highPriPoolRatio() {
    return highPriPoolRatio;
  }

  /** For the engine: the low-priority pool ratio. */
  double lowPriPoolRatio() {
    return lowPriPoolRatio;
  }

  @Override
  protected final void disposeInternal(final long handle) {}
}
