package dev.purerocks;

/** Mirrors RocksJava's {@code StateType}. */
public enum StateType {
  STATE_UNKNOWN,
  STATE_MUTEX_WAIT;

}
