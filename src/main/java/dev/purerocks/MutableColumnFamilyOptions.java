package dev.purerocks;

/** Mirrors RocksJava's {@code MutableColumnFamilyOptions}. */
public class MutableColumnFamilyOptions extends AbstractMutableOptions {
  /** Built by the builder or the parser. */
  MutableColumnFamilyOptions(final String[] keys, final String[] values) {
    super(keys, values);
  }

  /** Behaves as RocksJava's member of the same name. */
  public static MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder builder() {
    return new MutableColumnFamilyOptionsBuilder();
  }

  /** Behaves as RocksJava's member of the same name. */
  public static MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder parse(final String p0, final boolean p1) {
    return new MutableColumnFamilyOptionsBuilder().parseText(p0, p1);
  }

  /** Behaves as RocksJava's member of the same name. */
  public static MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder parse(final String value) {
    return parse(value, false);
  }

  /** Mirrors RocksJava's {@code MutableColumnFamilyOptionsBuilder}. */
  public static class MutableColumnFamilyOptionsBuilder extends AbstractMutableOptions.AbstractMutableOptionsBuilder<MutableColumnFamilyOptions, MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder, MutableColumnFamilyOptions.MutableColumnFamilyOptionKey> implements MutableColumnFamilyOptionsInterface<MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder> {
    /** Not for callers: RocksJava gives this class no accessible constructor. */
    MutableColumnFamilyOptionsBuilder() {
      super();
    }


    /** Behaves as RocksJava's member of the same name. */
    protected java.util.Map<String, MutableColumnFamilyOptions.MutableColumnFamilyOptionKey> allKeys() {
      final java.util.Map<String, MutableColumnFamilyOptions.MutableColumnFamilyOptionKey> keys = new java.util.LinkedHashMap<>();
      for (final BlobOption k : BlobOption.values()) {
        keys.put(k.name(), k);
      }
      for (final CompactionOption k : CompactionOption.values()) {
        keys.put(k.name(), k);
      }
      for (final MemtableOption k : MemtableOption.values()) {
        keys.put(k.name(), k);
      }
      for (final MiscOption k : MiscOption.values()) {
        keys.put(k.name(), k);
      }
      return keys;
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long arenaBlockSize() {
      return getLong(MemtableOption.arena_block_size);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long blobCompactionReadaheadSize() {
      return getLong(BlobOption.blob_compaction_readahead_size);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public CompressionType blobCompressionType() {
      return getEnum(BlobOption.blob_compression_type);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long blobFileSize() {
      return getLong(BlobOption.blob_file_size);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int blobFileStartingLevel() {
      return getInt(BlobOption.blob_file_starting_level);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public double blobGarbageCollectionAgeCutoff() {
      return getDouble(BlobOption.blob_garbage_collection_age_cutoff);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public double blobGarbageCollectionForceThreshold() {
      return getDouble(BlobOption.blob_garbage_collection_force_threshold);
    }

    /** Behaves as RocksJava's member of the same name. */
    protected MutableColumnFamilyOptions build(final String[] p0, final String[] p1) {
      return new MutableColumnFamilyOptions(p0, p1);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public CompressionType compressionType() {
      return getEnum(MiscOption.compression);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public boolean disableAutoCompactions() {
      return getBoolean(CompactionOption.disable_auto_compactions);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public boolean enableBlobFiles() {
      return getBoolean(BlobOption.enable_blob_files);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public boolean enableBlobGarbageCollection() {
      return getBoolean(BlobOption.enable_blob_garbage_collection);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public double experimentalMempurgeThreshold() {
      return getDouble(MemtableOption.experimental_mempurge_threshold);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long hardPendingCompactionBytesLimit() {
      return getLong(CompactionOption.hard_pending_compaction_bytes_limit);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long inplaceUpdateNumLocks() {
      return getLong(MemtableOption.inplace_update_num_locks);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int level0FileNumCompactionTrigger() {
      return getInt(CompactionOption.level0_file_num_compaction_trigger);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int level0SlowdownWritesTrigger() {
      return getInt(CompactionOption.level0_slowdown_writes_trigger);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int level0StopWritesTrigger() {
      return getInt(CompactionOption.level0_stop_writes_trigger);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long maxBytesForLevelBase() {
      return getLong(CompactionOption.max_bytes_for_level_base);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public double maxBytesForLevelMultiplier() {
      return getDouble(CompactionOption.max_bytes_for_level_multiplier);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int[] maxBytesForLevelMultiplierAdditional() {
      return getIntArray(CompactionOption.max_bytes_for_level_multiplier_additional);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long maxCompactionBytes() {
      return getLong(CompactionOption.max_compaction_bytes);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long maxSequentialSkipInIterations() {
      return getLong(MiscOption.max_sequential_skip_in_iterations);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long maxSuccessiveMerges() {
      return getLong(MemtableOption.max_successive_merges);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int maxWriteBufferNumber() {
      return getInt(MemtableOption.max_write_buffer_number);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long memtableHugePageSize() {
      return getLong(MemtableOption.memtable_huge_page_size);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public double memtablePrefixBloomSizeRatio() {
      return getDouble(MemtableOption.memtable_prefix_bloom_size_ratio);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public boolean memtableWholeKeyFiltering() {
      return getBoolean(MemtableOption.memtable_whole_key_filtering);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long minBlobSize() {
      return getLong(BlobOption.min_blob_size);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int minTombstonesForRangeConversion() {
      return getInt(MemtableOption.min_tombstones_for_range_conversion);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public boolean paranoidFileChecks() {
      return getBoolean(MiscOption.paranoid_file_checks);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long periodicCompactionSeconds() {
      return getLong(CompactionOption.periodic_compaction_seconds);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public PrepopulateBlobCache prepopulateBlobCache() {
      return getEnum(BlobOption.prepopulate_blob_cache);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public double readTriggeredCompactionThreshold() {
      return getDouble(CompactionOption.read_triggered_compaction_threshold);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public boolean reportBgIoStats() {
      return getBoolean(MiscOption.report_bg_io_stats);
    }

    /** Behaves as RocksJava's member of the same name. */
    protected MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder self() {
      return this;
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setArenaBlockSize(final long value) {
      return setLong(MemtableOption.arena_block_size, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setBlobCompactionReadaheadSize(final long value) {
      return setLong(BlobOption.blob_compaction_readahead_size, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setBlobCompressionType(final CompressionType value) {
      return setEnum(BlobOption.blob_compression_type, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setBlobFileSize(final long value) {
      return setLong(BlobOption.blob_file_size, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setBlobFileStartingLevel(final int value) {
      return setInt(BlobOption.blob_file_starting_level, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setBlobGarbageCollectionAgeCutoff(final double value) {
      return setDouble(BlobOption.blob_garbage_collection_age_cutoff, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setBlobGarbageCollectionForceThreshold(final double value) {
      return setDouble(BlobOption.blob_garbage_collection_force_threshold, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setCompressionType(final CompressionType value) {
      return setEnum(MiscOption.compression, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setDisableAutoCompactions(final boolean value) {
      return setBoolean(CompactionOption.disable_auto_compactions, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setEnableBlobFiles(final boolean value) {
      return setBoolean(BlobOption.enable_blob_files, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setEnableBlobGarbageCollection(final boolean value) {
      return setBoolean(BlobOption.enable_blob_garbage_collection, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setExperimentalMempurgeThreshold(final double value) {
      return setDouble(MemtableOption.experimental_mempurge_threshold, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setHardPendingCompactionBytesLimit(final long value) {
      return setLong(CompactionOption.hard_pending_compaction_bytes_limit, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setInplaceUpdateNumLocks(final long value) {
      return setLong(MemtableOption.inplace_update_num_locks, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setLevel0FileNumCompactionTrigger(final int value) {
      return setInt(CompactionOption.level0_file_num_compaction_trigger, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setLevel0SlowdownWritesTrigger(final int value) {
      return setInt(CompactionOption.level0_slowdown_writes_trigger, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setLevel0StopWritesTrigger(final int value) {
      return setInt(CompactionOption.level0_stop_writes_trigger, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMaxBytesForLevelBase(final long value) {
      return setLong(CompactionOption.max_bytes_for_level_base, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMaxBytesForLevelMultiplier(final double value) {
      return setDouble(CompactionOption.max_bytes_for_level_multiplier, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMaxBytesForLevelMultiplierAdditional(final int[] value) {
      return setIntArray(CompactionOption.max_bytes_for_level_multiplier_additional, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMaxCompactionBytes(final long value) {
      return setLong(CompactionOption.max_compaction_bytes, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMaxSequentialSkipInIterations(final long value) {
      return setLong(MiscOption.max_sequential_skip_in_iterations, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMaxSuccessiveMerges(final long value) {
      return setLong(MemtableOption.max_successive_merges, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMaxWriteBufferNumber(final int value) {
      return setInt(MemtableOption.max_write_buffer_number, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMemtableHugePageSize(final long value) {
      return setLong(MemtableOption.memtable_huge_page_size, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMemtablePrefixBloomSizeRatio(final double value) {
      return setDouble(MemtableOption.memtable_prefix_bloom_size_ratio, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMemtableWholeKeyFiltering(final boolean value) {
      return setBoolean(MemtableOption.memtable_whole_key_filtering, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMinBlobSize(final long value) {
      return setLong(BlobOption.min_blob_size, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setMinTombstonesForRangeConversion(final int value) {
      return setInt(MemtableOption.min_tombstones_for_range_conversion, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setParanoidFileChecks(final boolean value) {
      return setBoolean(MiscOption.paranoid_file_checks, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setPeriodicCompactionSeconds(final long value) {
      return setLong(CompactionOption.periodic_compaction_seconds, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setPrepopulateBlobCache(final PrepopulateBlobCache value) {
      return setEnum(BlobOption.prepopulate_blob_cache, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setReadTriggeredCompactionThreshold(final double value) {
      return setDouble(CompactionOption.read_triggered_compaction_threshold, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setReportBgIoStats(final boolean value) {
      return setBoolean(MiscOption.report_bg_io_stats, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setSoftPendingCompactionBytesLimit(final long value) {
      return setLong(CompactionOption.soft_pending_compaction_bytes_limit, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setTargetFileSizeBase(final long value) {
      return setLong(CompactionOption.target_file_size_base, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setTargetFileSizeMultiplier(final int value) {
      return setInt(CompactionOption.target_file_size_multiplier, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setTtl(final long value) {
      return setLong(CompactionOption.ttl, value);
    }

    /** Stores the value; see the matching getter. */
    public MutableColumnFamilyOptions.MutableColumnFamilyOptionsBuilder setWriteBufferSize(final long value) {
      return setLong(MemtableOption.write_buffer_size, value);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long softPendingCompactionBytesLimit() {
      return getLong(CompactionOption.soft_pending_compaction_bytes_limit);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long targetFileSizeBase() {
      return getLong(CompactionOption.target_file_size_base);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public int targetFileSizeMultiplier() {
      return getInt(CompactionOption.target_file_size_multiplier);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long ttl() {
      return getLong(CompactionOption.ttl);
    }

    /** Returns the stored value (RocksJava's default until set). */
    public long writeBufferSize() {
      return getLong(MemtableOption.write_buffer_size);
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
