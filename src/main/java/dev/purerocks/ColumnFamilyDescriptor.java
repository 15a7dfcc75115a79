package dev.purerocks;

/** Mirrors RocksJava's {@code ColumnFamilyDescriptor}. */
public class ColumnFamilyDescriptor {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public ColumnFamilyDescriptor(final byte[] p0, final ColumnFamilyOptions p1) {
    
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public ColumnFamilyDescriptor(final byte[] value) {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean equals(final Object value) {
    throw Unsupported.unchecked("ColumnFamilyDescriptor.equals");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] getName() {
    throw Unsupported.unchecked("ColumnFamilyDescriptor.getName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyOptions getOptions() {
    throw Unsupported.unchecked("ColumnFamilyDescriptor.getOptions");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int hashCode() {
    throw Unsupported.unchecked("ColumnFamilyDescriptor.hashCode");
  }

}
