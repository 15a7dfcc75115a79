package dev.purerocks.bench;

import java.util.Locale;

/**
 * One measured configuration, as the summary, the printed table and the chart see it.
 *
 * @param workload fillrandom, fillseq, readrandom, readmissing, seekrandom, fill-concurrent,
 *     mixed or vector-mutable-get
 * @param nsPerOp median over the measured samples (JMH iterations, pooled across forks)
 * @param threadCpuNsPerOp median benchmark-thread CPU per operation, or NaN where not meaningful
 *     (the pooled benchmarks run on other threads; process CPU covers them)
 * @param loadMin 1-minute load average, lowest seen at the end of a measured sample
 */
record Result(String workload, String impl, String rep, int threads, int samples, double nsPerOp,
    double nsMin, double nsMax, double threadCpuNsPerOp, double processCpuNsPerOp, double loadMin,
    double loadMax) {

  double opsPerSec() {
    return 1e9 / nsPerOp;
  }

  /** Identifies the configuration apart from the implementation. */
  String slot() {
    return workload + "/" + rep + "/" + threads;
  }

  static String rate(double opsPerSec) {
    if (opsPerSec >= 1e6) {
      return String.format(Locale.ROOT, "%.2f M", opsPerSec / 1e6);
    }
    if (opsPerSec >= 1e3) {
      return String.format(Locale.ROOT, "%.0f k", opsPerSec / 1e3);
    }
    return String.format(Locale.ROOT, "%.2f", opsPerSec);
  }

  /** A duration in ns, in the unit that keeps it readable. */
  static String time(double ns) {
    if (ns >= 1e8) {
      return String.format(Locale.ROOT, "%.2f s", ns / 1e9);
    }
    if (ns >= 1e4) {
      return String.format(Locale.ROOT, "%.1f us", ns / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f ns", ns);
  }
}
