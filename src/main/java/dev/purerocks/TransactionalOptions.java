package dev.purerocks;

/** Mirrors RocksJava's {@code TransactionalOptions}. */
interface TransactionalOptions<T extends TransactionalOptions<T>> extends AutoCloseable {
  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean isSetSnapshot();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setSetSnapshot(final boolean value);

}
