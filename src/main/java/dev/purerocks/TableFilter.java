package dev.purerocks;

/** Mirrors RocksJava's {@code TableFilter}. */
public interface TableFilter {
  /** Implemented by the implementing classes. */
  boolean filter(final TableProperties value);

}
