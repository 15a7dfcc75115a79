package dev.purerocks;

/** Mirrors RocksJava's {@code Priority}. */
public enum Priority {
  BOTTOM,
  LOW,
  HIGH,
  TOTAL;

}
