package dev.purerocks.internal.db;

/**
 * A cursor operation that needs a current entry ({@code key}, {@code value}, {@code next}, {@code
 * prev}) was called on a {@link DbIterator} that is not positioned on one. RocksDB only asserts
 * against this and RocksJava then crashes the JVM or reads freed memory; PureRocks throws this
 * instead and leaves the iterator unchanged. The public layer maps it to its own exception.
 *
 * <p>Spec: {@code ITER-MISUSE-1}.
 */
public final class IteratorNotValidException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  IteratorNotValidException(String operation, IteratorStatus status) {
    super(
        operation
            + "() called on an iterator that is not valid"
            + (status.isOk() ? "" : " (status " + status + ")")
            + "; position it with seek, seekForPrev, seekToFirst or seekToLast and check"
            + " isValid() first");
  }
}
