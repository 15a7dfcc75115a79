package dev.purerocks.internal.db;

import dev.purerocks.internal.util.InfoLog;

/**
 * Database-wide options the engine uses (RocksJava's {@code DBOptions} subset). Defaults are
 * RocksJava's. Thread-safety: filled by one thread before open; read-only afterwards.
 */
public final class DbConfig {
  boolean allowConcurrentMemtableWrite = true;
  /** {@code db_write_buffer_size}, or a {@code WriteBufferManager}'s buffer size; 0 = none. */
  long writeBufferManagerSize;
  InfoLog infoLog = InfoLog.NONE;

  public DbConfig allowConcurrentMemtableWrite(boolean v) {
    allowConcurrentMemtableWrite = v;
    return this;
  }

  /**
   * The write buffer manager's budget: {@code db_write_buffer_size}, or the size of a shared
   * {@code WriteBufferManager} (which wins, as in RocksDB). 0 disables it.
   */
  public DbConfig writeBufferManagerSize(long v) {
    writeBufferManagerSize = v;
    return this;
  }

  public DbConfig infoLog(InfoLog v) {
    infoLog = v == null ? InfoLog.NONE : v;
    return this;
  }

  public boolean allowConcurrentMemtableWrite() {
    return allowConcurrentMemtableWrite;
  }

  public long writeBufferManagerSize() {
    return writeBufferManagerSize;
  }
}
