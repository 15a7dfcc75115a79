package dev.purerocks;

/** Mirrors RocksJava's {@code CompressionOptions}. */
public class CompressionOptions extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public CompressionOptions() {
    super(NativeHandles.next());
  }

  private boolean enabled = false;
  private int level = 32767;
  private int maxDictBytes = 0;
  private int strategy = 0;
  private int windowBits = -14;
  private int zStdMaxTrainBytes;

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean enabled() {
    return enabled;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int level() {
    return level;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxDictBytes() {
    return maxDictBytes;
  }

  /** Stores the value; see the matching getter. */
  public CompressionOptions setEnabled(final boolean value) {
    this.enabled = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompressionOptions setLevel(final int value) {
    this.level = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompressionOptions setMaxDictBytes(final int value) {
    this.maxDictBytes = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompressionOptions setStrategy(final int value) {
    this.strategy = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompressionOptions setWindowBits(final int value) {
    this.windowBits = value;
    return this;
  }

  /** Stores the value for the engine. */
  public CompressionOptions setZStdMaxTrainBytes(final int value) {
    this.zStdMaxTrainBytes = value;
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int strategy() {
    return strategy;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int windowBits() {
    return windowBits;
  }

  /** Behaves as RocksJava's member of the same name. */
  public int zstdMaxTrainBytes() {
    return zStdMaxTrainBytes;
  }

}
