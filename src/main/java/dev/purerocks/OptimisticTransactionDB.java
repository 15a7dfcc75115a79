package dev.purerocks;

/** Mirrors RocksJava's {@code OptimisticTransactionDB}. */
public class OptimisticTransactionDB extends RocksDB implements TransactionalDB<OptimisticTransactionOptions> {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  OptimisticTransactionDB() {
    super(NativeHandles.next());
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Transaction beginTransaction(final WriteOptions p0, final OptimisticTransactionOptions p1, final Transaction p2) {
    throw Unsupported.unchecked("OptimisticTransactionDB.beginTransaction");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Transaction beginTransaction(final WriteOptions p0, final OptimisticTransactionOptions p1) {
    throw Unsupported.unchecked("OptimisticTransactionDB.beginTransaction");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Transaction beginTransaction(final WriteOptions p0, final Transaction p1) {
    throw Unsupported.unchecked("OptimisticTransactionDB.beginTransaction");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Transaction beginTransaction(final WriteOptions value) {
    throw Unsupported.unchecked("OptimisticTransactionDB.beginTransaction");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void close() {
    throw Unsupported.unchecked("OptimisticTransactionDB.close");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void closeE() throws RocksDBException {
    throw Unsupported.feature("OptimisticTransactionDB.closeE");
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public RocksDB getBaseDB() {
    throw Unsupported.unchecked("OptimisticTransactionDB.getBaseDB");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static OptimisticTransactionDB open(final DBOptions p0, final String p1, final java.util.List<ColumnFamilyDescriptor> p2, final java.util.List<ColumnFamilyHandle> p3) throws RocksDBException {
    throw Unsupported.feature("OptimisticTransactionDB.open");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static OptimisticTransactionDB open(final Options p0, final String p1) throws RocksDBException {
    throw Unsupported.feature("OptimisticTransactionDB.open");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  protected static long[] open(final long p0, final String p1, final byte[][] p2, final long[] p3) {
    throw Unsupported.unchecked("OptimisticTransactionDB.open");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  protected static long open(final long p0, final String p1) throws RocksDBException {
    throw Unsupported.feature("OptimisticTransactionDB.open");
  }

}
