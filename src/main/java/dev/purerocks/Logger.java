package dev.purerocks;

/** Mirrors RocksJava's {@code Logger}. */
public abstract class Logger extends RocksCallbackObject implements LoggerInterface {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public Logger(final DBOptions value) {
    super();
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public Logger(final InfoLogLevel value) {
    super();
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public Logger(final Options value) {
    super();
  }

  private InfoLogLevel infoLogLevel;

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal() {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public final LoggerType getLoggerType() {
    throw Unsupported.unchecked("Logger.getLoggerType");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getNativeHandle() {
    throw Unsupported.unchecked("Logger.getNativeHandle");
  }

  /** Returns the stored value (RocksJava's default until set). */
  public InfoLogLevel infoLogLevel() {
    return infoLogLevel;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  protected byte infoLogLevel(final long value) {
    throw Unsupported.unchecked("Logger.infoLogLevel");
  }

  /** Returns a fresh handle id: there is no native peer. */
  protected long initializeNative(final long... value) {
    return NativeHandles.next();
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  protected abstract void log(final InfoLogLevel p0, final String p1);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  protected long newLogger(final long value) {
    throw Unsupported.unchecked("Logger.newLogger");
  }

  /** Stores the value; see the matching getter. */
  public void setInfoLogLevel(final InfoLogLevel value) {
    java.util.Objects.requireNonNull(value);
    this.infoLogLevel = value;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  protected void setInfoLogLevel(final long p0, final byte p1) {
    throw Unsupported.unchecked("Logger.setInfoLogLevel");
  }

}
