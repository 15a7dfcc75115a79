package dev.purerocks;

/** Mirrors RocksJava's {@code BuiltinComparator}. */
public enum BuiltinComparator {
  BYTEWISE_COMPARATOR,
  REVERSE_BYTEWISE_COMPARATOR;

}
