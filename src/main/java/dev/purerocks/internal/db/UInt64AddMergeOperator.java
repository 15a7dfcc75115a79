package dev.purerocks.internal.db;

import dev.purerocks.internal.util.Coding;
import dev.purerocks.internal.util.InfoLog;
import java.util.List;

/**
 * Adds 64-bit little-endian unsigned integers, wrapping on overflow (RocksDB's {@code
 * UInt64AddOperator}, utilities/merge_operators/uint64add.cc, an associative operator). A value or
 * operand that is not exactly 8 bytes counts as 0 and is reported to the info log at ERROR, as
 * RocksDB does; the merge never fails. Because the operator folds pairwise, even a single
 * operand without a base is re-encoded: {@code merge(k, [1,2,3])} reads back as eight zero bytes,
 * while a plain put of a malformed value is returned untouched (measured with RocksJava 11.8.1).
 *
 * <p>Thread-safety: immutable.
 */
public final class UInt64AddMergeOperator implements MergeOperator {
  private final InfoLog log;

  public UInt64AddMergeOperator(InfoLog log) {
    this.log = log == null ? InfoLog.NONE : log;
  }

  @Override
  public String name() {
    return "UInt64AddOperator";
  }

  @Override
  public byte[] fullMerge(byte[] key, byte[] existingValue, List<byte[]> operandsOldestFirst) {
    if (operandsOldestFirst.isEmpty()) {
      return existingValue;
    }
    long sum = existingValue == null ? 0 : decode(existingValue);
    for (byte[] op : operandsOldestFirst) {
      sum += decode(op);
    }
    byte[] out = new byte[8];
    Coding.putFixed64(out, 0, sum);
    return out;
  }

  private long decode(byte[] v) {
    if (v.length == 8) {
      return Coding.getFixed64(v, 0);
    }
    log.log(InfoLog.Level.ERROR, "uint64 value corruption, size: " + v.length + " > 8");
    return 0;
  }
}
