package dev.purerocks;

/** Mirrors RocksJava's {@code IndexSearchType}. */
public enum IndexSearchType {
  kBinary,
  kInterpolation,
  kAuto;

}
