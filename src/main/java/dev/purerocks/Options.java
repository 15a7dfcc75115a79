package dev.purerocks;

/** Mirrors RocksJava's {@code Options}. */
public class Options extends RocksObject implements DBOptionsInterface<Options>, MutableDBOptionsInterface<Options>, ColumnFamilyOptionsInterface<Options>, MutableColumnFamilyOptionsInterface<Options> {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public Options() {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public Options(final DBOptions p0, final ColumnFamilyOptions p1) {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public Options(final Options value) {
    super(NativeHandles.next());
  }

  private boolean adviseRandomOnOpen = true;
  private boolean allow2pc = false;
  private boolean allowConcurrentMemtableWrite = true;
  private boolean allowFAllocate = true;
  private boolean allowIngestBehind = false;
  private boolean allowMmapReads = false;
  private boolean allowMmapWrites = false;
  private long arenaBlockSize = 0L;
  private boolean atomicFlush = false;
  private boolean avoidFlushDuringRecovery = false;
  private boolean avoidFlushDuringShutdown = false;
  private boolean avoidUnnecessaryBlockingIO = false;
  private boolean bestEffortsRecovery = false;
  private long bgerrorResumeRetryInterval = 1000000L;
  private long blobCompactionReadaheadSize = 0L;
  private CompressionType blobCompressionType = CompressionType.NO_COMPRESSION;
  private long blobFileSize = 268435456L;
  private int blobFileStartingLevel = 0;
  private double blobGarbageCollectionAgeCutoff = 0.25;
  private double blobGarbageCollectionForceThreshold = 1.0;
  private int bloomLocality = 0;
  private CompressionOptions bottommostCompressionOptions = null;
  private CompressionType bottommostCompressionType = CompressionType.DISABLE_COMPRESSION_OPTION;
  private long bytesPerSync = 0L;
  private java.util.Collection<DbPath> cfPaths;
  private AbstractCompactionFilter<? extends AbstractSlice<?>> compactionFilter = null;
  private AbstractCompactionFilterFactory<? extends AbstractCompactionFilter<?>> compactionFilterFactory = null;
  private CompactionOptionsFIFO compactionOptionsFIFO = null;
  private CompactionOptionsUniversal compactionOptionsUniversal = null;
  private CompactionPriority compactionPriority = CompactionPriority.MinOverlappingRatio;
  private long compactionReadaheadSize = 2097152L;
  private CompactionStyle compactionStyle = CompactionStyle.LEVEL;
  private ConcurrentTaskLimiter compactionThreadLimiter = null;
  private AbstractComparator comparator;
  private BuiltinComparator comparatorBuiltinComparator;
  private CompressionOptions compressionOptions = null;
  private java.util.List<CompressionType> compressionPerLevel = new java.util.ArrayList<>();
  private CompressionType compressionType = CompressionType.LZ4_COMPRESSION;
  private boolean createIfMissing = false;
  private boolean createMissingColumnFamilies = false;
  private String dailyOffpeakTimeUTC = "";
  private String dbLogDir = "";
  private java.util.Collection<DbPath> dbPaths;
  private long dbWriteBufferSize = 0L;
  private long delayedWriteRate = 0L;
  private long deleteObsoleteFilesPeriodMicros = 21600000000L;
  private boolean disableAutoCompactions = false;
  private boolean dumpMallocStats = false;
  private boolean enableBlobFiles = false;
  private boolean enableBlobGarbageCollection = false;
  private boolean enablePipelinedWrite = false;
  private boolean enableThreadTracking = false;
  private boolean enableWriteThreadAdaptiveYield = true;
  private Env env = null /* TODO RocksEnv */;
  private boolean errorIfExists = false;
  private double experimentalMempurgeThreshold = 0.0;
  private boolean failIfOptionsFileError;
  private boolean forceConsistencyChecks = true;
  private long hardPendingCompactionBytesLimit = 274877906944L;
  private int increaseParallelism;
  private InfoLogLevel infoLogLevel = InfoLogLevel.INFO_LEVEL;
  private long inplaceUpdateNumLocks = 10000L;
  private boolean inplaceUpdateSupport = false;
  private boolean isFdCloseOnExec = true;
  private long keepLogFileNum = 1000L;
  private int level0FileNumCompactionTrigger = 4;
  private int level0SlowdownWritesTrigger = 20;
  private int level0StopWritesTrigger = 36;
  private boolean levelCompactionDynamicLevelBytes = true;
  private int levelZeroFileNumCompactionTrigger = 4;
  private int levelZeroSlowdownWritesTrigger = 20;
  private int levelZeroStopWritesTrigger = 36;
  private java.util.List<AbstractEventListener> listeners = new java.util.ArrayList<>();
  private long logFileTimeToRoll = 0L;
  private long logReadaheadSize = 0L;
  private LoggerInterface logger;
  private long manifestPreallocationSize = 4194304L;
  private boolean manualWalFlush = false;
  private int maxBackgroundCompactions = -1;
  private int maxBackgroundFlushes = -1;
  private int maxBackgroundJobs = 2;
  private int maxBgErrorResumeCount;
  private long maxBytesForLevelBase = 268435456L;
  private double maxBytesForLevelMultiplier = 10.0;
  private int[] maxBytesForLevelMultiplierAdditional = new int[] {1, 1, 1, 1, 1, 1, 1};
  private long maxCompactionBytes = 0L;
  private long maxCompactionTriggerWakeupSeconds = 43200L;
  private int maxFileOpeningThreads = 16;
  private long maxLogFileSize = 0L;
  private long maxManifestFileSize = 1073741824L;
  private int maxOpenFiles = -1;
  private long maxSequentialSkipInIterations = 8L;
  private int maxSubcompactions = 1;
  private long maxSuccessiveMerges = 0L;
  private long maxTableFilesSizeFIFO = 1073741824L;
  private long maxTotalWalSize = 0L;
  private long maxWriteBatchGroupSizeBytes = 1048576L;
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
  private boolean openFilesAsync = false;
  private boolean optimizeFiltersForHits = false;
  private boolean paranoidChecks = true;
  private boolean paranoidFileChecks = false;
  private long periodicCompactionSeconds = -2L;
  private boolean persistStatsToDisk = false;
  private PrepopulateBlobCache prepopulateBlobCache = PrepopulateBlobCache.PREPOPULATE_BLOB_DISABLE;
  private RateLimiter rateLimiter;
  private double readTriggeredCompactionThreshold = 0.0;
  private long recycleLogFileNum = 0L;
  private boolean reportBgIoStats = false;
  private Cache rowCache = null;
  private boolean skipStatsUpdateOnDbOpen = false;
  private long softPendingCompactionBytesLimit = 68719476736L;
  private SstFileManager sstFileManager;
  private SstPartitionerFactory sstPartitionerFactory = null;
  private Statistics statistics = null;
  private int statsDumpPeriodSec = 600;
  private long statsHistoryBufferSize = 1048576L;
  private int statsPersistPeriodSec = 600;
  private boolean strictBytesPerSync = false;
  private int tableCacheNumshardbits = 6;
  private TableFormatConfig tableFormatConfig = null;
  private java.util.List<TablePropertiesCollectorFactory> tablePropertiesCollectorFactory = new java.util.ArrayList<>();
  private long targetFileSizeBase = 67108864L;
  private int targetFileSizeMultiplier = 1;
  private long ttl = -2L;
  private boolean twoWriteQueues = false;
  private boolean unorderedWrite = false;
  private boolean useAdaptiveMutex = false;
  private boolean useDirectIoForFlushAndCompaction = false;
  private boolean useDirectReads = false;
  private boolean useFsync = false;
  private long walBytesPerSync = 0L;
  private String walDir = "";
  private AbstractWalFilter walFilter;
  private WALRecoveryMode walRecoveryMode = WALRecoveryMode.PointInTimeRecovery;
  private long walSizeLimitMB = 0L;
  private long walTtlSeconds = 0L;
  private long writableFileMaxBufferSize = 1048576L;
  private WriteBufferManager writeBufferManager = null;
  private long writeBufferSize = 67108864L;
  private boolean writeDbidToManifest = true;
  private long writeThreadMaxYieldUsec = 100L;
  private long writeThreadSlowYieldUsec = 3L;

  /** Returns the stored value (RocksJava's default until set). */
  public boolean adviseRandomOnOpen() {
    return adviseRandomOnOpen;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean allow2pc() {
    return allow2pc;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean allowConcurrentMemtableWrite() {
    return allowConcurrentMemtableWrite;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean allowFAllocate() {
    return allowFAllocate;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean allowIngestBehind() {
    return allowIngestBehind;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean allowMmapReads() {
    return allowMmapReads;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean allowMmapWrites() {
    return allowMmapWrites;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long arenaBlockSize() {
    return arenaBlockSize;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean atomicFlush() {
    return atomicFlush;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean avoidFlushDuringRecovery() {
    return avoidFlushDuringRecovery;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean avoidFlushDuringShutdown() {
    return avoidFlushDuringShutdown;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean avoidUnnecessaryBlockingIO() {
    return avoidUnnecessaryBlockingIO;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean bestEffortsRecovery() {
    return bestEffortsRecovery;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long bgerrorResumeRetryInterval() {
    return bgerrorResumeRetryInterval;
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

  /** Returns the stored value (RocksJava's default until set). */
  public long bytesPerSync() {
    return bytesPerSync;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<DbPath> cfPaths() {
    throw Unsupported.unchecked("Options.cfPaths");
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
  public long compactionReadaheadSize() {
    return compactionReadaheadSize;
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
  public boolean createIfMissing() {
    return createIfMissing;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean createMissingColumnFamilies() {
    return createMissingColumnFamilies;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public String dailyOffpeakTimeUTC() {
    return dailyOffpeakTimeUTC;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public String dbLogDir() {
    return dbLogDir;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<DbPath> dbPaths() {
    throw Unsupported.unchecked("Options.dbPaths");
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long dbWriteBufferSize() {
    return dbWriteBufferSize;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long delayedWriteRate() {
    return delayedWriteRate;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long deleteObsoleteFilesPeriodMicros() {
    return deleteObsoleteFilesPeriodMicros;
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
  public boolean dumpMallocStats() {
    return dumpMallocStats;
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
  public boolean enablePipelinedWrite() {
    return enablePipelinedWrite;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean enableThreadTracking() {
    return enableThreadTracking;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean enableWriteThreadAdaptiveYield() {
    return enableWriteThreadAdaptiveYield;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean errorIfExists() {
    return errorIfExists;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public double experimentalMempurgeThreshold() {
    return experimentalMempurgeThreshold;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean failIfOptionsFileError() {
    return failIfOptionsFileError;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean forceConsistencyChecks() {
    return forceConsistencyChecks;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public Env getEnv() {
    return env;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static String getOptionStringFromProps(final java.util.Properties value) {
    throw Unsupported.unchecked("Options.getOptionStringFromProps");
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long hardPendingCompactionBytesLimit() {
    return hardPendingCompactionBytesLimit;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public InfoLogLevel infoLogLevel() {
    return infoLogLevel;
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
  public boolean isFdCloseOnExec() {
    return isFdCloseOnExec;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long keepLogFileNum() {
    return keepLogFileNum;
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
  public java.util.List<AbstractEventListener> listeners() {
    return listeners;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long logFileTimeToRoll() {
    return logFileTimeToRoll;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long logReadaheadSize() {
    return logReadaheadSize;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long manifestPreallocationSize() {
    return manifestPreallocationSize;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean manualWalFlush() {
    return manualWalFlush;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxBackgroundCompactions() {
    return maxBackgroundCompactions;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxBackgroundFlushes() {
    return maxBackgroundFlushes;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxBackgroundJobs() {
    return maxBackgroundJobs;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int maxBgerrorResumeCount() {
    throw Unsupported.unchecked("Options.maxBgerrorResumeCount");
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
  public long maxCompactionTriggerWakeupSeconds() {
    return maxCompactionTriggerWakeupSeconds;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxFileOpeningThreads() {
    return maxFileOpeningThreads;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long maxLogFileSize() {
    return maxLogFileSize;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long maxManifestFileSize() {
    return maxManifestFileSize;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxOpenFiles() {
    return maxOpenFiles;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long maxSequentialSkipInIterations() {
    return maxSequentialSkipInIterations;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxSubcompactions() {
    return maxSubcompactions;
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
  public long maxTotalWalSize() {
    return maxTotalWalSize;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long maxWriteBatchGroupSizeBytes() {
    return maxWriteBatchGroupSizeBytes;
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
    throw Unsupported.unchecked("Options.memTableFactoryName");
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
  public Options oldDefaults(final int p0, final int p1) {
    throw Unsupported.unchecked("Options.oldDefaults");
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean openFilesAsync() {
    return openFilesAsync;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean optimizeFiltersForHits() {
    return optimizeFiltersForHits;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Options optimizeForPointLookup(final long value) {
    throw Unsupported.unchecked("Options.optimizeForPointLookup");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Options optimizeForSmallDb() {
    throw Unsupported.unchecked("Options.optimizeForSmallDb");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Options optimizeForSmallDb(final Cache value) {
    throw Unsupported.unchecked("Options.optimizeForSmallDb");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Options optimizeLevelStyleCompaction() {
    throw Unsupported.unchecked("Options.optimizeLevelStyleCompaction");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Options optimizeLevelStyleCompaction(final long value) {
    throw Unsupported.unchecked("Options.optimizeLevelStyleCompaction");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Options optimizeUniversalStyleCompaction() {
    throw Unsupported.unchecked("Options.optimizeUniversalStyleCompaction");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Options optimizeUniversalStyleCompaction(final long value) {
    throw Unsupported.unchecked("Options.optimizeUniversalStyleCompaction");
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean paranoidChecks() {
    return paranoidChecks;
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
  public boolean persistStatsToDisk() {
    return persistStatsToDisk;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Options prepareForBulkLoad() {
    throw Unsupported.unchecked("Options.prepareForBulkLoad");
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
  public long recycleLogFileNum() {
    return recycleLogFileNum;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean reportBgIoStats() {
    return reportBgIoStats;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public Cache rowCache() {
    return rowCache;
  }

  /** Stores the value; see the matching getter. */
  public Options setAdviseRandomOnOpen(final boolean value) {
    this.adviseRandomOnOpen = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setAllow2pc(final boolean value) {
    this.allow2pc = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setAllowConcurrentMemtableWrite(final boolean value) {
    this.allowConcurrentMemtableWrite = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setAllowFAllocate(final boolean value) {
    this.allowFAllocate = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setAllowIngestBehind(final boolean value) {
    this.allowIngestBehind = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setAllowMmapReads(final boolean value) {
    this.allowMmapReads = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setAllowMmapWrites(final boolean value) {
    this.allowMmapWrites = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setArenaBlockSize(final long value) {
    this.arenaBlockSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setAtomicFlush(final boolean value) {
    this.atomicFlush = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setAvoidFlushDuringRecovery(final boolean value) {
    this.avoidFlushDuringRecovery = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setAvoidFlushDuringShutdown(final boolean value) {
    this.avoidFlushDuringShutdown = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setAvoidUnnecessaryBlockingIO(final boolean value) {
    this.avoidUnnecessaryBlockingIO = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBestEffortsRecovery(final boolean value) {
    this.bestEffortsRecovery = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBgerrorResumeRetryInterval(final long value) {
    this.bgerrorResumeRetryInterval = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBlobCompactionReadaheadSize(final long value) {
    this.blobCompactionReadaheadSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBlobCompressionType(final CompressionType value) {
    java.util.Objects.requireNonNull(value);
    this.blobCompressionType = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBlobFileSize(final long value) {
    this.blobFileSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBlobFileStartingLevel(final int value) {
    this.blobFileStartingLevel = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBlobGarbageCollectionAgeCutoff(final double value) {
    this.blobGarbageCollectionAgeCutoff = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBlobGarbageCollectionForceThreshold(final double value) {
    this.blobGarbageCollectionForceThreshold = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBloomLocality(final int value) {
    this.bloomLocality = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBottommostCompressionOptions(final CompressionOptions value) {
    this.bottommostCompressionOptions = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBottommostCompressionType(final CompressionType value) {
    java.util.Objects.requireNonNull(value);
    this.bottommostCompressionType = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBytesPerSync(final long value) {
    this.bytesPerSync = value;
    return this;
  }

  /** Stores the value for the engine. */
  public Options setCfPaths(final java.util.Collection<DbPath> value) {
    this.cfPaths = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompactionFilter(final AbstractCompactionFilter<? extends AbstractSlice<?>> value) {
    this.compactionFilter = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompactionFilterFactory(final AbstractCompactionFilterFactory<? extends AbstractCompactionFilter<?>> value) {
    this.compactionFilterFactory = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompactionOptionsFIFO(final CompactionOptionsFIFO value) {
    this.compactionOptionsFIFO = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompactionOptionsUniversal(final CompactionOptionsUniversal value) {
    this.compactionOptionsUniversal = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompactionPriority(final CompactionPriority value) {
    java.util.Objects.requireNonNull(value);
    this.compactionPriority = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompactionReadaheadSize(final long value) {
    this.compactionReadaheadSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompactionStyle(final CompactionStyle value) {
    java.util.Objects.requireNonNull(value);
    this.compactionStyle = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompactionThreadLimiter(final ConcurrentTaskLimiter value) {
    this.compactionThreadLimiter = value;
    return this;
  }

  /** Stores the value for the engine. */
  public Options setComparator(final AbstractComparator value) {
    java.util.Objects.requireNonNull(value);
    this.comparator = value;
    return this;
  }

  /** Stores the value for the engine. */
  public Options setComparator(final BuiltinComparator value) {
    java.util.Objects.requireNonNull(value);
    this.comparatorBuiltinComparator = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompressionOptions(final CompressionOptions value) {
    this.compressionOptions = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompressionPerLevel(final java.util.List<CompressionType> value) {
    this.compressionPerLevel = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompressionType(final CompressionType value) {
    java.util.Objects.requireNonNull(value);
    this.compressionType = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCreateIfMissing(final boolean value) {
    this.createIfMissing = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCreateMissingColumnFamilies(final boolean value) {
    this.createMissingColumnFamilies = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setDailyOffpeakTimeUTC(final String value) {
    this.dailyOffpeakTimeUTC = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setDbLogDir(final String value) {
    this.dbLogDir = value;
    return this;
  }

  /** Stores the value for the engine. */
  public Options setDbPaths(final java.util.Collection<DbPath> value) {
    this.dbPaths = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setDbWriteBufferSize(final long value) {
    this.dbWriteBufferSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setDelayedWriteRate(final long value) {
    this.delayedWriteRate = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setDeleteObsoleteFilesPeriodMicros(final long value) {
    this.deleteObsoleteFilesPeriodMicros = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setDisableAutoCompactions(final boolean value) {
    this.disableAutoCompactions = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setDumpMallocStats(final boolean value) {
    this.dumpMallocStats = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setEnableBlobFiles(final boolean value) {
    this.enableBlobFiles = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setEnableBlobGarbageCollection(final boolean value) {
    this.enableBlobGarbageCollection = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setEnablePipelinedWrite(final boolean value) {
    this.enablePipelinedWrite = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setEnableThreadTracking(final boolean value) {
    this.enableThreadTracking = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setEnableWriteThreadAdaptiveYield(final boolean value) {
    this.enableWriteThreadAdaptiveYield = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setEnv(final Env value) {
    this.env = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setErrorIfExists(final boolean value) {
    this.errorIfExists = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setExperimentalMempurgeThreshold(final double value) {
    this.experimentalMempurgeThreshold = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setFailIfOptionsFileError(final boolean value) {
    this.failIfOptionsFileError = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setForceConsistencyChecks(final boolean value) {
    this.forceConsistencyChecks = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setHardPendingCompactionBytesLimit(final long value) {
    this.hardPendingCompactionBytesLimit = value;
    return this;
  }

  /** Stores the value for the engine. */
  public Options setIncreaseParallelism(final int value) {
    this.increaseParallelism = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setInfoLogLevel(final InfoLogLevel value) {
    java.util.Objects.requireNonNull(value);
    this.infoLogLevel = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setInplaceUpdateNumLocks(final long value) {
    this.inplaceUpdateNumLocks = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setInplaceUpdateSupport(final boolean value) {
    this.inplaceUpdateSupport = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setIsFdCloseOnExec(final boolean value) {
    this.isFdCloseOnExec = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setKeepLogFileNum(final long value) {
    this.keepLogFileNum = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setLevel0FileNumCompactionTrigger(final int value) {
    this.level0FileNumCompactionTrigger = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setLevel0SlowdownWritesTrigger(final int value) {
    this.level0SlowdownWritesTrigger = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setLevel0StopWritesTrigger(final int value) {
    this.level0StopWritesTrigger = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setLevelCompactionDynamicLevelBytes(final boolean value) {
    this.levelCompactionDynamicLevelBytes = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setLevelZeroFileNumCompactionTrigger(final int value) {
    this.levelZeroFileNumCompactionTrigger = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setLevelZeroSlowdownWritesTrigger(final int value) {
    this.levelZeroSlowdownWritesTrigger = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setLevelZeroStopWritesTrigger(final int value) {
    this.levelZeroStopWritesTrigger = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setListeners(final java.util.List<AbstractEventListener> value) {
    this.listeners = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setLogFileTimeToRoll(final long value) {
    this.logFileTimeToRoll = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setLogReadaheadSize(final long value) {
    this.logReadaheadSize = value;
    return this;
  }

  /** Stores the value for the engine. */
  public Options setLogger(final LoggerInterface value) {
    this.logger = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setManifestPreallocationSize(final long value) {
    this.manifestPreallocationSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setManualWalFlush(final boolean value) {
    this.manualWalFlush = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxBackgroundCompactions(final int value) {
    this.maxBackgroundCompactions = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxBackgroundFlushes(final int value) {
    this.maxBackgroundFlushes = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxBackgroundJobs(final int value) {
    this.maxBackgroundJobs = value;
    return this;
  }

  /** Stores the value for the engine. */
  public Options setMaxBgErrorResumeCount(final int value) {
    this.maxBgErrorResumeCount = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxBytesForLevelBase(final long value) {
    this.maxBytesForLevelBase = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxBytesForLevelMultiplier(final double value) {
    this.maxBytesForLevelMultiplier = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxBytesForLevelMultiplierAdditional(final int[] value) {
    this.maxBytesForLevelMultiplierAdditional = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxCompactionBytes(final long value) {
    this.maxCompactionBytes = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxCompactionTriggerWakeupSeconds(final long value) {
    this.maxCompactionTriggerWakeupSeconds = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxFileOpeningThreads(final int value) {
    this.maxFileOpeningThreads = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxLogFileSize(final long value) {
    this.maxLogFileSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxManifestFileSize(final long value) {
    this.maxManifestFileSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxOpenFiles(final int value) {
    this.maxOpenFiles = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxSequentialSkipInIterations(final long value) {
    this.maxSequentialSkipInIterations = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxSubcompactions(final int value) {
    this.maxSubcompactions = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxSuccessiveMerges(final long value) {
    this.maxSuccessiveMerges = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxTableFilesSizeFIFO(final long value) {
    this.maxTableFilesSizeFIFO = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxTotalWalSize(final long value) {
    this.maxTotalWalSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxWriteBatchGroupSizeBytes(final long value) {
    this.maxWriteBatchGroupSizeBytes = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxWriteBufferNumber(final int value) {
    this.maxWriteBufferNumber = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMemTableConfig(final MemTableConfig value) {
    java.util.Objects.requireNonNull(value);
    this.memTableConfig = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMemtableHugePageSize(final long value) {
    this.memtableHugePageSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMemtableMaxRangeDeletions(final int value) {
    this.memtableMaxRangeDeletions = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMemtablePrefixBloomSizeRatio(final double value) {
    this.memtablePrefixBloomSizeRatio = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMemtableWholeKeyFiltering(final boolean value) {
    this.memtableWholeKeyFiltering = value;
    return this;
  }

  /** Stores the value for the engine. */
  public Options setMergeOperator(final MergeOperator value) {
    java.util.Objects.requireNonNull(value);
    this.mergeOperator = value;
    return this;
  }

  /** Stores the value for the engine. */
  public Options setMergeOperatorName(final String value) {
    this.mergeOperatorName = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMinBlobSize(final long value) {
    this.minBlobSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMinTombstonesForRangeConversion(final int value) {
    this.minTombstonesForRangeConversion = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMinWriteBufferNumberToMerge(final int value) {
    this.minWriteBufferNumberToMerge = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setNumLevels(final int value) {
    this.numLevels = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setOpenFilesAsync(final boolean value) {
    this.openFilesAsync = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setOptimizeFiltersForHits(final boolean value) {
    this.optimizeFiltersForHits = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setParanoidChecks(final boolean value) {
    this.paranoidChecks = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setParanoidFileChecks(final boolean value) {
    this.paranoidFileChecks = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setPeriodicCompactionSeconds(final long value) {
    this.periodicCompactionSeconds = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setPersistStatsToDisk(final boolean value) {
    this.persistStatsToDisk = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setPrepopulateBlobCache(final PrepopulateBlobCache value) {
    java.util.Objects.requireNonNull(value);
    this.prepopulateBlobCache = value;
    return this;
  }

  /** Stores the value for the engine. */
  public Options setRateLimiter(final RateLimiter value) {
    this.rateLimiter = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setReadTriggeredCompactionThreshold(final double value) {
    this.readTriggeredCompactionThreshold = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setRecycleLogFileNum(final long value) {
    this.recycleLogFileNum = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setReportBgIoStats(final boolean value) {
    this.reportBgIoStats = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setRowCache(final Cache value) {
    this.rowCache = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setSkipStatsUpdateOnDbOpen(final boolean value) {
    this.skipStatsUpdateOnDbOpen = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setSoftPendingCompactionBytesLimit(final long value) {
    this.softPendingCompactionBytesLimit = value;
    return this;
  }

  /** Stores the value for the engine. */
  public Options setSstFileManager(final SstFileManager value) {
    this.sstFileManager = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setSstPartitionerFactory(final SstPartitionerFactory value) {
    this.sstPartitionerFactory = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setStatistics(final Statistics value) {
    this.statistics = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setStatsDumpPeriodSec(final int value) {
    this.statsDumpPeriodSec = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setStatsHistoryBufferSize(final long value) {
    this.statsHistoryBufferSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setStatsPersistPeriodSec(final int value) {
    this.statsPersistPeriodSec = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setStrictBytesPerSync(final boolean value) {
    this.strictBytesPerSync = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setTableCacheNumshardbits(final int value) {
    this.tableCacheNumshardbits = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setTableFormatConfig(final TableFormatConfig value) {
    java.util.Objects.requireNonNull(value);
    this.tableFormatConfig = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public void setTablePropertiesCollectorFactory(final java.util.List<TablePropertiesCollectorFactory> value) {
    this.tablePropertiesCollectorFactory = value;
  }

  /** Stores the value; see the matching getter. */
  public Options setTargetFileSizeBase(final long value) {
    this.targetFileSizeBase = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setTargetFileSizeMultiplier(final int value) {
    this.targetFileSizeMultiplier = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setTtl(final long value) {
    this.ttl = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setTwoWriteQueues(final boolean value) {
    this.twoWriteQueues = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setUnorderedWrite(final boolean value) {
    this.unorderedWrite = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setUseAdaptiveMutex(final boolean value) {
    this.useAdaptiveMutex = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setUseDirectIoForFlushAndCompaction(final boolean value) {
    this.useDirectIoForFlushAndCompaction = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setUseDirectReads(final boolean value) {
    this.useDirectReads = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setUseFsync(final boolean value) {
    this.useFsync = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWalBytesPerSync(final long value) {
    this.walBytesPerSync = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWalDir(final String value) {
    this.walDir = value;
    return this;
  }

  /** Stores the value for the engine. */
  public Options setWalFilter(final AbstractWalFilter value) {
    this.walFilter = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWalRecoveryMode(final WALRecoveryMode value) {
    java.util.Objects.requireNonNull(value);
    this.walRecoveryMode = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWalSizeLimitMB(final long value) {
    this.walSizeLimitMB = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWalTtlSeconds(final long value) {
    this.walTtlSeconds = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWritableFileMaxBufferSize(final long value) {
    this.writableFileMaxBufferSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWriteBufferManager(final WriteBufferManager value) {
    java.util.Objects.requireNonNull(value);
    this.writeBufferManager = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWriteBufferSize(final long value) {
    this.writeBufferSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWriteDbidToManifest(final boolean value) {
    this.writeDbidToManifest = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWriteThreadMaxYieldUsec(final long value) {
    this.writeThreadMaxYieldUsec = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWriteThreadSlowYieldUsec(final long value) {
    this.writeThreadSlowYieldUsec = value;
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean skipStatsUpdateOnDbOpen() {
    return skipStatsUpdateOnDbOpen;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long softPendingCompactionBytesLimit() {
    return softPendingCompactionBytesLimit;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public SstPartitionerFactory sstPartitionerFactory() {
    return sstPartitionerFactory;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public Statistics statistics() {
    return statistics;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int statsDumpPeriodSec() {
    return statsDumpPeriodSec;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long statsHistoryBufferSize() {
    return statsHistoryBufferSize;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int statsPersistPeriodSec() {
    return statsPersistPeriodSec;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean strictBytesPerSync() {
    return strictBytesPerSync;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int tableCacheNumshardbits() {
    return tableCacheNumshardbits;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String tableFactoryName() {
    throw Unsupported.unchecked("Options.tableFactoryName");
  }

  /** Returns the stored value (RocksJava's default until set). */
  public TableFormatConfig tableFormatConfig() {
    return tableFormatConfig;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public java.util.List<TablePropertiesCollectorFactory> tablePropertiesCollectorFactory() {
    return tablePropertiesCollectorFactory;
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
  public boolean twoWriteQueues() {
    return twoWriteQueues;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean unorderedWrite() {
    return unorderedWrite;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean useAdaptiveMutex() {
    return useAdaptiveMutex;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Options useCappedPrefixExtractor(final int value) {
    throw Unsupported.unchecked("Options.useCappedPrefixExtractor");
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean useDirectIoForFlushAndCompaction() {
    return useDirectIoForFlushAndCompaction;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean useDirectReads() {
    return useDirectReads;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Options useFixedLengthPrefixExtractor(final int value) {
    throw Unsupported.unchecked("Options.useFixedLengthPrefixExtractor");
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean useFsync() {
    return useFsync;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long walBytesPerSync() {
    return walBytesPerSync;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public String walDir() {
    return walDir;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public WalFilter walFilter() {
    throw Unsupported.unchecked("Options.walFilter");
  }

  /** Returns the stored value (RocksJava's default until set). */
  public WALRecoveryMode walRecoveryMode() {
    return walRecoveryMode;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long walSizeLimitMB() {
    return walSizeLimitMB;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long walTtlSeconds() {
    return walTtlSeconds;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long writableFileMaxBufferSize() {
    return writableFileMaxBufferSize;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public WriteBufferManager writeBufferManager() {
    return writeBufferManager;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long writeBufferSize() {
    return writeBufferSize;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean writeDbidToManifest() {
    return writeDbidToManifest;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long writeThreadMaxYieldUsec() {
    return writeThreadMaxYieldUsec;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long writeThreadSlowYieldUsec() {
    return writeThreadSlowYieldUsec;
  }

}
