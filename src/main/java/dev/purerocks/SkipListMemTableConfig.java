package dev.purerocks;

/**
 * Selects the skiplist memtable, RocksDB's default representation: one concurrent skiplist ordered
 * by the comparator, supporting concurrent inserts and total-order iteration.
 *
 * <p>Mirrors {@code org.rocksdb.SkipListMemTableConfig}. Its single parameter is the lookahead;
 * setters store any value, as RocksJava's do.
 */
public class SkipListMemTableConfig extends MemTableConfig {
  /** The default {@link #lookahead()}: {@code 0}, no lookahead. */
  public static final long DEFAULT_LOOKAHEAD = 0L;

  private long lookahead = DEFAULT_LOOKAHEAD;

  /** Creates a config with the default lookahead. */
  public SkipListMemTableConfig() {}

  /**
   * Sets how many nodes an insert or seek may step forward from the previous position before
   * searching from the top of the skiplist (RocksDB's {@code SkipListFactory} lookahead). {@code
   * 0}, the default, always searches from the top. Not validated.
   *
   * @param lookahead the number of nodes to try
   * @return this config
   */
  public SkipListMemTableConfig setLookahead(final long lookahead) {
    this.lookahead = lookahead;
    return this;
  }

  /** Returns the lookahead; {@link #DEFAULT_LOOKAHEAD} unless set. */
  public long lookahead() {
    return lookahead;
  }

  /** There is no native factory in PureRocks: always returns {@code 0}. */
  @Override
  protected long newMemTableFactoryHandle() {
    return 0L;
  }
}
