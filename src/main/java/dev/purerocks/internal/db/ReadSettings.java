package dev.purerocks.internal.db;

import java.util.Arrays;

/**
 * The read options a {@link DbIterator} honours (the iterator part of RocksDB's {@code
 * ReadOptions}). The snapshot is not here: it is the {@link IteratorView}'s read sequence.
 *
 * <p>Immutable: the bounds are copied in and out.
 *
 * <p>Spec: {@code ITER-BOUNDS-1}, {@code ITER-PREFIX-1}.
 *
 * @param lowerBound {@code iterate_lower_bound}, inclusive, or null
 * @param upperBound {@code iterate_upper_bound}, exclusive, or null
 * @param prefixSameAsStart {@code prefix_same_as_start}: stop at the first key whose prefix differs
 *     from the seek target's (only with a prefix extractor)
 * @param totalOrderSeek {@code total_order_seek}: ignore the prefix extractor for iteration
 * @param autoPrefixMode {@code auto_prefix_mode}: total order for memtables (RocksDB does not
 *     implement it there)
 * @param ignoreRangeDeletions {@code ignore_range_deletions}: range tombstones hide nothing
 */
public record ReadSettings(
    byte[] lowerBound,
    byte[] upperBound,
    boolean prefixSameAsStart,
    boolean totalOrderSeek,
    boolean autoPrefixMode,
    boolean ignoreRangeDeletions) {
  /** RocksJava's default {@code ReadOptions}. */
  public static final ReadSettings DEFAULT =
      new ReadSettings(null, null, false, false, false, false);

  /** Settings without {@code ignore_range_deletions}. */
  public ReadSettings(
      byte[] lowerBound,
      byte[] upperBound,
      boolean prefixSameAsStart,
      boolean totalOrderSeek,
      boolean autoPrefixMode) {
    this(lowerBound, upperBound, prefixSameAsStart, totalOrderSeek, autoPrefixMode, false);
  }

  public ReadSettings {
    lowerBound = lowerBound == null ? null : lowerBound.clone();
    upperBound = upperBound == null ? null : upperBound.clone();
  }

  public ReadSettings withBounds(byte[] lower, byte[] upper) {
    return new ReadSettings(
        lower, upper, prefixSameAsStart, totalOrderSeek, autoPrefixMode, ignoreRangeDeletions);
  }

  public ReadSettings withPrefixSameAsStart(boolean v) {
    return new ReadSettings(
        lowerBound, upperBound, v, totalOrderSeek, autoPrefixMode, ignoreRangeDeletions);
  }

  public ReadSettings withTotalOrderSeek(boolean v) {
    return new ReadSettings(
        lowerBound, upperBound, prefixSameAsStart, v, autoPrefixMode, ignoreRangeDeletions);
  }

  public ReadSettings withAutoPrefixMode(boolean v) {
    return new ReadSettings(
        lowerBound, upperBound, prefixSameAsStart, totalOrderSeek, v, ignoreRangeDeletions);
  }

  public ReadSettings withIgnoreRangeDeletions(boolean v) {
    return new ReadSettings(
        lowerBound, upperBound, prefixSameAsStart, totalOrderSeek, autoPrefixMode, v);
  }

  /** Shared with the iterator; never modified. */
  byte[] lower() {
    return lowerBound;
  }

  byte[] upper() {
    return upperBound;
  }

  @Override
  public byte[] lowerBound() {
    return lowerBound == null ? null : lowerBound.clone();
  }

  @Override
  public byte[] upperBound() {
    return upperBound == null ? null : upperBound.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadSettings r
        && Arrays.equals(lowerBound, r.lowerBound)
        && Arrays.equals(upperBound, r.upperBound)
        && prefixSameAsStart == r.prefixSameAsStart
        && totalOrderSeek == r.totalOrderSeek
        && autoPrefixMode == r.autoPrefixMode;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(lowerBound) * 31
        + Arrays.hashCode(upperBound)
        + (prefixSameAsStart ? 1 : 0)
        + (totalOrderSeek ? 2 : 0)
        + (autoPrefixMode ? 4 : 0);
  }

  @Override
  public String toString() {
    return "ReadSettings[lower="
        + Arrays.toString(lowerBound)
        + ", upper="
        + Arrays.toString(upperBound)
        + ", prefixSameAsStart="
        + prefixSameAsStart
        + ", totalOrderSeek="
        + totalOrderSeek
        + ", autoPrefixMode="
        + autoPrefixMode
        + "]";
  }
}
