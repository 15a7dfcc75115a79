package dev.purerocks;

/** Mirrors RocksJava's {@code LoggerType}. */
public enum LoggerType {
  JAVA_IMPLEMENTATION,
  STDERR_IMPLEMENTATION;

}
