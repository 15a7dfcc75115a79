package dev.purerocks;

/** Mirrors RocksJava's {@code SizeApproximationFlag}. */
public enum SizeApproximationFlag {
  NONE,
  INCLUDE_MEMTABLES,
  INCLUDE_FILES,
  INCLUDE_BLOB_FILES;

}
