package dev.purerocks;

/** Mirrors RocksJava's {@code LoggerInterface}. */
public interface LoggerInterface {
  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  LoggerType getLoggerType();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long getNativeHandle();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  InfoLogLevel infoLogLevel();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void setInfoLogLevel(final InfoLogLevel value);

}
