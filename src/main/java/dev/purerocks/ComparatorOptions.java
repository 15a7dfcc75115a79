package dev.purerocks;

/**
 * Settings of a Java comparator (buffer reuse and kind). Mirrors {@code
 * org.rocksdb.ComparatorOptions}; PureRocks calls comparators directly, so only {@code
 * useDirectBuffer} is observable (through {@code AbstractComparator.usingDirectBuffers()}).
 */
public class ComparatorOptions extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public ComparatorOptions() {
    super(NativeHandles.next());
  }

  private int maxReusedBufferSize = 64;
  private ReusedSynchronisationType reusedSynchronisationType = ReusedSynchronisationType.ADAPTIVE_MUTEX;
  private boolean useDirectBuffer = true;

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxReusedBufferSize() {
    return maxReusedBufferSize;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public ReusedSynchronisationType reusedSynchronisationType() {
    return reusedSynchronisationType;
  }

  /** Stores the value; see the matching getter. */
  public ComparatorOptions setMaxReusedBufferSize(final int value) {
    this.maxReusedBufferSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ComparatorOptions setReusedSynchronisationType(final ReusedSynchronisationType value) {
    java.util.Objects.requireNonNull(value);
    this.reusedSynchronisationType = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ComparatorOptions setUseDirectBuffer(final boolean value) {
    this.useDirectBuffer = value;
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean useDirectBuffer() {
    return useDirectBuffer;
  }

}
