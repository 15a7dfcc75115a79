package dev.purerocks;

/** Mirrors RocksJava's {@code PrepopulateBlobCache}. */
public enum PrepopulateBlobCache {
  PREPOPULATE_BLOB_DISABLE("prepopulate_blob_disable", (byte) 0),
  PREPOPULATE_BLOB_FLUSH_ONLY("prepopulate_blob_flush_only", (byte) 1);

  private final String getLibraryName_;
  private final byte getValue_;

  PrepopulateBlobCache(String getLibraryName, byte getValue) {
    this.getLibraryName_ = getLibraryName;
    this.getValue_ = getValue;
  }

  /** Returns the same value as RocksJava's constant. */
  public String getLibraryName() {
    return getLibraryName_;
  }

  /** Looks a constant up as RocksJava does. */
  public static PrepopulateBlobCache getPrepopulateBlobCache(final byte value) {
    for (final PrepopulateBlobCache c : values()) {
      if (c.getValue_ == value) {
        return c;
      }
    }
    throw new java.lang.IllegalArgumentException("Illegal value provided for PrepopulateBlobCache.");
  }

  /** Looks a constant up as RocksJava does. */
  public static PrepopulateBlobCache getPrepopulateBlobCache(final String value) {
    for (final PrepopulateBlobCache c : values()) {
      if (c.getLibraryName_.equals(value)) {
        return c;
      }
    }
    return PrepopulateBlobCache.PREPOPULATE_BLOB_DISABLE;
  }

  /** Returns the same value as RocksJava's constant. */
  public byte getValue() {
    return getValue_;
  }

}
