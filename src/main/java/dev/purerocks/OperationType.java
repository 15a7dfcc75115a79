package dev.purerocks;

/** Mirrors RocksJava's {@code OperationType}. */
public enum OperationType {
  OP_UNKNOWN,
  OP_COMPACTION,
  OP_FLUSH,
  OP_DBOPEN;

}
