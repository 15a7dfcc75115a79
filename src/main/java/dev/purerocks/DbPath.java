package dev.purerocks;

/** Mirrors RocksJava's {@code DbPath}. */
public class DbPath {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public DbPath(final java.nio.file.Path p0, final long p1) {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean equals(final Object value) {
    return super.equals(value);
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int hashCode() {
    return super.hashCode();
  }

}
