package dev.purerocks;

/** Mirrors RocksJava's {@code TableFilter}. */
public interface TableFilter {
  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean filter(final TableProperties value);

}
