package dev.purerocks.internal.memtable;

import java.util.Locale;

/**
 * How entries spread over the buckets of a hash representation, summarized for the info log ({@link
 * HashLinkListRep}'s {@code ifLogBucketDistWhenFlush}; RocksDB logs a histogram of entries per
 * bucket at that point). Buckets are grouped by entry count in power-of-two ranges: {@code 0},
 * {@code 1}, {@code 2-3}, {@code 4-7}, ...; the dedicated out-of-domain bucket is reported on its
 * own.
 *
 * <p>Thread-safety: used by one thread.
 */
final class BucketDistribution {
  private final long bucketCount;

  /**
   * {@code bins[0]}: empty buckets; {@code bins[k]}: buckets with {@code [2^(k-1), 2^k)} entries.
   */
  private final long[] bins = new long[65];

  private long nonEmpty;
  private long entries;
  private double sumOfSquares;
  private long largest;
  private long outOfDomainEntries;

  /**
   * @param bucketCount the hashed buckets; all start empty
   */
  BucketDistribution(long bucketCount) {
    this.bucketCount = bucketCount;
    bins[0] = bucketCount;
  }

  /** Records a non-empty bucket. */
  void add(boolean outOfDomain, long count) {
    if (outOfDomain) {
      outOfDomainEntries = count;
      return;
    }
    if (count == 0) {
      return;
    }
    bins[0]--;
    bins[64 - Long.numberOfLeadingZeros(count)]++;
    nonEmpty++;
    entries += count;
    sumOfSquares += (double) count * count;
    largest = Math.max(largest, count);
  }

  long bucketsInBin(int bin) {
    return bins[bin];
  }

  /** One log line, e.g. {@code ... buckets by entries: 0: 9, 1: 2, 2-3: 1}. */
  String describe() {
    double mean = (double) entries / bucketCount;
    double variance = Math.max(0, sumOfSquares / bucketCount - mean * mean);
    StringBuilder sb = new StringBuilder(160);
    sb.append("HashLinkList entries per bucket in a read-only memtable: ")
        .append(entries)
        .append(" entries in ")
        .append(nonEmpty)
        .append(" of ")
        .append(bucketCount)
        .append(" buckets, ")
        .append(String.format(Locale.ROOT, "mean %.3f, std dev %.3f", mean, Math.sqrt(variance)))
        .append(", largest ")
        .append(largest)
        .append("; buckets by entries:");
    String sep = " ";
    for (int k = 0; k < bins.length; k++) {
      if (bins[k] == 0) {
        continue;
      }
      sb.append(sep);
      if (k <= 1) {
        sb.append(k);
      } else {
        sb.append(1L << (k - 1)).append('-').append((1L << k) - 1);
      }
      sb.append(": ").append(bins[k]);
      sep = ", ";
    }
    if (outOfDomainEntries > 0) {
      sb.append("; out-of-domain bucket: ").append(outOfDomainEntries).append(" entries");
    }
    return sb.toString();
  }
}
