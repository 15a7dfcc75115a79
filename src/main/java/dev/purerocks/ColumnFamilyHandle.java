package dev.purerocks;

/** Mirrors RocksJava's {@code ColumnFamilyHandle}. */
public class ColumnFamilyHandle extends RocksObject {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  ColumnFamilyHandle() {
    super(NativeHandles.next());
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal() {
    // nothing native to free
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean equals(final Object value) {
    return super.equals(value);
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyDescriptor getDescriptor() throws RocksDBException {
    throw Unsupported.feature("ColumnFamilyHandle.getDescriptor");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int getID() {
    throw Unsupported.unchecked("ColumnFamilyHandle.getID");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] getName() throws RocksDBException {
    throw Unsupported.feature("ColumnFamilyHandle.getName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int hashCode() {
    return super.hashCode();
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  protected boolean isDefaultColumnFamily() {
    throw Unsupported.unchecked("ColumnFamilyHandle.isDefaultColumnFamily");
  }

}
