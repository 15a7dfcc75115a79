package dev.purerocks;

/** Mirrors RocksJava's {@code ColumnFamilyOptions}. */
public class ColumnFamilyOptions extends RocksObject implements ColumnFamilyOptionsInterface<ColumnFamilyOptions>, MutableColumnFamilyOptionsInterface<ColumnFamilyOptions> {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public ColumnFamilyOptions() {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public ColumnFamilyOptions(final ColumnFamilyOptions value) {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public ColumnFamilyOptions(final Options value) {
    super(NativeHandles.next());
  }

  private long arenaBlockSize = 0L;
  private long blobCompactionReadaheadSize = 0L;
  private CompressionType blobCompressionType = CompressionType.NO_COMPRESSION;
  private long blobFileSize = 268435456L;
  private int blobFileStartingLevel = 0;
  private double blobGarbageCollectionAgeCutoff = 0.25;
  private double blobGarbageCollectionForceThreshold = 1.0;
  private int bloomLocality = 0;
  private CompressionOptions bottommostCompressionOptions = null;
  private CompressionType bottommostCompressionType = CompressionType.DISABLE_COMPRESSION_OPTION;
  private java.util.Collection<DbPath> cfPaths;
  private AbstractCompactionFilter<? extends AbstractSlice<?>> compactionFilter = null;
  private AbstractCompactionFilterFactory<? extends AbstractCompactionFilter<?>> compactionFilterFactory = null;
  private CompactionOptionsFIFO compactionOptionsFIFO = null;
  private CompactionOptionsUniversal compactionOptionsUniversal = null;
  private CompactionPriority compactionPriority = CompactionPriority.MinOverlappingRatio;
  private CompactionStyle compactionStyle = CompactionStyle.LEVEL;
  private ConcurrentTaskLimiter compactionThreadLimiter = null;
  private AbstractComparator comparator;
  private BuiltinComparator comparatorBuiltinComparator;
  private CompressionOptions compressionOptions = null;
  private java.util.List<CompressionType> compressionPerLevel = new java.util.ArrayList<>();
  private CompressionType compressionType = CompressionType.LZ4_COMPRESSION;
  private boolean disableAutoCompactions = false;
  private boolean enableBlobFiles = false;
  private boolean enableBlobGarbageCollection = false;
  private double experimentalMempurgeThreshold = 0.0;
  private boolean forceConsistencyChecks = true;
  private long hardPendingCompactionBytesLimit = 274877906944L;
  private long inplaceUpdateNumLocks = 10000L;
  private boolean inplaceUpdateSupport = false;
  private int level0FileNumCompactionTrigger = 4;
  private int level0SlowdownWritesTrigger = 20;
  private int level0StopWritesTrigger = 36;
  private boolean levelCompactionDynamicLevelBytes = true;
  private int levelZeroFileNumCompactionTrigger = 4;
  private int levelZeroSlowdownWritesTrigger = 20;
  private int levelZeroStopWritesTrigger = 36;
  private long maxBytesForLevelBase = 268435456L;
  private double maxBytesForLevelMultiplier = 10.0;
  private int[] maxBytesForLevelMultiplierAdditional = new int[] {1, 1, 1, 1, 1, 1, 1};
  private long maxCompactionBytes = 0L;
  private long maxSequentialSkipInIterations = 8L;
  private long maxSuccessiveMerges = 0L;
  private long maxTableFilesSizeFIFO = 1073741824L;
  private int maxWriteBufferNumber = 2;
  private MemTableConfig memTableConfig = null;
  private long memtableHugePageSize = 0L;
  private int memtableMaxRangeDeletions = 0;
  private double memtablePrefixBloomSizeRatio = 0.0;
  private boolean memtableWholeKeyFiltering = false;
  private MergeOperator mergeOperator;
  private String mergeOperatorName;
  private long minBlobSize = 0L;
  private int minTombstonesForRangeConversion = 0;
  private int minWriteBufferNumberToMerge = 1;
  private int numLevels = 7;
  private boolean optimizeFiltersForHits = false;
  private boolean paranoidFileChecks = false;
  private long periodicCompactionSeconds = -2L;
  private PrepopulateBlobCache prepopulateBlobCache = PrepopulateBlobCache.PREPOPULATE_BLOB_DISABLE;
  private double readTriggeredCompactionThreshold = 0.0;
  private boolean reportBgIoStats = false;
  private long softPendingCompactionBytesLimit = 68719476736L;
  private SstPartitionerFactory sstPartitionerFactory = null;
  private TableFormatConfig tableFormatConfig = null;
  private long targetFileSizeBase = 67108864L;
  private int targetFileSizeMultiplier = 1;
  private long ttl = -2L;
  private long writeBufferSize = 67108864L;

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

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<DbPath> cfPaths() {
    throw Unsupported.unchecked("ColumnFamilyOptions.cfPaths");
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
    return compressionPerLevel;
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
    return levelZeroFileNumCompactionTrigger;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int levelZeroSlowdownWritesTrigger() {
    return levelZeroSlowdownWritesTrigger;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int levelZeroStopWritesTrigger() {
    return levelZeroStopWritesTrigger;
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
    return maxBytesForLevelMultiplierAdditional;
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

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String memTableFactoryName() {
    throw Unsupported.unchecked("ColumnFamilyOptions.memTableFactoryName");
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

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyOptions optimizeForPointLookup(final long value) {
    throw Unsupported.unchecked("ColumnFamilyOptions.optimizeForPointLookup");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyOptions optimizeForSmallDb() {
    throw Unsupported.unchecked("ColumnFamilyOptions.optimizeForSmallDb");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyOptions optimizeForSmallDb(final Cache value) {
    throw Unsupported.unchecked("ColumnFamilyOptions.optimizeForSmallDb");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyOptions optimizeLevelStyleCompaction() {
    throw Unsupported.unchecked("ColumnFamilyOptions.optimizeLevelStyleCompaction");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyOptions optimizeLevelStyleCompaction(final long value) {
    throw Unsupported.unchecked("ColumnFamilyOptions.optimizeLevelStyleCompaction");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyOptions optimizeUniversalStyleCompaction() {
    throw Unsupported.unchecked("ColumnFamilyOptions.optimizeUniversalStyleCompaction");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyOptions optimizeUniversalStyleCompaction(final long value) {
    throw Unsupported.unchecked("ColumnFamilyOptions.optimizeUniversalStyleCompaction");
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
    this.cfPaths = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setCompactionFilter(final AbstractCompactionFilter<? extends AbstractSlice<?>> value) {
    this.compactionFilter = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setCompactionFilterFactory(final AbstractCompactionFilterFactory<? extends AbstractCompactionFilter<?>> value) {
    this.compactionFilterFactory = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setCompactionOptionsFIFO(final CompactionOptionsFIFO value) {
    this.compactionOptionsFIFO = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setCompactionOptionsUniversal(final CompactionOptionsUniversal value) {
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
    this.compactionThreadLimiter = value;
    return this;
  }

  /** Stores the value for the engine. */
  public ColumnFamilyOptions setComparator(final AbstractComparator value) {
    java.util.Objects.requireNonNull(value);
    this.comparator = value;
    return this;
  }

  /** Stores the value for the engine. */
  public ColumnFamilyOptions setComparator(final BuiltinComparator value) {
    java.util.Objects.requireNonNull(value);
    this.comparatorBuiltinComparator = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setCompressionOptions(final CompressionOptions value) {
    this.compressionOptions = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setCompressionPerLevel(final java.util.List<CompressionType> value) {
    this.compressionPerLevel = value;
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
    this.levelZeroFileNumCompactionTrigger = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setLevelZeroSlowdownWritesTrigger(final int value) {
    this.levelZeroSlowdownWritesTrigger = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setLevelZeroStopWritesTrigger(final int value) {
    this.levelZeroStopWritesTrigger = value;
    return this;
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
    this.mergeOperator = value;
    return this;
  }

  /** Stores the value for the engine. */
  public ColumnFamilyOptions setMergeOperatorName(final String value) {
    this.mergeOperatorName = value;
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
    this.sstPartitionerFactory = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public ColumnFamilyOptions setTableFormatConfig(final TableFormatConfig value) {
    java.util.Objects.requireNonNull(value);
    this.tableFormatConfig = value;
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

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String tableFactoryName() {
    throw Unsupported.unchecked("ColumnFamilyOptions.tableFactoryName");
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

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyOptions useCappedPrefixExtractor(final int value) {
    throw Unsupported.unchecked("ColumnFamilyOptions.useCappedPrefixExtractor");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public ColumnFamilyOptions useFixedLengthPrefixExtractor(final int value) {
    throw Unsupported.unchecked("ColumnFamilyOptions.useFixedLengthPrefixExtractor");
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long writeBufferSize() {
    return writeBufferSize;
  }

}
