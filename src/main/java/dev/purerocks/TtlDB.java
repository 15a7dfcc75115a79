package dev.purerocks;

/** Mirrors RocksJava's {@code TtlDB}. */
public class TtlDB extends RocksDB {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected TtlDB(final long value) {
    super(NativeHandles.next());
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void close() {
    throw Unsupported.unchecked("TtlDB.close");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void closeE() throws RocksDBException {
    throw Unsupported.feature("TtlDB.closeE");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyHandle createColumnFamilyWithTtl(final ColumnFamilyDescriptor p0, final int p1) throws RocksDBException {
    throw Unsupported.feature("TtlDB.createColumnFamilyWithTtl");
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static TtlDB open(final DBOptions p0, final String p1, final java.util.List<ColumnFamilyDescriptor> p2, final java.util.List<ColumnFamilyHandle> p3, final java.util.List<Integer> p4, final boolean p5) throws RocksDBException {
    throw Unsupported.feature("TtlDB.open");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static TtlDB open(final Options p0, final String p1, final int p2, final boolean p3) throws RocksDBException {
    throw Unsupported.feature("TtlDB.open");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static TtlDB open(final Options p0, final String p1) throws RocksDBException {
    throw Unsupported.feature("TtlDB.open");
  }

}
