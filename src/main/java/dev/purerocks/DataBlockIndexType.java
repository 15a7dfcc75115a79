package dev.purerocks;

/** Mirrors RocksJava's {@code DataBlockIndexType}. */
public enum DataBlockIndexType {
  kDataBlockBinarySearch,
  kDataBlockBinaryAndHash;

}
