package dev.purerocks;

/**
 * The comparators built into RocksDB: bytewise and reverse bytewise. Mirrors {@code
 * org.rocksdb.BuiltinComparator}.
 */
public enum BuiltinComparator {
  BYTEWISE_COMPARATOR,
  REVERSE_BYTEWISE_COMPARATOR;

}
