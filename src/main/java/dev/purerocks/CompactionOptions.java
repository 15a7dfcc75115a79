package dev.purerocks;

/** Mirrors RocksJava's {@code CompactionOptions}. */
public class CompactionOptions extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public CompactionOptions() {
    super(NativeHandles.next());
  }

  private CompressionType compression = CompressionType.DISABLE_COMPRESSION_OPTION;
  private int maxSubcompactions = 0;
  private long outputFileSizeLimit = -1L;

  /** Returns the stored value (RocksJava's default until set). */
  public CompressionType compression() {
    return compression;
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxSubcompactions() {
    return maxSubcompactions;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long outputFileSizeLimit() {
    return outputFileSizeLimit;
  }

  /** Stores the value; see the matching getter. */
  public CompactionOptions setCompression(final CompressionType value) {
    java.util.Objects.requireNonNull(value);
    this.compression = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompactionOptions setMaxSubcompactions(final int value) {
    this.maxSubcompactions = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompactionOptions setOutputFileSizeLimit(final long value) {
    this.outputFileSizeLimit = value;
    return this;
  }

}
