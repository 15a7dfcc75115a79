package dev.purerocks;

/** Mirrors RocksJava's {@code CompactionOptionsFIFO}. */
public class CompactionOptionsFIFO extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public CompactionOptionsFIFO() {
    super(NativeHandles.next());
  }

  private boolean allowCompaction = false;
  private long maxDataFilesSize = 0L;
  private long maxTableFilesSize = 1073741824L;
  private boolean useKvRatioCompaction = false;

  /** Returns the stored value (RocksJava's default until set). */
  public boolean allowCompaction() {
    return allowCompaction;
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long maxDataFilesSize() {
    return maxDataFilesSize;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long maxTableFilesSize() {
    return maxTableFilesSize;
  }

  /** Stores the value; see the matching getter. */
  public CompactionOptionsFIFO setAllowCompaction(final boolean value) {
    this.allowCompaction = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompactionOptionsFIFO setMaxDataFilesSize(final long value) {
    this.maxDataFilesSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompactionOptionsFIFO setMaxTableFilesSize(final long value) {
    this.maxTableFilesSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompactionOptionsFIFO setUseKvRatioCompaction(final boolean value) {
    this.useKvRatioCompaction = value;
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean useKvRatioCompaction() {
    return useKvRatioCompaction;
  }

}
