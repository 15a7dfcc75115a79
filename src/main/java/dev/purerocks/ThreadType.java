package dev.purerocks;

/** Mirrors RocksJava's {@code ThreadType}. */
public enum ThreadType {
  HIGH_PRIORITY,
  LOW_PRIORITY,
  USER,
  BOTTOM_PRIORITY;

}
