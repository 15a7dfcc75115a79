package dev.purerocks;

/** Mirrors RocksJava's {@code AdvancedColumnFamilyOptionsInterface}. */
public interface AdvancedColumnFamilyOptionsInterface<T extends AdvancedColumnFamilyOptionsInterface<T> & ColumnFamilyOptionsInterface<T>> {
  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int bloomLocality();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  CompactionOptionsFIFO compactionOptionsFIFO();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  CompactionOptionsUniversal compactionOptionsUniversal();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  CompactionPriority compactionPriority();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  CompactionStyle compactionStyle();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  java.util.List<CompressionType> compressionPerLevel();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean forceConsistencyChecks();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean inplaceUpdateSupport();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean levelCompactionDynamicLevelBytes();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long maxCompactionBytes();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int minWriteBufferNumberToMerge();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int numLevels();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean optimizeFiltersForHits();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setBloomLocality(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setCompactionOptionsFIFO(final CompactionOptionsFIFO value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setCompactionOptionsUniversal(final CompactionOptionsUniversal value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setCompactionPriority(final CompactionPriority value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  ColumnFamilyOptionsInterface<T> setCompactionStyle(final CompactionStyle value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setCompressionPerLevel(final java.util.List<CompressionType> value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setForceConsistencyChecks(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setInplaceUpdateSupport(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setLevelCompactionDynamicLevelBytes(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxCompactionBytes(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMinWriteBufferNumberToMerge(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setNumLevels(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setOptimizeFiltersForHits(final boolean value);

}
