package dev.purerocks;

/** Mirrors RocksJava's {@code CompactionOptionsUniversal}. */
public class CompactionOptionsUniversal extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public CompactionOptionsUniversal() {
    super(NativeHandles.next());
  }

  private boolean allowTrivialMove = false;
  private int compressionSizePercent = -1;
  private int maxMergeWidth = -1;
  private int maxSizeAmplificationPercent = 200;
  private int minMergeWidth = 2;
  private int sizeRatio = 1;
  private CompactionStopStyle stopStyle = CompactionStopStyle.CompactionStopStyleTotalSize;

  /** Returns the stored value (RocksJava's default until set). */
  public boolean allowTrivialMove() {
    return allowTrivialMove;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int compressionSizePercent() {
    return compressionSizePercent;
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxMergeWidth() {
    return maxMergeWidth;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxSizeAmplificationPercent() {
    return maxSizeAmplificationPercent;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int minMergeWidth() {
    return minMergeWidth;
  }

  /** Stores the value; see the matching getter. */
  public CompactionOptionsUniversal setAllowTrivialMove(final boolean value) {
    this.allowTrivialMove = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompactionOptionsUniversal setCompressionSizePercent(final int value) {
    this.compressionSizePercent = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompactionOptionsUniversal setMaxMergeWidth(final int value) {
    this.maxMergeWidth = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompactionOptionsUniversal setMaxSizeAmplificationPercent(final int value) {
    this.maxSizeAmplificationPercent = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompactionOptionsUniversal setMinMergeWidth(final int value) {
    this.minMergeWidth = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompactionOptionsUniversal setSizeRatio(final int value) {
    this.sizeRatio = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompactionOptionsUniversal setStopStyle(final CompactionStopStyle value) {
    java.util.Objects.requireNonNull(value);
    this.stopStyle = value;
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int sizeRatio() {
    return sizeRatio;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public CompactionStopStyle stopStyle() {
    return stopStyle;
  }

}
