package dev.purerocks;

/**
 * The options of one column family: memtable, comparator, merge operator, prefix extractor, and the
 * table and compaction settings stored for later. Mirrors {@code org.rocksdb.ColumnFamilyOptions};
 * the engine reads {@code memTableFactory()}, {@code javaComparator()}, {@code builtinComparator()},
 * {@code mergeOperator()}, {@code mergeOperatorName()}, {@code prefixExtractorKind()}, {@code
 * prefixExtractorLength()} and the package-private fields.
 */
public class ColumnFamilyOptions extends RocksObject implements ColumnFamilyOptionsInterface<ColumnFamilyOptions>, MutableColumnFamilyOptionsInterface<ColumnFamilyOptions> {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public ColumnFamilyOptions() {
    super(NativeHandles.next());
  }

  /** Copies everything, the option values and the Java objects last given to setters alike. */
  public ColumnFamilyOptions(final ColumnFamilyOptions value) {
    super(NativeHandles.next());
    copyValuesFrom(value);
    final ColumnFamilyOptions o = value;
    this.bottommostCompressionOptions = o.bottommostCompressionOptions;
    this.compactionFilter = o.compactionFilter;
    this.compactionFilterFactory = o.compactionFilterFactory;
    this.compactionOptionsFIFO = o.compactionOptionsFIFO;
    this.compactionOptionsUniversal = o.compactionOptionsUniversal;
    this.compactionThreadLimiter = o.compactionThreadLimiter;
    this.compressionOptions = o.compressionOptions;
    this.memTableConfig = o.memTableConfig;
    this.sstPartitionerFactory = o.sstPartitionerFactory;
    this.tableFormatConfig = o.tableFormatConfig;
  }

  /** Copies the option values of {@code Options}' column-family half, as RocksJava does. */
  public ColumnFamilyOptions(final Options value) {
    super(NativeHandles.next());
    copyValuesFrom(value.cf);
  }

  /**
   * Copies the option values, not the Java objects last given to object-valued setters: what
   * RocksJava copies when it builds one options object from another of a different class.
   */
  final void copyValuesFrom(final ColumnFamilyOptions o) {
    this.arenaBlockSize = o.arenaBlockSize;
    this.blobCompactionReadaheadSize = o.blobCompactionReadaheadSize;
    this.blobCompressionType = o.blobCompressionType;
    this.blobFileSize = o.blobFileSize;
    this.blobFileStartingLevel = o.blobFileStartingLevel;
    this.blobGarbageCollectionAgeCutoff = o.blobGarbageCollectionAgeCutoff;
    this.blobGarbageCollectionForceThreshold = o.blobGarbageCollectionForceThreshold;
    this.bloomLocality = o.bloomLocality;
    this.bottommostCompressionType = o.bottommostCompressionType;
    this.cfPaths = new java.util.ArrayList<>(o.cfPaths);
    this.compactionPriority = o.compactionPriority;
    this.compactionStyle = o.compactionStyle;
    this.compressionPerLevel = new java.util.ArrayList<>(o.compressionPerLevel);
    this.compressionType = o.compressionType;
    this.disableAutoCompactions = o.disableAutoCompactions;
    this.enableBlobFiles = o.enableBlobFiles;
    this.enableBlobGarbageCollection = o.enableBlobGarbageCollection;
    this.experimentalMempurgeThreshold = o.experimentalMempurgeThreshold;
    this.forceConsistencyChecks = o.forceConsistencyChecks;
    this.hardPendingCompactionBytesLimit = o.hardPendingCompactionBytesLimit;
    this.inplaceUpdateNumLocks = o.inplaceUpdateNumLocks;
    this.inplaceUpdateSupport = o.inplaceUpdateSupport;
    this.level0FileNumCompactionTrigger = o.level0FileNumCompactionTrigger;
    this.level0SlowdownWritesTrigger = o.level0SlowdownWritesTrigger;
    this.level0StopWritesTrigger = o.level0StopWritesTrigger;
    this.levelCompactionDynamicLevelBytes = o.levelCompactionDynamicLevelBytes;
    this.maxBytesForLevelBase = o.maxBytesForLevelBase;
    this.maxBytesForLevelMultiplier = o.maxBytesForLevelMultiplier;
    this.maxBytesForLevelMultiplierAdditional = o.maxBytesForLevelMultiplierAdditional == null ? null : o.maxBytesForLevelMultiplierAdditional.clone();
    this.maxCompactionBytes = o.maxCompactionBytes;
    this.maxSequentialSkipInIterations = o.maxSequentialSkipInIterations;
    this.maxSuccessiveMerges = o.maxSuccessiveMerges;
    this.maxTableFilesSizeFIFO = o.maxTableFilesSizeFIFO;
    this.maxWriteBufferNumber = o.maxWriteBufferNumber;
    this.memtableHugePageSize = o.memtableHugePageSize;
    this.memtableMaxRangeDeletions = o.memtableMaxRangeDeletions;
    this.memtablePrefixBloomSizeRatio = o.memtablePrefixBloomSizeRatio;
    this.memtableWholeKeyFiltering = o.memtableWholeKeyFiltering;
    this.minBlobSize = o.minBlobSize;
    this.minTombstonesForRangeConversion = o.minTombstonesForRangeConversion;
    this.minWriteBufferNumberToMerge = o.minWriteBufferNumberToMerge;
    this.numLevels = o.numLevels;
    this.optimizeFiltersForHits = o.optimizeFiltersForHits;
    this.paranoidFileChecks = o.paranoidFileChecks;
    this.periodicCompactionSeconds = o.periodicCompactionSeconds;
    this.prepopulateBlobCache = o.prepopulateBlobCache;
    this.readTriggeredCompactionThreshold = o.readTriggeredCompactionThreshold;
    this.reportBgIoStats = o.reportBgIoStats;
    this.softPendingCompactionBytesLimit = o.softPendingCompactionBytesLimit;
    this.targetFileSizeBase = o.targetFileSizeBase;
    this.targetFileSizeMultiplier = o.targetFileSizeMultiplier;
    this.ttl = o.ttl;
    this.writeBufferSize = o.writeBufferSize;
    copyEngineState(o.memTableFactory, o.tableFactory, o.javaComparator, o.builtinComparator, o.mergeOperatorObject, o.mergeOperatorByName, o.prefixExtractorKind, o.prefixExtractorLength);
  }

  long arenaBlockSize = 0L;
  long blobCompactionReadaheadSize = 0L;
  CompressionType blobCompressionType = CompressionType.NO_COMPRESSION;
  long blobFileSize = 268435456L;
  int blobFileStartingLevel = 0;
  double blobGarbageCollectionAgeCutoff = 0.25;
  double blobGarbageCollectionForceThreshold = 1.0;
  int bloomLocality = 0;
  CompressionOptions bottommostCompressionOptions = null;
  CompressionType bottommostCompressionType = CompressionType.DISABLE_COMPRESSION_OPTION;
  java.util.Collection<DbPath> cfPaths = new java.util.ArrayList<>();
  AbstractCompactionFilter<? extends AbstractSlice<?>> compactionFilter = null;
  AbstractCompactionFilterFactory<? extends AbstractCompactionFilter<?>> compactionFilterFactory = null;
  CompactionOptionsFIFO compactionOptionsFIFO = null;
  CompactionOptionsUniversal compactionOptionsUniversal = null;
  CompactionPriority compactionPriority = CompactionPriority.MinOverlappingRatio;
  CompactionStyle compactionStyle = CompactionStyle.LEVEL;
  ConcurrentTaskLimiter compactionThreadLimiter = null;
  CompressionOptions compressionOptions = null;
  java.util.List<CompressionType> compressionPerLevel = new java.util.ArrayList<>();
  CompressionType compressionType = CompressionType.LZ4_COMPRESSION;
  boolean disableAutoCompactions = false;
  boolean enableBlobFiles = false;
  boolean enableBlobGarbageCollection = false;
  double experimentalMempurgeThreshold = 0.0;
  boolean forceConsistencyChecks = true;
  long hardPendingCompactionBytesLimit = 274877906944L;
  long inplaceUpdateNumLocks = 10000L;
  boolean inplaceUpdateSupport = false;
  int level0FileNumCompactionTrigger = 4;
  int level0SlowdownWritesTrigger = 20;
  int level0StopWritesTrigger = 36;
  boolean levelCompactionDynamicLevelBytes = true;
  long maxBytesForLevelBase = 268435456L;
  double maxBytesForLevelMultiplier = 10.0;
  int[] maxBytesForLevelMultiplierAdditional = new int[] {1, 1, 1, 1, 1, 1, 1};
  long maxCompactionBytes = 0L;
  long maxSequentialSkipInIterations = 8L;
  long maxSuccessiveMerges = 0L;
  long maxTableFilesSizeFIFO = 1073741824L;
  int maxWriteBufferNumber = 2;
  MemTableConfig memTableConfig = null;
  long memtableHugePageSize = 0L;
  int memtableMaxRangeDeletions = 0;
  double memtablePrefixBloomSizeRatio = 0.0;
  boolean memtableWholeKeyFiltering = false;
  long minBlobSize = 0L;
  int minTombstonesForRangeConversion = 0;
  int minWriteBufferNumberToMerge = 1;
  int numLevels = 7;
  boolean optimizeFiltersForHits = false;
  boolean paranoidFileChecks = false;
  long periodicCompactionSeconds = -2L;
  PrepopulateBlobCache prepopulateBlobCache = PrepopulateBlobCache.PREPOPULATE_BLOB_DISABLE;
  double readTriggeredCompactionThreshold = 0.0;
  boolean reportBgIoStats = false;
  long softPendingCompactionBytesLimit = 68719476736L;
  SstPartitionerFactory sstPartitionerFactory = null;
  TableFormatConfig tableFormatConfig = null;
  long targetFileSizeBase = 67108864L;
  int targetFileSizeMultiplier = 1;
  long ttl = -2L;
  long writeBufferSize = 67108864L;

  // Engine-side state: what RocksDB's native options object would hold. The engine reads it via
  // the package-private accessors below; it is copied by every copy constructor, while the
  // Java-side references returned by the public getters (memTableConfig(), tableFormatConfig(),
  // compressionOptions()...) are copied only by the same-class copy constructor, as in RocksJava.
  MemTableConfig memTableFactory;
  TableFormatConfig tableFactory;
  AbstractComparator javaComparator;
  BuiltinComparator builtinComparator = BuiltinComparator.BYTEWISE_COMPARATOR;
  MergeOperator mergeOperatorObject;
  String mergeOperatorByName;
  int prefixExtractorKind; // PREFIX_NONE, PREFIX_FIXED or PREFIX_CAPPED
  int prefixExtractorLength;

  /** {@link #prefixExtractorKind()}: no prefix extractor. */
  static final int PREFIX_NONE = 0;
  /** {@link #prefixExtractorKind()}: {@code useFixedLengthPrefixExtractor}. */
  static final int PREFIX_FIXED = 1;
  /** {@link #prefixExtractorKind()}: {@code useCappedPrefixExtractor}. */
  static final int PREFIX_CAPPED = 2;

  /** For the engine: the memtable representation's config, or null for the default skiplist. */
  MemTableConfig memTableFactory() {
    return memTableFactory;
  }

  /** For the engine: the table format's config, or null for the default block-based table. */
  TableFormatConfig tableFactory() {
    return tableFactory;
  }

  /** For the engine: the Java comparator set last, or null when a built-in one is in force. */
  AbstractComparator javaComparator() {
    return javaComparator;
  }

  /** For the engine: the built-in comparator in force when {@link #javaComparator()} is null. */
  BuiltinComparator builtinComparator() {
    return builtinComparator;
  }

  /** For the engine: the merge operator object set last, or null. */
  MergeOperator mergeOperator() {
    return mergeOperatorObject;
  }

  /** For the engine: the merge operator name set last by {@code setMergeOperatorName}, or null. */
  String mergeOperatorName() {
    return mergeOperatorByName;
  }

  /** For the engine: {@link #PREFIX_NONE}, {@link #PREFIX_FIXED} or {@link #PREFIX_CAPPED}. */
  int prefixExtractorKind() {
    return prefixExtractorKind;
  }

  /** For the engine: the prefix extractor's length parameter (meaningless with PREFIX_NONE). */
  int prefixExtractorLength() {
    return prefixExtractorLength;
  }

  /** Copies the engine-side state of another options object of the column-family kind. */
  private void copyEngineState(
      final MemTableConfig memTableFactory,
      final TableFormatConfig tableFactory,
      final AbstractComparator javaComparator,
      final BuiltinComparator builtinComparator,
      final MergeOperator mergeOperator,
      final String mergeOperatorName,
      final int prefixExtractorKind,
      final int prefixExtractorLength) {
    this.memTableFactory = memTableFactory;
    this.tableFactory = tableFactory;
    this.javaComparator = javaComparator;
    this.builtinComparator = builtinComparator;
    this.mergeOperatorObject = mergeOperator;
    this.mergeOperatorByName = mergeOperatorName;
    this.prefixExtractorKind = prefixExtractorKind;
    this.prefixExtractorLength = prefixExtractorLength;
  }

  /** Returns RocksJava's name for a memtable config (RocksJava spells HashLinkedList so). */
  static String memTableFactoryNameOf(final MemTableConfig config) {
    if (config instanceof HashSkipListMemTableConfig) {
      return "HashSkipListRepFactory";
    }
    if (config instanceof HashLinkedListMemTableConfig) {
      return "HashLinkedListRepFactory";
    }
    if (config instanceof VectorMemTableConfig) {
      return "VectorRepFactory";
    }
    return "SkipListFactory";
  }

  /** Returns RocksDB's name for a table format config. */
  static String tableFactoryNameOf(final TableFormatConfig config) {
    return config instanceof PlainTableConfig ? "PlainTable" : "BlockBasedTable";
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
    // RocksJava indexes values() by the stored byte, so DISABLE_COMPRESSION_OPTION (0x7F) fails
    // with ArrayIndexOutOfBoundsException; reproduced deliberately.
    return CompressionType.values()[blobCompressionType.getValue()];
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

  /** Returns the stored value (RocksJava's default until set). */
  public int bloomLocality() {
    return bloomLocality;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public CompressionOptions bottommostCompressionOptions() {
    return bottommostCompressionOptions;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public CompressionType bottommostCompressionType() {
    return bottommostCompressionType;
  }

  /** Behaves as RocksJava's member of the same name. */
  public java.util.List<DbPath> cfPaths() {
    return new java.util.ArrayList<>(cfPaths);
  }

  /** Returns the stored value (RocksJava's default until set). */
  public AbstractCompactionFilter<? extends AbstractSlice<?>> compactionFilter() {
    return compactionFilter;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public AbstractCompactionFilterFactory<? extends AbstractCompactionFilter<?>> compactionFilterFactory() {
    return compactionFilterFactory;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public CompactionOptionsFIFO compactionOptionsFIFO() {
    return compactionOptionsFIFO;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public CompactionOptionsUniversal compactionOptionsUniversal() {
    return compactionOptionsUniversal;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public CompactionPriority compactionPriority() {
    return compactionPriority;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public CompactionStyle compactionStyle() {
    return compactionStyle;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public ConcurrentTaskLimiter compactionThreadLimiter() {
    return compactionThreadLimiter;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public CompressionOptions compressionOptions() {
    return compressionOptions;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public java.util.List<CompressionType> compressionPerLevel() {
    return compressionPerLevel == null ? null : new java.util.ArrayList<>(compressionPerLevel); // a copy, as RocksJava builds a new list
  }

  /** Returns the stored value (RocksJava's default until set). */
  public CompressionType compressionType() {
    return compressionType;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean disableAutoCompactions() {
    return disableAutoCompactions;
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
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
  public boolean forceConsistencyChecks() {
    return forceConsistencyChecks;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static ColumnFamilyOptions getColumnFamilyOptionsFromProps(final java.util.Properties value) {
    throw Unsupported.unchecked("ColumnFamilyOptions.getColumnFamilyOptionsFromProps");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static ColumnFamilyOptions getColumnFamilyOptionsFromProps(final ConfigOptions p0, final java.util.Properties p1) {
    throw Unsupported.unchecked("ColumnFamilyOptions.getColumnFamilyOptionsFromProps");
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
  public boolean inplaceUpdateSupport() {
    return inplaceUpdateSupport;
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
  public boolean levelCompactionDynamicLevelBytes() {
    return levelCompactionDynamicLevelBytes;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int levelZeroFileNumCompactionTrigger() {
    return level0FileNumCompactionTrigger; // an alias, as in RocksJava
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int levelZeroSlowdownWritesTrigger() {
    return level0SlowdownWritesTrigger; // an alias, as in RocksJava
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int levelZeroStopWritesTrigger() {
    return level0StopWritesTrigger; // an alias, as in RocksJava
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
  public long maxTableFilesSizeFIFO() {
    return maxTableFilesSizeFIFO;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxWriteBufferNumber() {
    return maxWriteBufferNumber;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public MemTableConfig memTableConfig() {
    return memTableConfig;
  }

  /** Behaves as RocksJava's member of the same name. */
  public String memTableFactoryName() {
    return memTableFactoryNameOf(memTableFactory);
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long memtableHugePageSize() {
    return memtableHugePageSize;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int memtableMaxRangeDeletions() {
    return memtableMaxRangeDeletions;
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
  public int minWriteBufferNumberToMerge() {
    return minWriteBufferNumberToMerge;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int numLevels() {
    return numLevels;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyOptions oldDefaults(final int p0, final int p1) {
    throw Unsupported.unchecked("ColumnFamilyOptions.oldDefaults");
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean optimizeFiltersForHits() {
    return optimizeFiltersForHits;
  }

  /** Behaves as RocksJava's member of the same name. */
  public ColumnFamilyOptions optimizeForPointLookup(final long value) {
    // Sets what RocksDB's native method sets (measured against RocksJava 11.8.1).
    this.memtablePrefixBloomSizeRatio = 0.02;
    this.memtableWholeKeyFiltering = true;
    return this;
  }

  /** Behaves as RocksJava's member of the same name. */
  public ColumnFamilyOptions optimizeForSmallDb() {
    // Sets what RocksDB's native method sets (measured against RocksJava 11.8.1).
    this.writeBufferSize = 2L << 20;
    this.targetFileSizeBase = 2L << 20;
    this.maxBytesForLevelBase = 10L << 20;
    this.softPendingCompactionBytesLimit = 256L << 20;
    this.hardPendingCompactionBytesLimit = 1L << 30;
    return this;
  }

  /** Behaves as RocksJava's member of the same name. */
  public ColumnFamilyOptions optimizeForSmallDb(final Cache value) {
    // Sets what RocksDB's native method sets (measured against RocksJava 11.8.1).
    this.writeBufferSize = 2L << 20;
    this.targetFileSizeBase = 2L << 20;
    this.maxBytesForLevelBase = 10L << 20;
    this.softPendingCompactionBytesLimit = 256L << 20;
    this.hardPendingCompactionBytesLimit = 1L << 30;
    return this;
  }

  /** Behaves as RocksJava's member of the same name. */
  public ColumnFamilyOptions optimizeLevelStyleCompaction() {
    // Sets what RocksDB's native method sets (measured against RocksJava 11.8.1).
    return optimizeLevelStyleCompaction(512L << 20); // RocksDB's default memtable budget
  }

  /** Behaves as RocksJava's member of the same name. */
  public ColumnFamilyOptions optimizeLevelStyleCompaction(final long value) {
    // Sets what RocksDB's native method sets (measured against RocksJava 11.8.1).
    this.writeBufferSize = value / 4;
    this.minWriteBufferNumberToMerge = 2;
    this.maxWriteBufferNumber = 6;
    this.level0FileNumCompactionTrigger = 2;
    this.targetFileSizeBase = value / 8;
    this.maxBytesForLevelBase = value;
    this.compactionStyle = CompactionStyle.LEVEL;
    this.compressionPerLevel = levelStyleCompression(numLevels);
    return this;
  }

  /** Behaves as RocksJava's member of the same name. */
  public ColumnFamilyOptions optimizeUniversalStyleCompaction() {
    // Sets what RocksDB's native method sets (measured against RocksJava 11.8.1).
    return optimizeUniversalStyleCompaction(512L << 20); // RocksDB's default memtable budget
  }

  /** Behaves as RocksJava's member of the same name. */
  public ColumnFamilyOptions optimizeUniversalStyleCompaction(final long value) {
    // Sets what RocksDB's native method sets (measured against RocksJava 11.8.1).
    this.writeBufferSize = value / 4;
    this.minWriteBufferNumberToMerge = 2;
    this.maxWriteBufferNumber = 6;
    this.compactionStyle = CompactionStyle.UNIVERSAL;
    return this;
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

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setArenaBlockSize(final long value) {
    this.arenaBlockSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setBlobCompactionReadaheadSize(final long value) {
    this.blobCompactionReadaheadSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setBlobCompressionType(final CompressionType value) {
    java.util.Objects.requireNonNull(value);
    this.blobCompressionType = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setBlobFileSize(final long value) {
    this.blobFileSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setBlobFileStartingLevel(final int value) {
    this.blobFileStartingLevel = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setBlobGarbageCollectionAgeCutoff(final double value) {
    this.blobGarbageCollectionAgeCutoff = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setBlobGarbageCollectionForceThreshold(final double value) {
    this.blobGarbageCollectionForceThreshold = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setBloomLocality(final int value) {
    this.bloomLocality = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setBottommostCompressionOptions(final CompressionOptions value) {
    java.util.Objects.requireNonNull(value);
    this.bottommostCompressionOptions = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setBottommostCompressionType(final CompressionType value) {
    java.util.Objects.requireNonNull(value);
    this.bottommostCompressionType = value;
    return this;
  }

  /** Stores the value for the engine. */
  public ColumnFamilyOptions setCfPaths(final java.util.Collection<DbPath> value) {
    java.util.Objects.requireNonNull(value);
    this.cfPaths = new java.util.ArrayList<>(value); // copied, as RocksJava copies into native memory
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setCompactionFilter(final AbstractCompactionFilter<? extends AbstractSlice<?>> value) {
    java.util.Objects.requireNonNull(value);
    this.compactionFilter = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setCompactionFilterFactory(final AbstractCompactionFilterFactory<? extends AbstractCompactionFilter<?>> value) {
    java.util.Objects.requireNonNull(value);
    this.compactionFilterFactory = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setCompactionOptionsFIFO(final CompactionOptionsFIFO value) {
    java.util.Objects.requireNonNull(value);
    this.compactionOptionsFIFO = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setCompactionOptionsUniversal(final CompactionOptionsUniversal value) {
    java.util.Objects.requireNonNull(value);
    this.compactionOptionsUniversal = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setCompactionPriority(final CompactionPriority value) {
    java.util.Objects.requireNonNull(value);
    this.compactionPriority = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setCompactionStyle(final CompactionStyle value) {
    java.util.Objects.requireNonNull(value);
    this.compactionStyle = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setCompactionThreadLimiter(final ConcurrentTaskLimiter value) {
    java.util.Objects.requireNonNull(value);
    this.compactionThreadLimiter = value;
    return this;
  }

  /** Stores the value for the engine. */
  public ColumnFamilyOptions setComparator(final AbstractComparator value) {
    java.util.Objects.requireNonNull(value);
    this.javaComparator = value;
    return this;
  }

  /** Stores the value for the engine. */
  public ColumnFamilyOptions setComparator(final BuiltinComparator value) {
    java.util.Objects.requireNonNull(value);
    this.builtinComparator = value;
    this.javaComparator = null;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setCompressionOptions(final CompressionOptions value) {
    java.util.Objects.requireNonNull(value);
    this.compressionOptions = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setCompressionPerLevel(final java.util.List<CompressionType> value) {
    java.util.Objects.requireNonNull(value);
    this.compressionPerLevel = new java.util.ArrayList<>(value); // copied, as RocksJava copies into native memory
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setCompressionType(final CompressionType value) {
    java.util.Objects.requireNonNull(value);
    this.compressionType = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setDisableAutoCompactions(final boolean value) {
    this.disableAutoCompactions = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setEnableBlobFiles(final boolean value) {
    this.enableBlobFiles = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setEnableBlobGarbageCollection(final boolean value) {
    this.enableBlobGarbageCollection = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setExperimentalMempurgeThreshold(final double value) {
    this.experimentalMempurgeThreshold = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setForceConsistencyChecks(final boolean value) {
    this.forceConsistencyChecks = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setHardPendingCompactionBytesLimit(final long value) {
    this.hardPendingCompactionBytesLimit = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setInplaceUpdateNumLocks(final long value) {
    this.inplaceUpdateNumLocks = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setInplaceUpdateSupport(final boolean value) {
    this.inplaceUpdateSupport = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setLevel0FileNumCompactionTrigger(final int value) {
    this.level0FileNumCompactionTrigger = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setLevel0SlowdownWritesTrigger(final int value) {
    this.level0SlowdownWritesTrigger = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setLevel0StopWritesTrigger(final int value) {
    this.level0StopWritesTrigger = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setLevelCompactionDynamicLevelBytes(final boolean value) {
    this.levelCompactionDynamicLevelBytes = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setLevelZeroFileNumCompactionTrigger(final int value) {
    return setLevel0FileNumCompactionTrigger(value); // an alias, as in RocksJava
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setLevelZeroSlowdownWritesTrigger(final int value) {
    return setLevel0SlowdownWritesTrigger(value); // an alias, as in RocksJava
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setLevelZeroStopWritesTrigger(final int value) {
    return setLevel0StopWritesTrigger(value); // an alias, as in RocksJava
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setMaxBytesForLevelBase(final long value) {
    this.maxBytesForLevelBase = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setMaxBytesForLevelMultiplier(final double value) {
    this.maxBytesForLevelMultiplier = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setMaxBytesForLevelMultiplierAdditional(final int[] value) {
    this.maxBytesForLevelMultiplierAdditional = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setMaxCompactionBytes(final long value) {
    this.maxCompactionBytes = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setMaxSequentialSkipInIterations(final long value) {
    this.maxSequentialSkipInIterations = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setMaxSuccessiveMerges(final long value) {
    this.maxSuccessiveMerges = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setMaxTableFilesSizeFIFO(final long value) {
    assert value > 0; // RocksJava checks this only with assertions enabled
    this.maxTableFilesSizeFIFO = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setMaxWriteBufferNumber(final int value) {
    this.maxWriteBufferNumber = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setMemTableConfig(final MemTableConfig value) {
    java.util.Objects.requireNonNull(value);
    this.memTableConfig = value;
    this.memTableFactory = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setMemtableHugePageSize(final long value) {
    this.memtableHugePageSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setMemtableMaxRangeDeletions(final int value) {
    this.memtableMaxRangeDeletions = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setMemtablePrefixBloomSizeRatio(final double value) {
    this.memtablePrefixBloomSizeRatio = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setMemtableWholeKeyFiltering(final boolean value) {
    this.memtableWholeKeyFiltering = value;
    return this;
  }

  /** Stores the value for the engine. */
  public ColumnFamilyOptions setMergeOperator(final MergeOperator value) {
    java.util.Objects.requireNonNull(value);
    this.mergeOperatorObject = value;
    this.mergeOperatorByName = null;
    return this;
  }

  /** Stores the value for the engine. */
  public ColumnFamilyOptions setMergeOperatorName(final String value) {
    if (value == null) {
      throw new IllegalArgumentException("Merge operator name must not be null.");
    }
    this.mergeOperatorByName = value;
    this.mergeOperatorObject = null;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setMinBlobSize(final long value) {
    this.minBlobSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setMinTombstonesForRangeConversion(final int value) {
    this.minTombstonesForRangeConversion = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setMinWriteBufferNumberToMerge(final int value) {
    this.minWriteBufferNumberToMerge = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setNumLevels(final int value) {
    this.numLevels = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setOptimizeFiltersForHits(final boolean value) {
    this.optimizeFiltersForHits = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setParanoidFileChecks(final boolean value) {
    this.paranoidFileChecks = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setPeriodicCompactionSeconds(final long value) {
    this.periodicCompactionSeconds = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setPrepopulateBlobCache(final PrepopulateBlobCache value) {
    java.util.Objects.requireNonNull(value);
    this.prepopulateBlobCache = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setReadTriggeredCompactionThreshold(final double value) {
    this.readTriggeredCompactionThreshold = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setReportBgIoStats(final boolean value) {
    this.reportBgIoStats = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setSoftPendingCompactionBytesLimit(final long value) {
    this.softPendingCompactionBytesLimit = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setSstPartitionerFactory(final SstPartitionerFactory value) {
    java.util.Objects.requireNonNull(value);
    this.sstPartitionerFactory = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setTableFormatConfig(final TableFormatConfig value) {
    java.util.Objects.requireNonNull(value);
    this.tableFormatConfig = value;
    this.tableFactory = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setTargetFileSizeBase(final long value) {
    this.targetFileSizeBase = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setTargetFileSizeMultiplier(final int value) {
    this.targetFileSizeMultiplier = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setTtl(final long value) {
    this.ttl = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setWriteBufferSize(final long value) {
    this.writeBufferSize = value;
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long softPendingCompactionBytesLimit() {
    return softPendingCompactionBytesLimit;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public SstPartitionerFactory sstPartitionerFactory() {
    return sstPartitionerFactory;
  }

  /** Behaves as RocksJava's member of the same name. */
  public String tableFactoryName() {
    return tableFactoryNameOf(tableFactory);
  }

  /** Returns the stored value (RocksJava's default until set). */
  public TableFormatConfig tableFormatConfig() {
    return tableFormatConfig;
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

  /** Behaves as RocksJava's member of the same name. */
  public ColumnFamilyOptions useCappedPrefixExtractor(final int value) {
    this.prefixExtractorKind = PREFIX_CAPPED;
    this.prefixExtractorLength = value;
    return this;
  }

  /** Behaves as RocksJava's member of the same name. */
  public ColumnFamilyOptions useFixedLengthPrefixExtractor(final int value) {
    this.prefixExtractorKind = PREFIX_FIXED;
    this.prefixExtractorLength = value;
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long writeBufferSize() {
    return writeBufferSize;
  }

  /** Level-style compression per level as RocksDB's OptimizeLevelStyleCompaction sets it. */
  static java.util.List<CompressionType> levelStyleCompression(final int numLevels) {
    final java.util.List<CompressionType> list = new java.util.ArrayList<>();
    for (int i = 0; i < numLevels; i++) {
      list.add(i < 2 ? CompressionType.NO_COMPRESSION : CompressionType.LZ4_COMPRESSION);
    }
    return list;
  }

}
