package dev.purerocks;

/**
 * The checked exception thrown by database operations, optionally carrying the {@link Status} that
 * describes the failure.
 *
 * <p>Mirrors {@code org.rocksdb.RocksDBException}, including what {@link #getMessage()} returns:
 * the given message for the two constructors that take one, and for {@link
 * #RocksDBException(Status)} the status's state or, when the state is {@code null}, its {@link
 * Status#getCodeString() code string} (so a bare {@code NotFound} status gives the message {@code
 * "NotFound"}).
 */
public class RocksDBException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Serializable since {@link Status} is; kept as RocksJava keeps it. */
  private final Status status;

  /**
   * Creates an exception without a status: {@link #getStatus()} returns {@code null}.
   *
   * @param msg the message
   */
  public RocksDBException(final String msg) {
    this(msg, null);
  }

  /**
   * Creates an exception with an explicit message and a status; the message is not derived from the
   * status.
   *
   * @param msg the message
   * @param status the status, or {@code null}
   */
  public RocksDBException(final String msg, final Status status) {
    super(msg);
    this.status = status;
  }

  /**
   * Creates an exception whose message is the status's state, or its code string when the state is
   * {@code null}.
   *
   * @param status the status
   * @throws NullPointerException if {@code status} is {@code null}, or if its state and code are
   *     both {@code null}
   */
  public RocksDBException(final Status status) {
    super(status.getState() != null ? status.getState() : status.getCodeString());
    this.status = status;
  }

  /** Returns the status describing the failure, or {@code null} when none was given. */
  public Status getStatus() {
    return status;
  }
}
