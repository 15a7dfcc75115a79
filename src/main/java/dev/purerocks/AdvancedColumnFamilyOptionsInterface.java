package dev.purerocks;

/**
 * The less common column-family options. Mirrors {@code
 * org.rocksdb.AdvancedColumnFamilyOptionsInterface}.
 *
 * @param <T> the implementing options class
 */
public interface AdvancedColumnFamilyOptionsInterface<T extends AdvancedColumnFamilyOptionsInterface<T> & ColumnFamilyOptionsInterface<T>> {
  /** Implemented by the implementing classes. */
  int bloomLocality();

  /** Implemented by the implementing classes. */
  CompactionOptionsFIFO compactionOptionsFIFO();

  /** Implemented by the implementing classes. */
  CompactionOptionsUniversal compactionOptionsUniversal();

  /** Implemented by the implementing classes. */
  CompactionPriority compactionPriority();

  /** Implemented by the implementing classes. */
  CompactionStyle compactionStyle();

  /** Implemented by the implementing classes. */
  java.util.List<CompressionType> compressionPerLevel();

  /** Implemented by the implementing classes. */
  boolean forceConsistencyChecks();

  /** Implemented by the implementing classes. */
  boolean inplaceUpdateSupport();

  /** Implemented by the implementing classes. */
  boolean levelCompactionDynamicLevelBytes();

  /** Implemented by the implementing classes. */
  long maxCompactionBytes();

  /** Implemented by the implementing classes. */
  int minWriteBufferNumberToMerge();

  /** Implemented by the implementing classes. */
  int numLevels();

  /** Implemented by the implementing classes. */
  boolean optimizeFiltersForHits();

  /** Implemented by the implementing classes. */
  T setBloomLocality(final int value);

  /** Implemented by the implementing classes. */
  T setCompactionOptionsFIFO(final CompactionOptionsFIFO value);

  /** Implemented by the implementing classes. */
  T setCompactionOptionsUniversal(final CompactionOptionsUniversal value);

  /** Implemented by the implementing classes. */
  T setCompactionPriority(final CompactionPriority value);

  /** Implemented by the implementing classes. */
  ColumnFamilyOptionsInterface<T> setCompactionStyle(final CompactionStyle value);

  /** Implemented by the implementing classes. */
  T setCompressionPerLevel(final java.util.List<CompressionType> value);

  /** Implemented by the implementing classes. */
  T setForceConsistencyChecks(final boolean value);

  /** Implemented by the implementing classes. */
  T setInplaceUpdateSupport(final boolean value);

  /** Implemented by the implementing classes. */
  T setLevelCompactionDynamicLevelBytes(final boolean value);

  /** Implemented by the implementing classes. */
  T setMaxCompactionBytes(final long value);

  /** Implemented by the implementing classes. */
  T setMinWriteBufferNumberToMerge(final int value);

  /** Implemented by the implementing classes. */
  T setNumLevels(final int value);

  /** Implemented by the implementing classes. */
  T setOptimizeFiltersForHits(final boolean value);

}
