package dev.purerocks;

/**
 * Severity levels of the info log, with RocksDB's byte values. Mirrors {@code
 * org.rocksdb.InfoLogLevel}.
 */
public enum InfoLogLevel {
  DEBUG_LEVEL((byte) 0),
  INFO_LEVEL((byte) 1),
  WARN_LEVEL((byte) 2),
  ERROR_LEVEL((byte) 3),
  FATAL_LEVEL((byte) 4),
  HEADER_LEVEL((byte) 5),
  NUM_INFO_LOG_LEVELS((byte) 6);

  private final byte getValue_;

  InfoLogLevel(byte getValue) {
    this.getValue_ = getValue;
  }

  /** Looks a constant up as RocksJava does. */
  public static InfoLogLevel getInfoLogLevel(final byte value) {
    for (final InfoLogLevel c : values()) {
      if (c.getValue_ == value) {
        return c;
      }
    }
    throw new java.lang.IllegalArgumentException("Illegal value provided for InfoLogLevel.");
  }

  /** Returns the same value as RocksJava's constant. */
  public byte getValue() {
    return getValue_;
  }

}
