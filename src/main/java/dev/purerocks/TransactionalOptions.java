package dev.purerocks;

/** Mirrors RocksJava's {@code TransactionalOptions}. */
interface TransactionalOptions<T extends TransactionalOptions<T>> extends AutoCloseable {
  /** Implemented by the implementing classes. */
  boolean isSetSnapshot();

  /** Implemented by the implementing classes. */
  T setSetSnapshot(final boolean value);

}
