package dev.purerocks;

/** Mirrors RocksJava's {@code StatisticsCollectorCallback}. */
public interface StatisticsCollectorCallback {
  /** Implemented by the implementing classes. */
  void histogramCallback(final HistogramType p0, final HistogramData p1);

  /** Implemented by the implementing classes. */
  void tickerCallback(final TickerType p0, final long p1);

}
