package dev.purerocks;

/**
 * Base of the block caches. Mirrors {@code org.rocksdb.Cache}. PureRocks has no block-based
 * tables, so no cache ever holds anything: both usage figures are 0.
 */
public abstract class Cache extends RocksObject {
  /**
   * Creates a cache.
   *
   * @param nativeHandle its handle
   */
  protected Cache(final long nativeHandle) {
    super(nativeHandle);
  }

  /** Returns the memory the cache holds: always 0 here (nothing is ever cached). */
  public long getUsage() {
    return 0L;
  }

  /** Returns the memory held by pinned entries: always 0 here. */
  public long getPinnedUsage() {
    return 0L;
  }
}
