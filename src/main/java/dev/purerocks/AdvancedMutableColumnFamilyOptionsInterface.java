package dev.purerocks;

/** Mirrors RocksJava's {@code AdvancedMutableColumnFamilyOptionsInterface}. */
public interface AdvancedMutableColumnFamilyOptionsInterface<T extends AdvancedMutableColumnFamilyOptionsInterface<T>> {
  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long arenaBlockSize();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long blobCompactionReadaheadSize();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  CompressionType blobCompressionType();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long blobFileSize();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int blobFileStartingLevel();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  double blobGarbageCollectionAgeCutoff();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  double blobGarbageCollectionForceThreshold();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean enableBlobFiles();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean enableBlobGarbageCollection();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  double experimentalMempurgeThreshold();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long hardPendingCompactionBytesLimit();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long inplaceUpdateNumLocks();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int level0SlowdownWritesTrigger();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int level0StopWritesTrigger();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  double maxBytesForLevelMultiplier();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int[] maxBytesForLevelMultiplierAdditional();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long maxSequentialSkipInIterations();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long maxSuccessiveMerges();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int maxWriteBufferNumber();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long memtableHugePageSize();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  double memtablePrefixBloomSizeRatio();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean memtableWholeKeyFiltering();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long minBlobSize();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int minTombstonesForRangeConversion();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean paranoidFileChecks();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long periodicCompactionSeconds();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  PrepopulateBlobCache prepopulateBlobCache();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  double readTriggeredCompactionThreshold();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean reportBgIoStats();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setArenaBlockSize(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setBlobCompactionReadaheadSize(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setBlobCompressionType(final CompressionType value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setBlobFileSize(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setBlobFileStartingLevel(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setBlobGarbageCollectionAgeCutoff(final double value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setBlobGarbageCollectionForceThreshold(final double value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setEnableBlobFiles(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setEnableBlobGarbageCollection(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setExperimentalMempurgeThreshold(final double value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setHardPendingCompactionBytesLimit(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setInplaceUpdateNumLocks(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setLevel0SlowdownWritesTrigger(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setLevel0StopWritesTrigger(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxBytesForLevelMultiplier(final double value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxBytesForLevelMultiplierAdditional(final int[] value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxSequentialSkipInIterations(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxSuccessiveMerges(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxWriteBufferNumber(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMemtableHugePageSize(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMemtablePrefixBloomSizeRatio(final double value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMemtableWholeKeyFiltering(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMinBlobSize(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMinTombstonesForRangeConversion(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setParanoidFileChecks(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setPeriodicCompactionSeconds(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setPrepopulateBlobCache(final PrepopulateBlobCache value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setReadTriggeredCompactionThreshold(final double value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setReportBgIoStats(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setSoftPendingCompactionBytesLimit(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setTargetFileSizeBase(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setTargetFileSizeMultiplier(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setTtl(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long softPendingCompactionBytesLimit();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long targetFileSizeBase();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int targetFileSizeMultiplier();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long ttl();

}
