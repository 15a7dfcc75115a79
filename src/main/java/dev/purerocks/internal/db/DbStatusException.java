package dev.purerocks.internal.db;

import dev.purerocks.Status;

/**
 * The engine's one unchecked failure: a RocksDB {@link Status} (code, sub-code and the exact state
 * text RocksJava shows). The API layer turns it into {@code RocksDBException} in one place with
 * {@link #status()}; the message is RocksJava's {@code getMessage()} form: the state, or the code
 * string when there is no state (e.g. {@code "Aborted(MemoryLimit)"}).
 *
 * <p>Thread-safety: immutable.
 */
public final class DbStatusException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Status status;

  public DbStatusException(Status status) {
    super(status.getState() != null ? status.getState() : status.getCodeString(), null, false,
        false);
    this.status = status;
  }

  public Status status() {
    return status;
  }

  public static DbStatusException corruption(String state) {
    return new DbStatusException(new Status(Status.Code.Corruption, Status.SubCode.None, state));
  }

  public static DbStatusException invalidArgument(String state) {
    return new DbStatusException(
        new Status(Status.Code.InvalidArgument, Status.SubCode.None, state));
  }

  public static DbStatusException notSupported(String state) {
    return new DbStatusException(new Status(Status.Code.NotSupported, Status.SubCode.None, state));
  }

  /** RocksDB's bare {@code Status::NotFound()}: no state, RocksJava's message is "NotFound". */
  public static DbStatusException notFound(String state) {
    return new DbStatusException(new Status(Status.Code.NotFound, Status.SubCode.None, state));
  }

  public static DbStatusException incomplete(String state) {
    return new DbStatusException(new Status(Status.Code.Incomplete, Status.SubCode.None, state));
  }

  /** RocksDB's {@code Status::MemoryLimit()}: Aborted with sub-code MemoryLimit, no state. */
  public static DbStatusException tryAgain(String state) {
    return new DbStatusException(new Status(Status.Code.TryAgain, Status.SubCode.None, state));
  }

  public static DbStatusException memoryLimit() {
    return new DbStatusException(
        new Status(Status.Code.Aborted, Status.SubCode.MemoryLimit, null));
  }
}
