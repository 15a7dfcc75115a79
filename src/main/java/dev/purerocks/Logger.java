package dev.purerocks;

/**
 * Base class of Java loggers receiving the database's info log: subclasses implement {@link
 * #log(InfoLogLevel, String)}, and the engine calls it for each message at or above {@link
 * #infoLogLevel()}. Give it to a database with {@code Options.setLogger}. Mirrors {@code
 * org.rocksdb.Logger}.
 */
public abstract class Logger extends RocksCallbackObject implements LoggerInterface {
  private volatile InfoLogLevel infoLogLevel;

  /**
   * Creates a logger with the info log level of {@code options}.
   *
   * @param options the options whose level is taken
   */
  public Logger(final Options options) {
    this(options.infoLogLevel());
  }

  /**
   * Creates a logger with the info log level of {@code dboptions}.
   *
   * @param dboptions the options whose level is taken
   */
  public Logger(final DBOptions dboptions) {
    this(dboptions.infoLogLevel());
  }

  /**
   * Creates a logger.
   *
   * @param logLevel the minimum level passed to {@link #log}
   */
  public Logger(final InfoLogLevel logLevel) {
    super();
    this.infoLogLevel = logLevel;
  }

  @Override
  protected long initializeNative(final long... nativeParameterHandles) {
    return NativeHandles.next();
  }

  /** Kept for RocksJava compatibility: returns a fresh handle. */
  protected long newLogger(final long logLevel) {
    return NativeHandles.next();
  }

  @Override
  public void setInfoLogLevel(final InfoLogLevel logLevel) {
    this.infoLogLevel = java.util.Objects.requireNonNull(logLevel);
  }

  @Override
  public InfoLogLevel infoLogLevel() {
    return infoLogLevel;
  }

  /** Kept for RocksJava compatibility: the level's byte value. */
  protected byte infoLogLevel(final long handle) {
    return infoLogLevel.getValue();
  }

  /** Kept for RocksJava compatibility: sets the level from its byte value. */
  protected void setInfoLogLevel(final long handle, final byte logLevel) {
    this.infoLogLevel = InfoLogLevel.getInfoLogLevel(logLevel);
  }

  @Override
  public final LoggerType getLoggerType() {
    return LoggerType.JAVA_IMPLEMENTATION;
  }

  /** Returns this logger's handle. */
  public long getNativeHandle() {
    return nativeHandle_;
  }

  /**
   * Receives one message of the info log.
   *
   * @param logLevel the message's level
   * @param logMsg the message
   */
  protected abstract void log(InfoLogLevel logLevel, String logMsg);

  /** Nothing native to free. */
  @Override
  protected void disposeInternal() {}
}
