package dev.purerocks;

import java.io.Serializable;
import java.util.Objects;

/**
 * The outcome of a failed operation: a {@link Code}, an optional {@link SubCode} refining it, and
 * an optional human-readable state message. Carried by {@link RocksDBException#getStatus()}.
 *
 * <p>Mirrors {@code org.rocksdb.Status}, including its numeric code values (which are RocksDB's C++
 * {@code Status::Code} values) and its equality: two statuses are equal when code, sub-code and
 * state are equal. Instances are immutable and therefore thread-safe. Nothing is validated: like
 * RocksJava, the constructor accepts {@code null} for any component, and {@link #getCodeString()}
 * then throws {@link NullPointerException} for a {@code null} code.
 */
public class Status implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Code code;
  private final SubCode subCode;
  private final String state;

  /**
   * Creates a status.
   *
   * @param code the main code
   * @param subCode the refinement of {@code code}, {@link SubCode#None} (or {@code null}) when
   *     there is none
   * @param state the message describing the failure, or {@code null}
   */
  public Status(final Code code, final SubCode subCode, final String state) {
    this.code = code;
    this.subCode = subCode;
    this.state = state;
  }

  /** Returns the main code. */
  public Code getCode() {
    return code;
  }

  /** Returns the sub-code; {@link SubCode#None} when the code needs no refinement. */
  public SubCode getSubCode() {
    return subCode;
  }

  /** Returns the message describing the failure, or {@code null} when there is none. */
  public String getState() {
    return state;
  }

  /**
   * Returns the code's name followed, when the sub-code is neither {@code null} nor {@link
   * SubCode#None}, by the sub-code's name in parentheses: {@code "NotFound"}, {@code
   * "IOError(NoSpace)"}. The state is not included.
   *
   * @throws NullPointerException if the code is {@code null}
   */
  public String getCodeString() {
    final StringBuilder builder = new StringBuilder(code.name());
    if (subCode != null && subCode != SubCode.None) {
      builder.append('(').append(subCode.name()).append(')');
    }
    return builder.toString();
  }

  @Override
  public boolean equals(final Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    final Status other = (Status) o;
    return code == other.code && subCode == other.subCode && Objects.equals(state, other.state);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, subCode, state);
  }

  /**
   * The main kinds of failure. Each constant has a fixed byte value, equal to RocksJava's and to
   * RocksDB's C++ {@code Status::Code}; {@link #Undefined} (127) stands for any C++ code that
   * RocksJava does not name.
   */
  public enum Code {
    /** Success (0). */
    Ok((byte) 0),
    /** The key, file or property does not exist (1). */
    NotFound((byte) 1),
    /** Stored data failed a consistency check (2). */
    Corruption((byte) 2),
    /** The operation is not supported in this configuration (3). */
    NotSupported((byte) 3),
    /** An argument or option is invalid (4). */
    InvalidArgument((byte) 4),
    /** A file-system or device operation failed (5). */
    IOError((byte) 5),
    /** A merge is still pending (6). */
    MergeInProgress((byte) 6),
    /** The result is incomplete, for example a read limited to the block cache (7). */
    Incomplete((byte) 7),
    /** The database is shutting down (8). */
    ShutdownInProgress((byte) 8),
    /** A time limit expired (9). */
    TimedOut((byte) 9),
    /** The operation was aborted (10). */
    Aborted((byte) 10),
    /** A resource is busy, for example a conflicting write (11). */
    Busy((byte) 11),
    /** The data or snapshot has expired (12). */
    Expired((byte) 12),
    /** The operation may succeed if retried (13). */
    TryAgain((byte) 13),
    /** A code without a Java name (127). */
    Undefined((byte) 127);

    private final byte value;

    Code(final byte value) {
      this.value = value;
    }

    /**
     * Returns the constant whose {@link #getValue()} is {@code value}.
     *
     * @throws IllegalArgumentException if no constant has that value; the message is {@code
     *     "Illegal value provided for Code (<value>)."}
     */
    public static Code getCode(final byte value) {
      for (final Code code : values()) {
        if (code.value == value) {
          return code;
        }
      }
      throw new IllegalArgumentException("Illegal value provided for Code (" + value + ").");
    }

    /** Returns this code's byte value. */
    public byte getValue() {
      return value;
    }
  }

  /**
   * Refinements of a {@link Code}. Each constant has a fixed byte value, equal to RocksJava's;
   * {@link #Undefined} (127) stands for any C++ sub-code that RocksJava does not name.
   */
  public enum SubCode {
    /** No refinement (0). */
    None((byte) 0),
    /** A mutex could not be acquired in time (1). */
    MutexTimeout((byte) 1),
    /** A lock could not be acquired in time (2). */
    LockTimeout((byte) 2),
    /** Too many locks are held (3). */
    LockLimit((byte) 3),
    /** The device is out of space (4). */
    NoSpace((byte) 4),
    /** A deadlock was detected (5). */
    Deadlock((byte) 5),
    /** A file is stale (6). */
    StaleFile((byte) 6),
    /** A memory limit was reached (7). */
    MemoryLimit((byte) 7),
    /** A sub-code without a Java name (127). */
    Undefined((byte) 127);

    private final byte value;

    SubCode(final byte value) {
      this.value = value;
    }

    /**
     * Returns the constant whose {@link #getValue()} is {@code value}.
     *
     * @throws IllegalArgumentException if no constant has that value; the message is {@code
     *     "Illegal value provided for SubCode (<value>)."}
     */
    public static SubCode getSubCode(final byte value) {
      for (final SubCode subCode : values()) {
        if (subCode.value == value) {
          return subCode;
        }
      }
      throw new IllegalArgumentException("Illegal value provided for SubCode (" + value + ").");
    }

    /** Returns this sub-code's byte value. */
    public byte getValue() {
      return value;
    }
  }
}
