package dev.purerocks;

/** Mirrors RocksJava's {@code LoggerInterface}. */
public interface LoggerInterface {
  /** Implemented by the implementing classes. */
  LoggerType getLoggerType();

  /** Implemented by the implementing classes. */
  long getNativeHandle();

  /** Implemented by the implementing classes. */
  InfoLogLevel infoLogLevel();

  /** Implemented by the implementing classes. */
  void setInfoLogLevel(final InfoLogLevel value);

}
