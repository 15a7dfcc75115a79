package dev.purerocks;

/** Mirrors RocksJava's {@code MutableColumnFamilyOptions}. */
public class MutableColumnFamilyOptions extends AbstractMutableOptions {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  MutableColumnFamilyOptions() {
    super(null, null);
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder builder() {
    throw Unsupported.unchecked("MutableColumnFamilyOptions.builder");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder parse(final String p0, final boolean p1) {
    throw Unsupported.unchecked("MutableColumnFamilyOptions.parse");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder parse(final String value) {
    throw Unsupported.unchecked("MutableColumnFamilyOptions.parse");
  }

  /** Mirrors RocksJava's {@code MutableColumnFamilyOptionsBuilder}. */
  public static class MutableColumnFamilyOptionsBuilder extends AbstractMutableOptions.AbstractMutableOptionsBuilder<MutableColumnFamilyOptions, MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder, MutableColumnFamilyOptions.MutableColumnFamilyOptionKey> implements MutableColumnFamilyOptionsInterface<MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder> {
    /** Not for callers: RocksJava gives this class no accessible constructor. */
    MutableColumnFamilyOptionsBuilder() {
      super();
    }

    private long arenaBlockSize;
    private long blobCompactionReadaheadSize;
    private CompressionType blobCompressionType;
    private long blobFileSize;
    private int blobFileStartingLevel;
    private double blobGarbageCollectionAgeCutoff;
    private double blobGarbageCollectionForceThreshold;
    private CompressionType compressionType;
    private boolean disableAutoCompactions;
    private boolean enableBlobFiles;
    private boolean enableBlobGarbageCollection;
    private double experimentalMempurgeThreshold;
    private long hardPendingCompactionBytesLimit;
    private long inplaceUpdateNumLocks;
    private int level0FileNumCompactionTrigger;
    private int level0SlowdownWritesTrigger;
    private int level0StopWritesTrigger;
    private long maxBytesForLevelBase;
    private double maxBytesForLevelMultiplier;
    private int[] maxBytesForLevelMultiplierAdditional;
    private long maxCompactionBytes;
    private long maxSequentialSkipInIterations;
    private long maxSuccessiveMerges;
    private int maxWriteBufferNumber;
    private long memtableHugePageSize;
    private double memtablePrefixBloomSizeRatio;
    private boolean memtableWholeKeyFiltering;
    private long minBlobSize;
    private int minTombstonesForRangeConversion;
    private boolean paranoidFileChecks;
    private long periodicCompactionSeconds;
    private PrepopulateBlobCache prepopulateBlobCache;
    private double readTriggeredCompactionThreshold;
    private boolean reportBgIoStats;
    private long softPendingCompactionBytesLimit;
    private long targetFileSizeBase;
    private int targetFileSizeMultiplier;
    private long ttl;
    private long writeBufferSize;

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected java.util.Map<String, MutableColumnFamilyOptions.MutableColumnFamilyOptionKey> allKeys() {
      throw Unsupported.unchecked("MutableColumnFamilyOptionsBuilder.allKeys");
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long arenaBlockSize() {
      return arenaBlockSize;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long blobCompactionReadaheadSize() {
      return blobCompactionReadaheadSize;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public CompressionType blobCompressionType() {
      return blobCompressionType;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long blobFileSize() {
      return blobFileSize;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int blobFileStartingLevel() {
      return blobFileStartingLevel;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public double blobGarbageCollectionAgeCutoff() {
      return blobGarbageCollectionAgeCutoff;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public double blobGarbageCollectionForceThreshold() {
      return blobGarbageCollectionForceThreshold;
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected MutableColumnFamilyOptions build(final String[] p0, final String[] p1) {
      throw Unsupported.unchecked("MutableColumnFamilyOptionsBuilder.build");
    }

    /** Returns the stored value (RocksJava's default until set). */
    public CompressionType compressionType() {
      return compressionType;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public boolean disableAutoCompactions() {
      return disableAutoCompactions;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public boolean enableBlobFiles() {
      return enableBlobFiles;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public boolean enableBlobGarbageCollection() {
      return enableBlobGarbageCollection;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public double experimentalMempurgeThreshold() {
      return experimentalMempurgeThreshold;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long hardPendingCompactionBytesLimit() {
      return hardPendingCompactionBytesLimit;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long inplaceUpdateNumLocks() {
      return inplaceUpdateNumLocks;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int level0FileNumCompactionTrigger() {
      return level0FileNumCompactionTrigger;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int level0SlowdownWritesTrigger() {
      return level0SlowdownWritesTrigger;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int level0StopWritesTrigger() {
      return level0StopWritesTrigger;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long maxBytesForLevelBase() {
      return maxBytesForLevelBase;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public double maxBytesForLevelMultiplier() {
      return maxBytesForLevelMultiplier;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int[] maxBytesForLevelMultiplierAdditional() {
      return maxBytesForLevelMultiplierAdditional == null ? null : maxBytesForLevelMultiplierAdditional.clone();
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long maxCompactionBytes() {
      return maxCompactionBytes;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long maxSequentialSkipInIterations() {
      return maxSequentialSkipInIterations;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long maxSuccessiveMerges() {
      return maxSuccessiveMerges;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int maxWriteBufferNumber() {
      return maxWriteBufferNumber;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long memtableHugePageSize() {
      return memtableHugePageSize;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public double memtablePrefixBloomSizeRatio() {
      return memtablePrefixBloomSizeRatio;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public boolean memtableWholeKeyFiltering() {
      return memtableWholeKeyFiltering;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long minBlobSize() {
      return minBlobSize;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int minTombstonesForRangeConversion() {
      return minTombstonesForRangeConversion;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public boolean paranoidFileChecks() {
      return paranoidFileChecks;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long periodicCompactionSeconds() {
      return periodicCompactionSeconds;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public PrepopulateBlobCache prepopulateBlobCache() {
      return prepopulateBlobCache;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public double readTriggeredCompactionThreshold() {
      return readTriggeredCompactionThreshold;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public boolean reportBgIoStats() {
      return reportBgIoStats;
    }

    /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
    protected MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder self() {
      throw Unsupported.unchecked("MutableColumnFamilyOptionsBuilder.self");
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setArenaBlockSize(final long value) {
      this.arenaBlockSize = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setBlobCompactionReadaheadSize(final long value) {
      this.blobCompactionReadaheadSize = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setBlobCompressionType(final CompressionType value) {
      java.util.Objects.requireNonNull(value);
      this.blobCompressionType = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setBlobFileSize(final long value) {
      this.blobFileSize = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setBlobFileStartingLevel(final int value) {
      this.blobFileStartingLevel = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setBlobGarbageCollectionAgeCutoff(final double value) {
      this.blobGarbageCollectionAgeCutoff = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setBlobGarbageCollectionForceThreshold(final double value) {
      this.blobGarbageCollectionForceThreshold = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setCompressionType(final CompressionType value) {
      java.util.Objects.requireNonNull(value);
      this.compressionType = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setDisableAutoCompactions(final boolean value) {
      this.disableAutoCompactions = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setEnableBlobFiles(final boolean value) {
      this.enableBlobFiles = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setEnableBlobGarbageCollection(final boolean value) {
      this.enableBlobGarbageCollection = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setExperimentalMempurgeThreshold(final double value) {
      this.experimentalMempurgeThreshold = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setHardPendingCompactionBytesLimit(final long value) {
      this.hardPendingCompactionBytesLimit = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setInplaceUpdateNumLocks(final long value) {
      this.inplaceUpdateNumLocks = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setLevel0FileNumCompactionTrigger(final int value) {
      this.level0FileNumCompactionTrigger = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setLevel0SlowdownWritesTrigger(final int value) {
      this.level0SlowdownWritesTrigger = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setLevel0StopWritesTrigger(final int value) {
      this.level0StopWritesTrigger = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMaxBytesForLevelBase(final long value) {
      this.maxBytesForLevelBase = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMaxBytesForLevelMultiplier(final double value) {
      this.maxBytesForLevelMultiplier = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMaxBytesForLevelMultiplierAdditional(final int[] value) {
      this.maxBytesForLevelMultiplierAdditional = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMaxCompactionBytes(final long value) {
      this.maxCompactionBytes = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMaxSequentialSkipInIterations(final long value) {
      this.maxSequentialSkipInIterations = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMaxSuccessiveMerges(final long value) {
      this.maxSuccessiveMerges = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMaxWriteBufferNumber(final int value) {
      this.maxWriteBufferNumber = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMemtableHugePageSize(final long value) {
      this.memtableHugePageSize = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMemtablePrefixBloomSizeRatio(final double value) {
      this.memtablePrefixBloomSizeRatio = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMemtableWholeKeyFiltering(final boolean value) {
      this.memtableWholeKeyFiltering = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMinBlobSize(final long value) {
      this.minBlobSize = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMinTombstonesForRangeConversion(final int value) {
      this.minTombstonesForRangeConversion = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setParanoidFileChecks(final boolean value) {
      this.paranoidFileChecks = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setPeriodicCompactionSeconds(final long value) {
      this.periodicCompactionSeconds = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setPrepopulateBlobCache(final PrepopulateBlobCache value) {
      java.util.Objects.requireNonNull(value);
      this.prepopulateBlobCache = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setReadTriggeredCompactionThreshold(final double value) {
      this.readTriggeredCompactionThreshold = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setReportBgIoStats(final boolean value) {
      this.reportBgIoStats = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setSoftPendingCompactionBytesLimit(final long value) {
      this.softPendingCompactionBytesLimit = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setTargetFileSizeBase(final long value) {
      this.targetFileSizeBase = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setTargetFileSizeMultiplier(final int value) {
      this.targetFileSizeMultiplier = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setTtl(final long value) {
      this.ttl = value;
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setWriteBufferSize(final long value) {
      this.writeBufferSize = value;
      return this;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long softPendingCompactionBytesLimit() {
      return softPendingCompactionBytesLimit;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long targetFileSizeBase() {
      return targetFileSizeBase;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int targetFileSizeMultiplier() {
      return targetFileSizeMultiplier;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long ttl() {
      return ttl;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long writeBufferSize() {
      return writeBufferSize;
    }

  }
  /** Mirrors RocksJava's {@code MiscOption}. */
  public enum MiscOption implements MutableColumnFamilyOptions.MutableColumnFamilyOptionKey {
    max_sequential_skip_in_iterations(MutableOptionKey.ValueType.LONG),
    paranoid_file_checks(MutableOptionKey.ValueType.BOOLEAN),
    report_bg_io_stats(MutableOptionKey.ValueType.BOOLEAN),
    compression(MutableOptionKey.ValueType.ENUM);

    private final MutableOptionKey.ValueType getValueType_;

    MiscOption(MutableOptionKey.ValueType getValueType) {
      this.getValueType_ = getValueType;
    }

    /** Returns the same value as RocksJava's constant. */
    public MutableOptionKey.ValueType getValueType() {
      return getValueType_;
    }

  }
  /** Mirrors RocksJava's {@code BlobOption}. */
  public enum BlobOption implements MutableColumnFamilyOptions.MutableColumnFamilyOptionKey {
    enable_blob_files(MutableOptionKey.ValueType.BOOLEAN),
    min_blob_size(MutableOptionKey.ValueType.LONG),
    blob_file_size(MutableOptionKey.ValueType.LONG),
    blob_compression_type(MutableOptionKey.ValueType.ENUM),
    enable_blob_garbage_collection(MutableOptionKey.ValueType.BOOLEAN),
    blob_garbage_collection_age_cutoff(MutableOptionKey.ValueType.DOUBLE),
    blob_garbage_collection_force_threshold(MutableOptionKey.ValueType.DOUBLE),
    blob_compaction_readahead_size(MutableOptionKey.ValueType.LONG),
    blob_file_starting_level(MutableOptionKey.ValueType.INT),
    prepopulate_blob_cache(MutableOptionKey.ValueType.ENUM);

    private final MutableOptionKey.ValueType getValueType_;

    BlobOption(MutableOptionKey.ValueType getValueType) {
      this.getValueType_ = getValueType;
    }

    /** Returns the same value as RocksJava's constant. */
    public MutableOptionKey.ValueType getValueType() {
      return getValueType_;
    }

  }
  /** Mirrors RocksJava's {@code CompactionOption}. */
  public enum CompactionOption implements MutableColumnFamilyOptions.MutableColumnFamilyOptionKey {
    disable_auto_compactions(MutableOptionKey.ValueType.BOOLEAN),
    soft_pending_compaction_bytes_limit(MutableOptionKey.ValueType.LONG),
    hard_pending_compaction_bytes_limit(MutableOptionKey.ValueType.LONG),
    level0_file_num_compaction_trigger(MutableOptionKey.ValueType.INT),
    level0_slowdown_writes_trigger(MutableOptionKey.ValueType.INT),
    level0_stop_writes_trigger(MutableOptionKey.ValueType.INT),
    max_compaction_bytes(MutableOptionKey.ValueType.LONG),
    target_file_size_base(MutableOptionKey.ValueType.LONG),
    target_file_size_multiplier(MutableOptionKey.ValueType.INT),
    max_bytes_for_level_base(MutableOptionKey.ValueType.LONG),
    max_bytes_for_level_multiplier(MutableOptionKey.ValueType.INT),
    max_bytes_for_level_multiplier_additional(MutableOptionKey.ValueType.INT_ARRAY),
    ttl(MutableOptionKey.ValueType.LONG),
    periodic_compaction_seconds(MutableOptionKey.ValueType.LONG),
    read_triggered_compaction_threshold(MutableOptionKey.ValueType.DOUBLE);

    private final MutableOptionKey.ValueType getValueType_;

    CompactionOption(MutableOptionKey.ValueType getValueType) {
      this.getValueType_ = getValueType;
    }

    /** Returns the same value as RocksJava's constant. */
    public MutableOptionKey.ValueType getValueType() {
      return getValueType_;
    }

  }
  /** Mirrors RocksJava's {@code MemtableOption}. */
  public enum MemtableOption implements MutableColumnFamilyOptions.MutableColumnFamilyOptionKey {
    write_buffer_size(MutableOptionKey.ValueType.LONG),
    arena_block_size(MutableOptionKey.ValueType.LONG),
    memtable_prefix_bloom_size_ratio(MutableOptionKey.ValueType.DOUBLE),
    memtable_whole_key_filtering(MutableOptionKey.ValueType.BOOLEAN),
    memtable_prefix_bloom_bits(MutableOptionKey.ValueType.INT),
    memtable_prefix_bloom_probes(MutableOptionKey.ValueType.INT),
    memtable_huge_page_size(MutableOptionKey.ValueType.LONG),
    max_successive_merges(MutableOptionKey.ValueType.LONG),
    filter_deletes(MutableOptionKey.ValueType.BOOLEAN),
    max_write_buffer_number(MutableOptionKey.ValueType.INT),
    inplace_update_num_locks(MutableOptionKey.ValueType.LONG),
    experimental_mempurge_threshold(MutableOptionKey.ValueType.DOUBLE),
    min_tombstones_for_range_conversion(MutableOptionKey.ValueType.INT);

    private final MutableOptionKey.ValueType getValueType_;

    MemtableOption(MutableOptionKey.ValueType getValueType) {
      this.getValueType_ = getValueType;
    }

    /** Returns the same value as RocksJava's constant. */
    public MutableOptionKey.ValueType getValueType() {
      return getValueType_;
    }

  }
  /** Mirrors RocksJava's {@code MutableColumnFamilyOptionKey}. */
  private interface MutableColumnFamilyOptionKey extends MutableOptionKey {
  }
}
