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

  /** Behaves as RocksJava's member of the same name. */
  public double getAverage() {
    return average;
  }

  /** Behaves as RocksJava's member of the same name. */
  public long getCount() {
    return count;
  }

  /** Behaves as RocksJava's member of the same name. */
  public double getMax() {
    return max;
  }

  /** Behaves as RocksJava's member of the same name. */
  public double getMedian() {
    return median;
  }

  /** Behaves as RocksJava's member of the same name. */
  public double getMin() {
    return min;
  }

  /** Behaves as RocksJava's member of the same name. */
  public double getPercentile95() {
    return percentile95;
  }

  /** Behaves as RocksJava's member of the same name. */
  public double getPercentile99() {
    return percentile99;
  }

  /** Behaves as RocksJava's member of the same name. */
  public double getStandardDeviation() {
    return standardDeviation;
  }

  /** Behaves as RocksJava's member of the same name. */
  public long getSum() {
    return sum;
  }

}
