package dev.purerocks.internal.db;

import java.util.Objects;

/**
 * The outcome of a DB iterator's last positioning (RocksDB's {@code DBIter::status_}): OK, or the
 * error that left it invalid. The API layer maps it, in one place, to RocksJava's {@code Status}
 * with {@link #code()} as the code and {@link #message()} as the state text RocksJava shows.
 *
 * <p>Immutable.
 *
 * <p>Spec: {@code ITER-STATUS-1}.
 */
public final class IteratorStatus {
  /** The status codes a memtable iterator can end in. */
  public enum Code {
    OK,
    NOT_SUPPORTED,
    INVALID_ARGUMENT,
    CORRUPTION
  }

  /** RocksDB's text when reverse iteration meets a value that can change under it (M18). */
  public static final String BACKWARD_NOT_PINNED =
      "Backward iteration not supported if underlying iterator's value cannot be pinned.";

  /** RocksDB's {@code DBIter} text for a merge operand with no merge operator configured. */
  public static final String NO_MERGE_OPERATOR = "merge_operator_ must be set.";

  /** RocksDB's sub-code text for a merge operator that reported failure. */
  public static final String MERGE_FAILED = "Merge operator failed";

  public static final IteratorStatus OK = new IteratorStatus(Code.OK, "");

  private final Code code;
  private final String message;

  private IteratorStatus(Code code, String message) {
    this.code = code;
    this.message = message;
  }

  public static IteratorStatus of(Code code, String message) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    return code == Code.OK ? OK : new IteratorStatus(code, message);
  }

  public Code code() {
    return code;
  }

  /** The state text without a code prefix, as RocksJava's {@code getMessage()} shows it. */
  public String message() {
    return message;
  }

  public boolean isOk() {
    return code == Code.OK;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IteratorStatus s && s.code == code && s.message.equals(message);
  }

  @Override
  public int hashCode() {
    return code.hashCode() * 31 + message.hashCode();
  }

  @Override
  public String toString() {
    return isOk() ? "OK" : code + ": " + message;
  }
}
