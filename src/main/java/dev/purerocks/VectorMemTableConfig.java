package dev.purerocks;

/**
 * Selects the vector memtable: entries are appended unsorted to a vector; while the memtable is
 * mutable every read sorts a copy of it, and once it is immutable it is sorted once. Fast for bulk
 * loading, slow for reads.
 *
 * <p>Mirrors {@code org.rocksdb.VectorMemTableConfig}. Setters store any value, as RocksJava's do.
 */
public class VectorMemTableConfig extends MemTableConfig {
  /** The default {@link #reservedSize()}: {@code 0}, nothing reserved up front. */
  public static final int DEFAULT_RESERVED_SIZE = 0;

  private int reservedSize = DEFAULT_RESERVED_SIZE;

  /** Creates a config with the default reserved size. */
  public VectorMemTableConfig() {}

  /**
   * Sets the number of entries for which the vector reserves room when it is created; this only
   * affects capacity, never behaviour. Not validated.
   *
   * @param size the number of entries to reserve
   * @return this config
   */
  public VectorMemTableConfig setReservedSize(final int size) {
    this.reservedSize = size;
    return this;
  }

  /** Returns the reserved size; {@link #DEFAULT_RESERVED_SIZE} unless set. */
  public int reservedSize() {
    return reservedSize;
  }

  /** There is no native factory in PureRocks: always returns {@code 0}. */
  @Override
  protected long newMemTableFactoryHandle() {
    return 0L;
  }
}
