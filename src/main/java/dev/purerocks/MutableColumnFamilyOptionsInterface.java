package dev.purerocks;

/**
 * The column-family options that RocksDB can change on an open database. Mirrors {@code
 * org.rocksdb.MutableColumnFamilyOptionsInterface}.
 *
 * @param <T> the implementing options class
 */
public interface MutableColumnFamilyOptionsInterface<T extends MutableColumnFamilyOptionsInterface<T>> extends AdvancedMutableColumnFamilyOptionsInterface<T> {
  /** Implemented by the implementing classes. */
  CompressionType compressionType();

  /** Implemented by the implementing classes. */
  boolean disableAutoCompactions();

  /** Implemented by the implementing classes. */
  int level0FileNumCompactionTrigger();

  /** Implemented by the implementing classes. */
  long maxBytesForLevelBase();

  /** Implemented by the implementing classes. */
  long maxCompactionBytes();

  /** Implemented by the implementing classes. */
  T setCompressionType(final CompressionType value);

  /** Implemented by the implementing classes. */
  T setDisableAutoCompactions(final boolean value);

  /** Implemented by the implementing classes. */
  T setLevel0FileNumCompactionTrigger(final int value);

  /** Implemented by the implementing classes. */
  T setMaxBytesForLevelBase(final long value);

  /** Implemented by the implementing classes. */
  T setMaxCompactionBytes(final long value);

  /** Implemented by the implementing classes. */
  T setWriteBufferSize(final long value);

  /** Implemented by the implementing classes. */
  long writeBufferSize();

}
