package dev.purerocks;

/** Mirrors RocksJava's {@code CompactRangeOptions}. */
public class CompactRangeOptions extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public CompactRangeOptions() {
    super(NativeHandles.next());
  }

  private boolean allowWriteStall = false;
  private CompactRangeOptions.BottommostLevelCompaction bottommostLevelCompaction = CompactRangeOptions.BottommostLevelCompaction.kIfHaveCompactionFilter;
  private boolean canceled = false;
  private boolean changeLevel = false;
  private boolean exclusiveManualCompaction = false;
  private CompactRangeOptions.Timestamp fullHistoryTSLow = null;
  private int maxSubcompactions = 0;
  private int targetLevel = -1;
  private int targetPathId = 0;

  /** Returns the stored value (RocksJava's default until set). */
  public boolean allowWriteStall() {
    return allowWriteStall;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public CompactRangeOptions.BottommostLevelCompaction bottommostLevelCompaction() {
    return bottommostLevelCompaction;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean canceled() {
    return canceled;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean changeLevel() {
    return changeLevel;
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean exclusiveManualCompaction() {
    return exclusiveManualCompaction;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public CompactRangeOptions.Timestamp fullHistoryTSLow() {
    return fullHistoryTSLow;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxSubcompactions() {
    return maxSubcompactions;
  }

  /** Stores the value; see the matching getter. */
  public CompactRangeOptions setAllowWriteStall(final boolean value) {
    this.allowWriteStall = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompactRangeOptions setBottommostLevelCompaction(final CompactRangeOptions.BottommostLevelCompaction value) {
    java.util.Objects.requireNonNull(value);
    this.bottommostLevelCompaction = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompactRangeOptions setCanceled(final boolean value) {
    this.canceled = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompactRangeOptions setChangeLevel(final boolean value) {
    this.changeLevel = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompactRangeOptions setExclusiveManualCompaction(final boolean value) {
    this.exclusiveManualCompaction = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompactRangeOptions setFullHistoryTSLow(final CompactRangeOptions.Timestamp value) {
    java.util.Objects.requireNonNull(value);
    this.fullHistoryTSLow = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompactRangeOptions setMaxSubcompactions(final int value) {
    this.maxSubcompactions = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompactRangeOptions setTargetLevel(final int value) {
    this.targetLevel = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public CompactRangeOptions setTargetPathId(final int value) {
    this.targetPathId = value;
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int targetLevel() {
    return targetLevel;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int targetPathId() {
    return targetPathId;
  }

  /** Mirrors RocksJava's {@code Timestamp}. */
  public static class Timestamp {
    /** Same value as RocksJava's. */
    public final long range;

    /** Same value as RocksJava's. */
    public final long start;

    /** Creates the object; parameters are kept where RocksJava keeps them. */
    public Timestamp() {
      this(0, 0);
    }

    /** Creates the object; parameters are kept where RocksJava keeps them. */
    public Timestamp(final long p0, final long p1) {
      this.start = p0;
      this.range = p1;
    }

    /** Behaves as RocksJava's member of the same name. */
    public boolean equals(final Object value) {
      return super.equals(value);
    }

    /** Behaves as RocksJava's member of the same name. */
    public int hashCode() {
      return super.hashCode();
    }

  }
  /** Mirrors RocksJava's {@code BottommostLevelCompaction}. */
  public enum BottommostLevelCompaction {
    kSkip((byte) 0),
    kIfHaveCompactionFilter((byte) 1),
    kForce((byte) 2),
    kForceOptimized((byte) 3);

    private final byte getValue_;

    BottommostLevelCompaction(byte getValue) {
      this.getValue_ = getValue;
    }

    /** Looks a constant up as RocksJava does. */
    public static CompactRangeOptions.BottommostLevelCompaction fromRocksId(final int value) {
      for (final BottommostLevelCompaction c : values()) {
        if (c.getValue() == value) {
          return c;
        }
      }
      return null;
    }

    /** Returns the same value as RocksJava's constant. */
    public byte getValue() {
      return getValue_;
    }

  }
}
