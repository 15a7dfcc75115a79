package dev.purerocks;

/**
 * Block compression algorithms, with RocksDB's byte values and library names. Mirrors {@code
 * org.rocksdb.CompressionType}; PureRocks compresses nothing yet, the choice is stored.
 */
public enum CompressionType {
  NO_COMPRESSION(null, (byte) 0),
  SNAPPY_COMPRESSION("snappy", (byte) 1),
  ZLIB_COMPRESSION("z", (byte) 2),
  BZLIB2_COMPRESSION("bzip2", (byte) 3),
  LZ4_COMPRESSION("lz4", (byte) 4),
  LZ4HC_COMPRESSION("lz4hc", (byte) 5),
  XPRESS_COMPRESSION("xpress", (byte) 6),
  ZSTD_COMPRESSION("zstd", (byte) 7),
  DISABLE_COMPRESSION_OPTION(null, (byte) 127);

  private final String getLibraryName_;
  private final byte getValue_;

  CompressionType(String getLibraryName, byte getValue) {
    this.getLibraryName_ = getLibraryName;
    this.getValue_ = getValue;
  }

  /** Looks a constant up as RocksJava does. */
  public static CompressionType getCompressionType(final byte value) {
    for (final CompressionType c : values()) {
      if (c.getValue_ == value) {
        return c;
      }
    }
    throw new java.lang.IllegalArgumentException("Illegal value provided for CompressionType.");
  }

  /** Looks a constant up as RocksJava does. */
  public static CompressionType getCompressionType(final String value) {
    for (final CompressionType c : values()) {
      if (c.getLibraryName_.equals(value)) {
        return c;
      }
    }
    return CompressionType.NO_COMPRESSION;
  }

  /** Returns the same value as RocksJava's constant. */
  public String getLibraryName() {
    return getLibraryName_;
  }

  /** Returns the same value as RocksJava's constant. */
  public byte getValue() {
    return getValue_;
  }

}
