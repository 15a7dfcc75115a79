package dev.purerocks;

/** Mirrors RocksJava's {@code HistogramData}. */
public class HistogramData {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public HistogramData(final double p0, final double p1, final double p2, final double p3, final double p4, final double p5, final long p6, final long p7, final double p8) {
    
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public HistogramData(final double p0, final double p1, final double p2, final double p3, final double p4) {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public double getAverage() {
    throw Unsupported.unchecked("HistogramData.getAverage");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getCount() {
    throw Unsupported.unchecked("HistogramData.getCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public double getMax() {
    throw Unsupported.unchecked("HistogramData.getMax");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public double getMedian() {
    throw Unsupported.unchecked("HistogramData.getMedian");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public double getMin() {
    throw Unsupported.unchecked("HistogramData.getMin");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public double getPercentile95() {
    throw Unsupported.unchecked("HistogramData.getPercentile95");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public double getPercentile99() {
    throw Unsupported.unchecked("HistogramData.getPercentile99");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public double getStandardDeviation() {
    throw Unsupported.unchecked("HistogramData.getStandardDeviation");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getSum() {
    throw Unsupported.unchecked("HistogramData.getSum");
  }

}
