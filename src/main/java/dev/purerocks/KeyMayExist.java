package dev.purerocks;

/** Mirrors RocksJava's {@code KeyMayExist}. */
public class KeyMayExist {
  /** Same value as RocksJava's. */
  public final KeyMayExist.KeyMayExistEnum exists = null;

  /** Same value as RocksJava's. */
  public final int valueLength = 0;

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public KeyMayExist(final KeyMayExist.KeyMayExistEnum p0, final int p1) {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean equals(final Object value) {
    throw Unsupported.unchecked("KeyMayExist.equals");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int hashCode() {
    throw Unsupported.unchecked("KeyMayExist.hashCode");
  }

  /** Mirrors RocksJava's {@code KeyMayExistEnum}. */
  public enum KeyMayExistEnum {
    kNotExist,
    kExistsWithoutValue,
    kExistsWithValue;

  }
}
