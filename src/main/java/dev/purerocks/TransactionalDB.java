package dev.purerocks;

/** Mirrors RocksJava's {@code TransactionalDB}. */
interface TransactionalDB<T extends TransactionalOptions<T>> extends AutoCloseable {
  /** Implemented by the implementing classes. */
  Transaction beginTransaction(final WriteOptions p0, final Transaction p1);

  /** Implemented by the implementing classes. */
  Transaction beginTransaction(final WriteOptions p0, final T p1, final Transaction p2);

  /** Implemented by the implementing classes. */
  Transaction beginTransaction(final WriteOptions p0, final T p1);

  /** Implemented by the implementing classes. */
  Transaction beginTransaction(final WriteOptions value);

}
