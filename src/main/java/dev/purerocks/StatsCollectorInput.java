package dev.purerocks;

/** Mirrors RocksJava's {@code StatsCollectorInput}. */
public class StatsCollectorInput {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public StatsCollectorInput(final Statistics p0, final StatisticsCollectorCallback p1) {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public StatisticsCollectorCallback getCallback() {
    throw Unsupported.unchecked("StatsCollectorInput.getCallback");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Statistics getStatistics() {
    throw Unsupported.unchecked("StatsCollectorInput.getStatistics");
  }

}
