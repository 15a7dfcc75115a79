package dev.purerocks;

/** Mirrors RocksJava's {@code BackgroundErrorReason}. */
public enum BackgroundErrorReason {
  FLUSH,
  COMPACTION,
  WRITE_CALLBACK,
  MEMTABLE;

}
