package dev.purerocks;

/** Mirrors RocksJava's {@code Statistics}. */
public class Statistics extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public Statistics() {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public Statistics(final java.util.EnumSet<HistogramType> p0, final Statistics p1) {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public Statistics(final java.util.EnumSet<HistogramType> value) {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public Statistics(final Statistics value) {
    super(NativeHandles.next());
  }

  private StatsLevel statsLevel = StatsLevel.EXCEPT_DETAILED_TIMERS;

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getAndResetTickerCount(final TickerType value) {
    throw Unsupported.unchecked("Statistics.getAndResetTickerCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public HistogramData getHistogramData(final HistogramType value) {
    throw Unsupported.unchecked("Statistics.getHistogramData");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getHistogramString(final HistogramType value) {
    throw Unsupported.unchecked("Statistics.getHistogramString");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getTickerCount(final TickerType value) {
    throw Unsupported.unchecked("Statistics.getTickerCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void reset() throws RocksDBException {
    throw Unsupported.feature("Statistics.reset");
  }

  /** Stores the value; see the matching getter. */
  public void setStatsLevel(final StatsLevel value) {
    java.util.Objects.requireNonNull(value);
    this.statsLevel = value;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public StatsLevel statsLevel() {
    return statsLevel;
  }

  /** Behaves as RocksJava's member of the same name. */
  public String toString() {
    return super.toString();
  }

}
