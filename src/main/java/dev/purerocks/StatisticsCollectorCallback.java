package dev.purerocks;

/** Mirrors RocksJava's {@code StatisticsCollectorCallback}. */
public interface StatisticsCollectorCallback {
  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void histogramCallback(final HistogramType p0, final HistogramData p1);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void tickerCallback(final TickerType p0, final long p1);

}
