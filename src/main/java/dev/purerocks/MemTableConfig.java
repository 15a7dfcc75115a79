package dev.purerocks;

/**
 * Chooses the memtable representation of a column family and holds its parameters; given to {@code
 * Options.setMemTableConfig} / {@code ColumnFamilyOptions.setMemTableConfig}.
 *
 * <p>Mirrors {@code org.rocksdb.MemTableConfig}. The four subclasses select RocksDB's four
 * representations: {@link SkipListMemTableConfig} (the default), {@link
 * HashSkipListMemTableConfig}, {@link HashLinkedListMemTableConfig} and {@link
 * VectorMemTableConfig}. A config is a plain mutable object, not a native reference: it has no
 * {@code close()}, it is read only when handed to an options object, and the same instance may be
 * given to several options objects. Like RocksJava, configs are not thread-safe and their setters
 * accept any value; unusable values are reported (or sanitized) when a database is opened.
 */
public abstract class MemTableConfig {
  /** Creates a config; only the subclasses in this package are meaningful. */
  public MemTableConfig() {}

  /**
   * Kept for source compatibility with RocksJava, where it creates the native memtable factory and
   * returns its handle. PureRocks has no native side: the implementations in this package return
   * {@code 0}, and the engine reads the config's parameters directly instead.
   *
   * @return a handle to a native memtable factory; {@code 0} in PureRocks
   */
  protected abstract long newMemTableFactoryHandle();
}
