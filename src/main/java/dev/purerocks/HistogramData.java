package dev.purerocks;

/** Mirrors RocksJava's {@code HistogramData}. */
public class HistogramData {
  private final double median;
  private final double percentile95;
  private final double percentile99;
  private final double average;
  private final double standardDeviation;
  private final double max;
  private final long count;
  private final long sum;
  private final double min;

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public HistogramData(final double p0, final double p1, final double p2, final double p3, final double p4, final double p5, final long p6, final long p7, final double p8) {
    // median, p95, p99, average, standard deviation, max, count, sum, min (RocksJava's order)
    this.median = p0;
    this.percentile95 = p1;
    this.percentile99 = p2;
    this.average = p3;
    this.standardDeviation = p4;
    this.max = p5;
    this.count = p6;
    this.sum = p7;
    this.min = p8;
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public HistogramData(final double p0, final double p1, final double p2, final double p3, final double p4) {
    this(p0, p1, p2, p3, p4, 0.0, 0, 0, 0.0);
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public double getAverage() {
    return average;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getCount() {
    return count;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public double getMax() {
    return max;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public double getMedian() {
    return median;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public double getMin() {
    return min;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public double getPercentile95() {
    return percentile95;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public double getPercentile99() {
    return percentile99;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public double getStandardDeviation() {
    return standardDeviation;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getSum() {
    return sum;
  }

}
