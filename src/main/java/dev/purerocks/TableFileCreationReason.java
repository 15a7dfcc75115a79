package dev.purerocks;

/** Mirrors RocksJava's {@code TableFileCreationReason}. */
public enum TableFileCreationReason {
  FLUSH,
  COMPACTION,
  RECOVERY,
  MISC;

}
