package dev.purerocks;

/** Mirrors RocksJava's {@code TransactionalDB}. */
interface TransactionalDB<T extends TransactionalOptions<T>> extends AutoCloseable {
  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  Transaction beginTransaction(final WriteOptions p0, final Transaction p1);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  Transaction beginTransaction(final WriteOptions p0, final T p1, final Transaction p2);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  Transaction beginTransaction(final WriteOptions p0, final T p1);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  Transaction beginTransaction(final WriteOptions value);

}
