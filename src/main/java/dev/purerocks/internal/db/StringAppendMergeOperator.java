package dev.purerocks.internal.db;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Joins a key's values with a delimiter (RocksDB's {@code StringAppendOperator},
 * utilities/merge_operators/string_append/stringappend.cc): {@code base + d + op1 + d + op2 ...};
 * without a base the first operand starts the result. RocksJava's {@code StringAppendOperator()}
 * uses {@code ','}, {@code (char)} a one-byte delimiter (the char's low byte, as JNI's {@code
 * jchar → char} conversion does) and {@code (String)} the string's UTF-8 bytes, possibly empty.
 *
 * <p>Thread-safety: immutable.
 */
public final class StringAppendMergeOperator implements MergeOperator {
  private final byte[] delimiter;

  private StringAppendMergeOperator(byte[] delimiter) {
    this.delimiter = delimiter;
  }

  public static StringAppendMergeOperator withChar(char delimiter) {
    return new StringAppendMergeOperator(new byte[] {(byte) delimiter});
  }

  public static StringAppendMergeOperator withString(String delimiter) {
    return new StringAppendMergeOperator(
        Objects.requireNonNull(delimiter, "delimiter").getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String name() {
    return "StringAppendOperator";
  }

  @Override
  public byte[] fullMerge(byte[] key, byte[] existingValue, List<byte[]> operandsOldestFirst) {
    int n = operandsOldestFirst.size();
    long total = existingValue == null ? -delimiter.length : existingValue.length;
    for (byte[] op : operandsOldestFirst) {
      total += delimiter.length + op.length;
    }
    if (n == 0) {
      return existingValue;
    }
    byte[] out = new byte[(int) total];
    int p = 0;
    if (existingValue != null) {
      System.arraycopy(existingValue, 0, out, 0, existingValue.length);
      p = existingValue.length;
    }
    for (int i = 0; i < n; i++) {
      byte[] op = operandsOldestFirst.get(i);
      if (i > 0 || existingValue != null) {
        System.arraycopy(delimiter, 0, out, p, delimiter.length);
        p += delimiter.length;
      }
      System.arraycopy(op, 0, out, p, op.length);
      p += op.length;
    }
    return out;
  }
}
