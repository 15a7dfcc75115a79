package dev.purerocks;

/**
 * The less common column-family options changeable on an open database. Mirrors {@code
 * org.rocksdb.AdvancedMutableColumnFamilyOptionsInterface}.
 *
 * @param <T> the implementing options class
 */
public interface AdvancedMutableColumnFamilyOptionsInterface<T extends AdvancedMutableColumnFamilyOptionsInterface<T>> {
  /** Implemented by the implementing classes. */
  long arenaBlockSize();

  /** Implemented by the implementing classes. */
  long blobCompactionReadaheadSize();

  /** Implemented by the implementing classes. */
  CompressionType blobCompressionType();

  /** Implemented by the implementing classes. */
  long blobFileSize();

  /** Implemented by the implementing classes. */
  int blobFileStartingLevel();

  /** Implemented by the implementing classes. */
  double blobGarbageCollectionAgeCutoff();

  /** Implemented by the implementing classes. */
  double blobGarbageCollectionForceThreshold();

  /** Implemented by the implementing classes. */
  boolean enableBlobFiles();

  /** Implemented by the implementing classes. */
  boolean enableBlobGarbageCollection();

  /** Implemented by the implementing classes. */
  double experimentalMempurgeThreshold();

  /** Implemented by the implementing classes. */
  long hardPendingCompactionBytesLimit();

  /** Implemented by the implementing classes. */
  long inplaceUpdateNumLocks();

  /** Implemented by the implementing classes. */
  int level0SlowdownWritesTrigger();

  /** Implemented by the implementing classes. */
  int level0StopWritesTrigger();

  /** Implemented by the implementing classes. */
  double maxBytesForLevelMultiplier();

  /** Implemented by the implementing classes. */
  int[] maxBytesForLevelMultiplierAdditional();

  /** Implemented by the implementing classes. */
  long maxSequentialSkipInIterations();

  /** Implemented by the implementing classes. */
  long maxSuccessiveMerges();

  /** Implemented by the implementing classes. */
  int maxWriteBufferNumber();

  /** Implemented by the implementing classes. */
  long memtableHugePageSize();

  /** Implemented by the implementing classes. */
  double memtablePrefixBloomSizeRatio();

  /** Implemented by the implementing classes. */
  boolean memtableWholeKeyFiltering();

  /** Implemented by the implementing classes. */
  long minBlobSize();

  /** Implemented by the implementing classes. */
  int minTombstonesForRangeConversion();

  /** Implemented by the implementing classes. */
  boolean paranoidFileChecks();

  /** Implemented by the implementing classes. */
  long periodicCompactionSeconds();

  /** Implemented by the implementing classes. */
  PrepopulateBlobCache prepopulateBlobCache();

  /** Implemented by the implementing classes. */
  double readTriggeredCompactionThreshold();

  /** Implemented by the implementing classes. */
  boolean reportBgIoStats();

  /** Implemented by the implementing classes. */
  T setArenaBlockSize(final long value);

  /** Implemented by the implementing classes. */
  T setBlobCompactionReadaheadSize(final long value);

  /** Implemented by the implementing classes. */
  T setBlobCompressionType(final CompressionType value);

  /** Implemented by the implementing classes. */
  T setBlobFileSize(final long value);

  /** Implemented by the implementing classes. */
  T setBlobFileStartingLevel(final int value);

  /** Implemented by the implementing classes. */
  T setBlobGarbageCollectionAgeCutoff(final double value);

  /** Implemented by the implementing classes. */
  T setBlobGarbageCollectionForceThreshold(final double value);

  /** Implemented by the implementing classes. */
  T setEnableBlobFiles(final boolean value);

  /** Implemented by the implementing classes. */
  T setEnableBlobGarbageCollection(final boolean value);

  /** Implemented by the implementing classes. */
  T setExperimentalMempurgeThreshold(final double value);

  /** Implemented by the implementing classes. */
  T setHardPendingCompactionBytesLimit(final long value);

  /** Implemented by the implementing classes. */
  T setInplaceUpdateNumLocks(final long value);

  /** Implemented by the implementing classes. */
  T setLevel0SlowdownWritesTrigger(final int value);

  /** Implemented by the implementing classes. */
  T setLevel0StopWritesTrigger(final int value);

  /** Implemented by the implementing classes. */
  T setMaxBytesForLevelMultiplier(final double value);

  /** Implemented by the implementing classes. */
  T setMaxBytesForLevelMultiplierAdditional(final int[] value);

  /** Implemented by the implementing classes. */
  T setMaxSequentialSkipInIterations(final long value);

  /** Implemented by the implementing classes. */
  T setMaxSuccessiveMerges(final long value);

  /** Implemented by the implementing classes. */
  T setMaxWriteBufferNumber(final int value);

  /** Implemented by the implementing classes. */
  T setMemtableHugePageSize(final long value);

  /** Implemented by the implementing classes. */
  T setMemtablePrefixBloomSizeRatio(final double value);

  /** Implemented by the implementing classes. */
  T setMemtableWholeKeyFiltering(final boolean value);

  /** Implemented by the implementing classes. */
  T setMinBlobSize(final long value);

  /** Implemented by the implementing classes. */
  T setMinTombstonesForRangeConversion(final int value);

  /** Implemented by the implementing classes. */
  T setParanoidFileChecks(final boolean value);

  /** Implemented by the implementing classes. */
  T setPeriodicCompactionSeconds(final long value);

  /** Implemented by the implementing classes. */
  T setPrepopulateBlobCache(final PrepopulateBlobCache value);

  /** Implemented by the implementing classes. */
  T setReadTriggeredCompactionThreshold(final double value);

  /** Implemented by the implementing classes. */
  T setReportBgIoStats(final boolean value);

  /** Implemented by the implementing classes. */
  T setSoftPendingCompactionBytesLimit(final long value);

  /** Implemented by the implementing classes. */
  T setTargetFileSizeBase(final long value);

  /** Implemented by the implementing classes. */
  T setTargetFileSizeMultiplier(final int value);

  /** Implemented by the implementing classes. */
  T setTtl(final long value);

  /** Implemented by the implementing classes. */
  long softPendingCompactionBytesLimit();

  /** Implemented by the implementing classes. */
  long targetFileSizeBase();

  /** Implemented by the implementing classes. */
  int targetFileSizeMultiplier();

  /** Implemented by the implementing classes. */
  long ttl();

}
