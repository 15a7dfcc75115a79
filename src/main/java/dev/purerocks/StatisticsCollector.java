package dev.purerocks;

/** Mirrors RocksJava's {@code StatisticsCollector}. */
public class StatisticsCollector {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public StatisticsCollector(final java.util.List<StatsCollectorInput> p0, final int p1) {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void shutDown(final int value) throws InterruptedException {
    throw Unsupported.unchecked("StatisticsCollector.shutDown");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void start() {
    throw Unsupported.unchecked("StatisticsCollector.start");
  }

}
