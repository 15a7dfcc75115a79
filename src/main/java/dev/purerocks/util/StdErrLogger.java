package dev.purerocks.util;

import dev.purerocks.InfoLogLevel;
import dev.purerocks.LoggerInterface;
import dev.purerocks.LoggerType;
import dev.purerocks.RocksObject;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A logger that writes the database's info log to standard error, each line after an optional
 * prefix. Mirrors {@code org.rocksdb.util.StdErrLogger}. The prefix is kept for when the engine
 * learns to write through this logger (it has no accessor in RocksJava's API).
 */
public class StdErrLogger extends RocksObject implements LoggerInterface {
  private static final AtomicLong HANDLES = new AtomicLong();

  private final String logPrefix;
  private volatile InfoLogLevel level;

  /**
   * Creates a logger without a prefix.
   *
   * @param logLevel the minimum level written
   */
  public StdErrLogger(final InfoLogLevel logLevel) {
    this(logLevel, null);
  }

  /**
   * Creates a logger.
   *
   * @param logLevel the minimum level written
   * @param logPrefix written before each line, or null
   */
  public StdErrLogger(final InfoLogLevel logLevel, final String logPrefix) {
    super(-HANDLES.incrementAndGet()); // negative: distinct from dev.purerocks' own handles
    this.level = logLevel;
    this.logPrefix = logPrefix;
  }

  @Override
  public void setInfoLogLevel(final InfoLogLevel logLevel) {
    this.level = logLevel;
  }

  @Override
  public InfoLogLevel infoLogLevel() {
    return level;
  }

  @Override
  public LoggerType getLoggerType() {
    return LoggerType.STDERR_IMPLEMENTATION;
  }

  @Override
  protected void disposeInternal(final long handle) {}
}
