package dev.purerocks;

/** Mirrors RocksJava's {@code WriteStallCondition}. */
public enum WriteStallCondition {
  DELAYED,
  STOPPED,
  NORMAL;

}
