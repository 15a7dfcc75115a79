package dev.purerocks;

import dev.purerocks.internal.db.DbStatusException;
import dev.purerocks.internal.db.IteratorStatus;

/**
 * The one place where engine failures become RocksJava's exceptions. An engine status becomes
 * {@code new RocksDBException(Status)}, exactly as RocksJava's JNI layer builds it: the message is
 * the status's state, or its code string when it has no state; code and sub-code are RocksDB's.
 *
 * <p>Thread-safety: stateless.
 */
final class Statuses {
  private Statuses() {}

  static RocksDBException toException(final DbStatusException e) {
    final RocksDBException r = new RocksDBException(e.status());
    r.initCause(e);
    return r;
  }

  /** An iterator's status, or null when it is OK. */
  static RocksDBException toException(final IteratorStatus s) {
    if (s.isOk()) {
      return null;
    }
    final Status.Code code;
    switch (s.code()) {
      case NOT_SUPPORTED:
        code = Status.Code.NotSupported;
        break;
      case INVALID_ARGUMENT:
        code = Status.Code.InvalidArgument;
        break;
      default:
        code = Status.Code.Corruption;
        break;
    }
    final String state = s.message().isEmpty() ? null : s.message();
    return new RocksDBException(new Status(code, Status.SubCode.None, state));
  }

  static IllegalStateException closed(final String what) {
    return new IllegalStateException(what + " is closed: using it after close() is not allowed");
  }
}
