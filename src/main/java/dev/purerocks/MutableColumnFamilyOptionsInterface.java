package dev.purerocks;

/** Mirrors RocksJava's {@code MutableColumnFamilyOptionsInterface}. */
public interface MutableColumnFamilyOptionsInterface<T extends MutableColumnFamilyOptionsInterface<T>> extends AdvancedMutableColumnFamilyOptionsInterface<T> {
  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  CompressionType compressionType();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean disableAutoCompactions();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int level0FileNumCompactionTrigger();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long maxBytesForLevelBase();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long maxCompactionBytes();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setCompressionType(final CompressionType value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setDisableAutoCompactions(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setLevel0FileNumCompactionTrigger(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxBytesForLevelBase(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxCompactionBytes(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setWriteBufferSize(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long writeBufferSize();

}
