package dev.purerocks;

/**
 * Caps the memtable memory of every database (and column family) sharing it, and optionally
 * charges that memory to a cache. Mirrors {@code org.rocksdb.WriteBufferManager}; the engine reads
 * the buffer size, cache and stall flag through the package-private accessors.
 */
public class WriteBufferManager extends RocksObject {
  private final long bufferSizeBytes;
  private final Cache cache;
  private final boolean allowStall;

  /**
   * Creates a manager that does not stall writers.
   *
   * @param bufferSizeBytes the memtable memory limit across its users (0 = unlimited)
   * @param cache the cache charged with memtable memory; must not be null
   */
  public WriteBufferManager(final long bufferSizeBytes, final Cache cache) {
    this(bufferSizeBytes, cache, false);
  }

  /**
   * Creates a manager.
   *
   * @param bufferSizeBytes the memtable memory limit across its users (0 = unlimited)
   * @param cache the cache charged with memtable memory; must not be null
   * @param allowStall whether writers stall when the limit is exceeded
   */
  public WriteBufferManager(
      final long bufferSizeBytes, final Cache cache, final boolean allowStall) {
    super(handleFor(cache));
    this.bufferSizeBytes = bufferSizeBytes;
    this.cache = cache;
    this.allowStall = allowStall;
  }

  /** A null cache fails here, before anything is stored, as RocksJava's dereference does. */
  private static long handleFor(final Cache cache) {
    java.util.Objects.requireNonNull(cache, "cache");
    return NativeHandles.next();
  }

  /** Returns whether writers stall when the limit is exceeded. */
  public boolean allowStall() {
    return allowStall;
  }

  /** For the engine: the memtable memory limit in bytes (0 = unlimited). */
  long bufferSizeBytes() {
    return bufferSizeBytes;
  }

  /** For the engine: the cache charged with memtable memory. */
  Cache cache() {
    return cache;
  }

  @Override
  protected void disposeInternal(final long handle) {}
}
