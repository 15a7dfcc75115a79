package dev.purerocks;

/** Mirrors RocksJava's {@code SanityLevel}. */
public enum SanityLevel {
  NONE,
  LOOSELY_COMPATIBLE,
  EXACT_MATCH;

}
