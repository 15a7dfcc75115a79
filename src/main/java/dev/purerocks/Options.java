package dev.purerocks;

/**
 * All options of a database and of its default column family in one object, for {@code
 * RocksDB.open(Options, String)}. Mirrors {@code org.rocksdb.Options}: every setter stores its value
 * and returns this object, every getter returns RocksJava's default until set, and the few
 * validations RocksJava performs are reproduced.
 *
 * <p>Two kinds of state are kept, as in RocksJava: the option values (what RocksDB's native
 * options object holds, copied by every copy constructor) and the Java objects last given to the
 * object-valued setters (returned by {@code memTableConfig()}, {@code tableFormatConfig()}, ...,
 * copied only by {@link #Options(Options)}). The engine reads the first kind through
 * package-private accessors: {@code memTableFactory()}, {@code tableFactory()}, {@code
 * javaComparator()}, {@code builtinComparator()}, {@code mergeOperator()}, {@code
 * mergeOperatorName()}, {@code prefixExtractorKind()}, {@code prefixExtractorLength()}, {@code
 * logger()}, {@code rateLimiter()}, {@code sstFileManager()}, and the package-private fields.
 *
 * <p>Not thread-safe, like RocksJava's options.
 */
public class Options extends RocksObject implements DBOptionsInterface<Options>, MutableDBOptionsInterface<Options>, ColumnFamilyOptionsInterface<Options>, MutableColumnFamilyOptionsInterface<Options> {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public Options() {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public Options(final DBOptions p0, final ColumnFamilyOptions p1) {
    super(NativeHandles.next());
    {
      final DBOptions o = p0;
      this.adviseRandomOnOpen = o.adviseRandomOnOpen;
      this.allow2pc = o.allow2pc;
      this.allowConcurrentMemtableWrite = o.allowConcurrentMemtableWrite;
      this.allowFAllocate = o.allowFAllocate;
      this.allowIngestBehind = o.allowIngestBehind;
      this.allowMmapReads = o.allowMmapReads;
      this.allowMmapWrites = o.allowMmapWrites;
      this.atomicFlush = o.atomicFlush;
      this.avoidFlushDuringRecovery = o.avoidFlushDuringRecovery;
      this.avoidFlushDuringShutdown = o.avoidFlushDuringShutdown;
      this.avoidUnnecessaryBlockingIO = o.avoidUnnecessaryBlockingIO;
      this.bestEffortsRecovery = o.bestEffortsRecovery;
      this.bgerrorResumeRetryInterval = o.bgerrorResumeRetryInterval;
      this.bytesPerSync = o.bytesPerSync;
      this.compactionReadaheadSize = o.compactionReadaheadSize;
      this.createIfMissing = o.createIfMissing;
      this.createMissingColumnFamilies = o.createMissingColumnFamilies;
      this.dailyOffpeakTimeUTC = o.dailyOffpeakTimeUTC;
      this.dbLogDir = o.dbLogDir;
      this.dbPaths = new java.util.ArrayList<>(o.dbPaths);
      this.dbWriteBufferSize = o.dbWriteBufferSize;
      this.delayedWriteRate = o.delayedWriteRate;
      this.deleteObsoleteFilesPeriodMicros = o.deleteObsoleteFilesPeriodMicros;
      this.dumpMallocStats = o.dumpMallocStats;
      this.enablePipelinedWrite = o.enablePipelinedWrite;
      this.enableThreadTracking = o.enableThreadTracking;
      this.enableWriteThreadAdaptiveYield = o.enableWriteThreadAdaptiveYield;
      this.errorIfExists = o.errorIfExists;
      this.failIfOptionsFileError = o.failIfOptionsFileError;
      this.increaseParallelism = o.increaseParallelism;
      this.infoLogLevel = o.infoLogLevel;
      this.isFdCloseOnExec = o.isFdCloseOnExec;
      this.keepLogFileNum = o.keepLogFileNum;
      this.listeners = new java.util.ArrayList<>(o.listeners);
      this.logFileTimeToRoll = o.logFileTimeToRoll;
      this.logReadaheadSize = o.logReadaheadSize;
      this.manifestPreallocationSize = o.manifestPreallocationSize;
      this.manualWalFlush = o.manualWalFlush;
      this.maxBackgroundCompactions = o.maxBackgroundCompactions;
      this.maxBackgroundFlushes = o.maxBackgroundFlushes;
      this.maxBackgroundJobs = o.maxBackgroundJobs;
      this.maxBgErrorResumeCount = o.maxBgErrorResumeCount;
      this.maxCompactionTriggerWakeupSeconds = o.maxCompactionTriggerWakeupSeconds;
      this.maxFileOpeningThreads = o.maxFileOpeningThreads;
      this.maxLogFileSize = o.maxLogFileSize;
      this.maxManifestFileSize = o.maxManifestFileSize;
      this.maxOpenFiles = o.maxOpenFiles;
      this.maxSubcompactions = o.maxSubcompactions;
      this.maxTotalWalSize = o.maxTotalWalSize;
      this.maxWriteBatchGroupSizeBytes = o.maxWriteBatchGroupSizeBytes;
      this.openFilesAsync = o.openFilesAsync;
      this.paranoidChecks = o.paranoidChecks;
      this.persistStatsToDisk = o.persistStatsToDisk;
      this.recycleLogFileNum = o.recycleLogFileNum;
      this.skipStatsUpdateOnDbOpen = o.skipStatsUpdateOnDbOpen;
      this.statsDumpPeriodSec = o.statsDumpPeriodSec;
      this.statsHistoryBufferSize = o.statsHistoryBufferSize;
      this.statsPersistPeriodSec = o.statsPersistPeriodSec;
      this.strictBytesPerSync = o.strictBytesPerSync;
      this.tableCacheNumshardbits = o.tableCacheNumshardbits;
      this.twoWriteQueues = o.twoWriteQueues;
      this.unorderedWrite = o.unorderedWrite;
      this.useAdaptiveMutex = o.useAdaptiveMutex;
      this.useDirectIoForFlushAndCompaction = o.useDirectIoForFlushAndCompaction;
      this.useDirectReads = o.useDirectReads;
      this.useFsync = o.useFsync;
      this.walBytesPerSync = o.walBytesPerSync;
      this.walDir = o.walDir;
      this.walRecoveryMode = o.walRecoveryMode;
      this.walSizeLimitMB = o.walSizeLimitMB;
      this.walTtlSeconds = o.walTtlSeconds;
      this.writableFileMaxBufferSize = o.writableFileMaxBufferSize;
      this.writeDbidToManifest = o.writeDbidToManifest;
      this.writeThreadMaxYieldUsec = o.writeThreadMaxYieldUsec;
      this.writeThreadSlowYieldUsec = o.writeThreadSlowYieldUsec;
    }
    {
      final ColumnFamilyOptions o = p1;
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
    this.env = p0.getEnv() != null ? p0.getEnv() : Env.getDefault();
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public Options(final Options value) {
    super(NativeHandles.next());
    final Options o = value;
    this.adviseRandomOnOpen = o.adviseRandomOnOpen;
    this.allow2pc = o.allow2pc;
    this.allowConcurrentMemtableWrite = o.allowConcurrentMemtableWrite;
    this.allowFAllocate = o.allowFAllocate;
    this.allowIngestBehind = o.allowIngestBehind;
    this.allowMmapReads = o.allowMmapReads;
    this.allowMmapWrites = o.allowMmapWrites;
    this.arenaBlockSize = o.arenaBlockSize;
    this.atomicFlush = o.atomicFlush;
    this.avoidFlushDuringRecovery = o.avoidFlushDuringRecovery;
    this.avoidFlushDuringShutdown = o.avoidFlushDuringShutdown;
    this.avoidUnnecessaryBlockingIO = o.avoidUnnecessaryBlockingIO;
    this.bestEffortsRecovery = o.bestEffortsRecovery;
    this.bgerrorResumeRetryInterval = o.bgerrorResumeRetryInterval;
    this.blobCompactionReadaheadSize = o.blobCompactionReadaheadSize;
    this.blobCompressionType = o.blobCompressionType;
    this.blobFileSize = o.blobFileSize;
    this.blobFileStartingLevel = o.blobFileStartingLevel;
    this.blobGarbageCollectionAgeCutoff = o.blobGarbageCollectionAgeCutoff;
    this.blobGarbageCollectionForceThreshold = o.blobGarbageCollectionForceThreshold;
    this.bloomLocality = o.bloomLocality;
    this.bottommostCompressionOptions = o.bottommostCompressionOptions;
    this.bottommostCompressionType = o.bottommostCompressionType;
    this.bytesPerSync = o.bytesPerSync;
    this.cfPaths = new java.util.ArrayList<>(o.cfPaths);
    this.compactionFilter = o.compactionFilter;
    this.compactionFilterFactory = o.compactionFilterFactory;
    this.compactionOptionsFIFO = o.compactionOptionsFIFO;
    this.compactionOptionsUniversal = o.compactionOptionsUniversal;
    this.compactionPriority = o.compactionPriority;
    this.compactionReadaheadSize = o.compactionReadaheadSize;
    this.compactionStyle = o.compactionStyle;
    this.compactionThreadLimiter = o.compactionThreadLimiter;
    this.compressionOptions = o.compressionOptions;
    this.compressionPerLevel = new java.util.ArrayList<>(o.compressionPerLevel);
    this.compressionType = o.compressionType;
    this.createIfMissing = o.createIfMissing;
    this.createMissingColumnFamilies = o.createMissingColumnFamilies;
    this.dailyOffpeakTimeUTC = o.dailyOffpeakTimeUTC;
    this.dbLogDir = o.dbLogDir;
    this.dbPaths = new java.util.ArrayList<>(o.dbPaths);
    this.dbWriteBufferSize = o.dbWriteBufferSize;
    this.delayedWriteRate = o.delayedWriteRate;
    this.deleteObsoleteFilesPeriodMicros = o.deleteObsoleteFilesPeriodMicros;
    this.disableAutoCompactions = o.disableAutoCompactions;
    this.dumpMallocStats = o.dumpMallocStats;
    this.enableBlobFiles = o.enableBlobFiles;
    this.enableBlobGarbageCollection = o.enableBlobGarbageCollection;
    this.enablePipelinedWrite = o.enablePipelinedWrite;
    this.enableThreadTracking = o.enableThreadTracking;
    this.enableWriteThreadAdaptiveYield = o.enableWriteThreadAdaptiveYield;
    this.env = o.env;
    this.errorIfExists = o.errorIfExists;
    this.experimentalMempurgeThreshold = o.experimentalMempurgeThreshold;
    this.failIfOptionsFileError = o.failIfOptionsFileError;
    this.forceConsistencyChecks = o.forceConsistencyChecks;
    this.hardPendingCompactionBytesLimit = o.hardPendingCompactionBytesLimit;
    this.increaseParallelism = o.increaseParallelism;
    this.infoLogLevel = o.infoLogLevel;
    this.inplaceUpdateNumLocks = o.inplaceUpdateNumLocks;
    this.inplaceUpdateSupport = o.inplaceUpdateSupport;
    this.isFdCloseOnExec = o.isFdCloseOnExec;
    this.keepLogFileNum = o.keepLogFileNum;
    this.level0FileNumCompactionTrigger = o.level0FileNumCompactionTrigger;
    this.level0SlowdownWritesTrigger = o.level0SlowdownWritesTrigger;
    this.level0StopWritesTrigger = o.level0StopWritesTrigger;
    this.levelCompactionDynamicLevelBytes = o.levelCompactionDynamicLevelBytes;
    this.listeners = new java.util.ArrayList<>(o.listeners);
    this.logFileTimeToRoll = o.logFileTimeToRoll;
    this.logReadaheadSize = o.logReadaheadSize;
    this.logger = o.logger;
    this.manifestPreallocationSize = o.manifestPreallocationSize;
    this.manualWalFlush = o.manualWalFlush;
    this.maxBackgroundCompactions = o.maxBackgroundCompactions;
    this.maxBackgroundFlushes = o.maxBackgroundFlushes;
    this.maxBackgroundJobs = o.maxBackgroundJobs;
    this.maxBgErrorResumeCount = o.maxBgErrorResumeCount;
    this.maxBytesForLevelBase = o.maxBytesForLevelBase;
    this.maxBytesForLevelMultiplier = o.maxBytesForLevelMultiplier;
    this.maxBytesForLevelMultiplierAdditional = o.maxBytesForLevelMultiplierAdditional == null ? null : o.maxBytesForLevelMultiplierAdditional.clone();
    this.maxCompactionBytes = o.maxCompactionBytes;
    this.maxCompactionTriggerWakeupSeconds = o.maxCompactionTriggerWakeupSeconds;
    this.maxFileOpeningThreads = o.maxFileOpeningThreads;
    this.maxLogFileSize = o.maxLogFileSize;
    this.maxManifestFileSize = o.maxManifestFileSize;
    this.maxOpenFiles = o.maxOpenFiles;
    this.maxSequentialSkipInIterations = o.maxSequentialSkipInIterations;
    this.maxSubcompactions = o.maxSubcompactions;
    this.maxSuccessiveMerges = o.maxSuccessiveMerges;
    this.maxTableFilesSizeFIFO = o.maxTableFilesSizeFIFO;
    this.maxTotalWalSize = o.maxTotalWalSize;
    this.maxWriteBatchGroupSizeBytes = o.maxWriteBatchGroupSizeBytes;
    this.maxWriteBufferNumber = o.maxWriteBufferNumber;
    this.memTableConfig = o.memTableConfig;
    this.memtableHugePageSize = o.memtableHugePageSize;
    this.memtableMaxRangeDeletions = o.memtableMaxRangeDeletions;
    this.memtablePrefixBloomSizeRatio = o.memtablePrefixBloomSizeRatio;
    this.memtableWholeKeyFiltering = o.memtableWholeKeyFiltering;
    this.minBlobSize = o.minBlobSize;
    this.minTombstonesForRangeConversion = o.minTombstonesForRangeConversion;
    this.minWriteBufferNumberToMerge = o.minWriteBufferNumberToMerge;
    this.numLevels = o.numLevels;
    this.openFilesAsync = o.openFilesAsync;
    this.optimizeFiltersForHits = o.optimizeFiltersForHits;
    this.paranoidChecks = o.paranoidChecks;
    this.paranoidFileChecks = o.paranoidFileChecks;
    this.periodicCompactionSeconds = o.periodicCompactionSeconds;
    this.persistStatsToDisk = o.persistStatsToDisk;
    this.prepopulateBlobCache = o.prepopulateBlobCache;
    this.rateLimiter = o.rateLimiter;
    this.readTriggeredCompactionThreshold = o.readTriggeredCompactionThreshold;
    this.recycleLogFileNum = o.recycleLogFileNum;
    this.reportBgIoStats = o.reportBgIoStats;
    this.rowCache = o.rowCache;
    this.skipStatsUpdateOnDbOpen = o.skipStatsUpdateOnDbOpen;
    this.softPendingCompactionBytesLimit = o.softPendingCompactionBytesLimit;
    this.sstFileManager = o.sstFileManager;
    this.sstPartitionerFactory = o.sstPartitionerFactory;
    this.statistics = o.statistics;
    this.statsDumpPeriodSec = o.statsDumpPeriodSec;
    this.statsHistoryBufferSize = o.statsHistoryBufferSize;
    this.statsPersistPeriodSec = o.statsPersistPeriodSec;
    this.strictBytesPerSync = o.strictBytesPerSync;
    this.tableCacheNumshardbits = o.tableCacheNumshardbits;
    this.tableFormatConfig = o.tableFormatConfig;
    this.tablePropertiesCollectorFactory = new java.util.ArrayList<>(o.tablePropertiesCollectorFactory);
    this.targetFileSizeBase = o.targetFileSizeBase;
    this.targetFileSizeMultiplier = o.targetFileSizeMultiplier;
    this.ttl = o.ttl;
    this.twoWriteQueues = o.twoWriteQueues;
    this.unorderedWrite = o.unorderedWrite;
    this.useAdaptiveMutex = o.useAdaptiveMutex;
    this.useDirectIoForFlushAndCompaction = o.useDirectIoForFlushAndCompaction;
    this.useDirectReads = o.useDirectReads;
    this.useFsync = o.useFsync;
    this.walBytesPerSync = o.walBytesPerSync;
    this.walDir = o.walDir;
    this.walFilter = o.walFilter;
    this.walRecoveryMode = o.walRecoveryMode;
    this.walSizeLimitMB = o.walSizeLimitMB;
    this.walTtlSeconds = o.walTtlSeconds;
    this.writableFileMaxBufferSize = o.writableFileMaxBufferSize;
    this.writeBufferManager = o.writeBufferManager;
    this.writeBufferSize = o.writeBufferSize;
    this.writeDbidToManifest = o.writeDbidToManifest;
    this.writeThreadMaxYieldUsec = o.writeThreadMaxYieldUsec;
    this.writeThreadSlowYieldUsec = o.writeThreadSlowYieldUsec;
    copyEngineState(o.memTableFactory, o.tableFactory, o.javaComparator, o.builtinComparator, o.mergeOperatorObject, o.mergeOperatorByName, o.prefixExtractorKind, o.prefixExtractorLength);
  }

  boolean adviseRandomOnOpen = true;
  boolean allow2pc = false;
  boolean allowConcurrentMemtableWrite = true;
  boolean allowFAllocate = true;
  boolean allowIngestBehind = false;
  boolean allowMmapReads = false;
  boolean allowMmapWrites = false;
  long arenaBlockSize = 0L;
  boolean atomicFlush = false;
  boolean avoidFlushDuringRecovery = false;
  boolean avoidFlushDuringShutdown = false;
  boolean avoidUnnecessaryBlockingIO = false;
  boolean bestEffortsRecovery = false;
  long bgerrorResumeRetryInterval = 1000000L;
  long blobCompactionReadaheadSize = 0L;
  CompressionType blobCompressionType = CompressionType.NO_COMPRESSION;
  long blobFileSize = 268435456L;
  int blobFileStartingLevel = 0;
  double blobGarbageCollectionAgeCutoff = 0.25;
  double blobGarbageCollectionForceThreshold = 1.0;
  int bloomLocality = 0;
  CompressionOptions bottommostCompressionOptions = null;
  CompressionType bottommostCompressionType = CompressionType.DISABLE_COMPRESSION_OPTION;
  long bytesPerSync = 0L;
  java.util.Collection<DbPath> cfPaths = new java.util.ArrayList<>();
  AbstractCompactionFilter<? extends AbstractSlice<?>> compactionFilter = null;
  AbstractCompactionFilterFactory<? extends AbstractCompactionFilter<?>> compactionFilterFactory = null;
  CompactionOptionsFIFO compactionOptionsFIFO = null;
  CompactionOptionsUniversal compactionOptionsUniversal = null;
  CompactionPriority compactionPriority = CompactionPriority.MinOverlappingRatio;
  long compactionReadaheadSize = 2097152L;
  CompactionStyle compactionStyle = CompactionStyle.LEVEL;
  ConcurrentTaskLimiter compactionThreadLimiter = null;
  CompressionOptions compressionOptions = null;
  java.util.List<CompressionType> compressionPerLevel = new java.util.ArrayList<>();
  CompressionType compressionType = CompressionType.LZ4_COMPRESSION;
  boolean createIfMissing = false;
  boolean createMissingColumnFamilies = false;
  String dailyOffpeakTimeUTC = "";
  String dbLogDir = "";
  java.util.Collection<DbPath> dbPaths = new java.util.ArrayList<>();
  long dbWriteBufferSize = 0L;
  long delayedWriteRate = 0L;
  long deleteObsoleteFilesPeriodMicros = 21600000000L;
  boolean disableAutoCompactions = false;
  boolean dumpMallocStats = false;
  boolean enableBlobFiles = false;
  boolean enableBlobGarbageCollection = false;
  boolean enablePipelinedWrite = false;
  boolean enableThreadTracking = false;
  boolean enableWriteThreadAdaptiveYield = true;
  Env env = Env.getDefault();
  boolean errorIfExists = false;
  double experimentalMempurgeThreshold = 0.0;
  boolean failIfOptionsFileError;
  boolean forceConsistencyChecks = true;
  long hardPendingCompactionBytesLimit = 274877906944L;
  int increaseParallelism;
  InfoLogLevel infoLogLevel = InfoLogLevel.INFO_LEVEL;
  long inplaceUpdateNumLocks = 10000L;
  boolean inplaceUpdateSupport = false;
  boolean isFdCloseOnExec = true;
  long keepLogFileNum = 1000L;
  int level0FileNumCompactionTrigger = 4;
  int level0SlowdownWritesTrigger = 20;
  int level0StopWritesTrigger = 36;
  boolean levelCompactionDynamicLevelBytes = true;
  java.util.List<AbstractEventListener> listeners = new java.util.ArrayList<>();
  long logFileTimeToRoll = 0L;
  long logReadaheadSize = 0L;
  LoggerInterface logger;
  long manifestPreallocationSize = 4194304L;
  boolean manualWalFlush = false;
  int maxBackgroundCompactions = -1;
  int maxBackgroundFlushes = -1;
  int maxBackgroundJobs = 2;
  int maxBgErrorResumeCount = Integer.MAX_VALUE;
  long maxBytesForLevelBase = 268435456L;
  double maxBytesForLevelMultiplier = 10.0;
  int[] maxBytesForLevelMultiplierAdditional = new int[] {1, 1, 1, 1, 1, 1, 1};
  long maxCompactionBytes = 0L;
  long maxCompactionTriggerWakeupSeconds = 43200L;
  int maxFileOpeningThreads = 16;
  long maxLogFileSize = 0L;
  long maxManifestFileSize = 1073741824L;
  int maxOpenFiles = -1;
  long maxSequentialSkipInIterations = 8L;
  int maxSubcompactions = 1;
  long maxSuccessiveMerges = 0L;
  long maxTableFilesSizeFIFO = 1073741824L;
  long maxTotalWalSize = 0L;
  long maxWriteBatchGroupSizeBytes = 1048576L;
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
  boolean openFilesAsync = false;
  boolean optimizeFiltersForHits = false;
  boolean paranoidChecks = true;
  boolean paranoidFileChecks = false;
  long periodicCompactionSeconds = -2L;
  boolean persistStatsToDisk = false;
  PrepopulateBlobCache prepopulateBlobCache = PrepopulateBlobCache.PREPOPULATE_BLOB_DISABLE;
  RateLimiter rateLimiter;
  double readTriggeredCompactionThreshold = 0.0;
  long recycleLogFileNum = 0L;
  boolean reportBgIoStats = false;
  Cache rowCache = null;
  boolean skipStatsUpdateOnDbOpen = false;
  long softPendingCompactionBytesLimit = 68719476736L;
  SstFileManager sstFileManager;
  SstPartitionerFactory sstPartitionerFactory = null;
  Statistics statistics = null;
  int statsDumpPeriodSec = 600;
  long statsHistoryBufferSize = 1048576L;
  int statsPersistPeriodSec = 600;
  boolean strictBytesPerSync = false;
  int tableCacheNumshardbits = 6;
  TableFormatConfig tableFormatConfig = null;
  java.util.List<TablePropertiesCollectorFactory> tablePropertiesCollectorFactory = new java.util.ArrayList<>();
  long targetFileSizeBase = 67108864L;
  int targetFileSizeMultiplier = 1;
  long ttl = -2L;
  boolean twoWriteQueues = false;
  boolean unorderedWrite = false;
  boolean useAdaptiveMutex = false;
  boolean useDirectIoForFlushAndCompaction = false;
  boolean useDirectReads = false;
  boolean useFsync = false;
  long walBytesPerSync = 0L;
  String walDir = "";
  AbstractWalFilter walFilter;
  WALRecoveryMode walRecoveryMode = WALRecoveryMode.PointInTimeRecovery;
  long walSizeLimitMB = 0L;
  long walTtlSeconds = 0L;
  long writableFileMaxBufferSize = 1048576L;
  WriteBufferManager writeBufferManager = null;
  long writeBufferSize = 67108864L;
  boolean writeDbidToManifest = true;
  long writeThreadMaxYieldUsec = 100L;
  long writeThreadSlowYieldUsec = 3L;

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

  /** For the engine: the logger set last, or null (RocksDB then logs to its own info log). */
  LoggerInterface logger() {
    return logger;
  }

  /** For the engine: the rate limiter set last, or null. */
  RateLimiter rateLimiter() {
    return rateLimiter;
  }

  /** For the engine: the SST file manager set last, or null. */
  SstFileManager sstFileManager() {
    return sstFileManager;
  }


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

  /** Returns the stored value (RocksJava's default until set). */
  public long bytesPerSync() {
    return bytesPerSync;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
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
    return compressionPerLevel == null ? null : new java.util.ArrayList<>(compressionPerLevel); // a copy, as RocksJava builds a new list
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
    return new java.util.ArrayList<>(dbPaths);
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
  public java.util.List<AbstractEventListener> listeners() {
    return listeners == null ? null : new java.util.ArrayList<>(listeners); // a copy, as RocksJava builds a new list
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
    return maxBgErrorResumeCount;
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
    // Sets what RocksDB's native method sets (measured against RocksJava 11.8.1).
    this.memtablePrefixBloomSizeRatio = 0.02;
    this.memtableWholeKeyFiltering = true;
    return this;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Options optimizeForSmallDb() {
    // Sets what RocksDB's native method sets (measured against RocksJava 11.8.1).
    this.writeBufferSize = 2L << 20;
    this.targetFileSizeBase = 2L << 20;
    this.maxBytesForLevelBase = 10L << 20;
    this.softPendingCompactionBytesLimit = 256L << 20;
    this.hardPendingCompactionBytesLimit = 1L << 30;
    this.maxFileOpeningThreads = 1;
    this.maxOpenFiles = 5000;
    return this;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Options optimizeForSmallDb(final Cache value) {
    // Sets what RocksDB's native method sets (measured against RocksJava 11.8.1).
    this.writeBufferSize = 2L << 20;
    this.targetFileSizeBase = 2L << 20;
    this.maxBytesForLevelBase = 10L << 20;
    this.softPendingCompactionBytesLimit = 256L << 20;
    this.hardPendingCompactionBytesLimit = 1L << 30;
    return this;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Options optimizeLevelStyleCompaction() {
    // Sets what RocksDB's native method sets (measured against RocksJava 11.8.1).
    return optimizeLevelStyleCompaction(512L << 20); // RocksDB's default memtable budget
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Options optimizeLevelStyleCompaction(final long value) {
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

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Options optimizeUniversalStyleCompaction() {
    // Sets what RocksDB's native method sets (measured against RocksJava 11.8.1).
    return optimizeUniversalStyleCompaction(512L << 20); // RocksDB's default memtable budget
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Options optimizeUniversalStyleCompaction(final long value) {
    // Sets what RocksDB's native method sets (measured against RocksJava 11.8.1).
    this.writeBufferSize = value / 4;
    this.minWriteBufferNumberToMerge = 2;
    this.maxWriteBufferNumber = 6;
    this.compactionStyle = CompactionStyle.UNIVERSAL;
    return this;
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
    // Sets what RocksDB's native method sets (measured against RocksJava 11.8.1).
    this.disableAutoCompactions = true;
    this.hardPendingCompactionBytesLimit = 0;
    this.softPendingCompactionBytesLimit = 0;
    this.level0FileNumCompactionTrigger = 1 << 30;
    this.level0SlowdownWritesTrigger = 1 << 30;
    this.level0StopWritesTrigger = 1 << 30;
    this.maxCompactionBytes = 1L << 60;
    this.maxWriteBufferNumber = 6;
    this.numLevels = 2;
    this.targetFileSizeBase = 256L << 20;
    this.maxBackgroundFlushes = 4;
    this.maxBackgroundCompactions = 2;
    return this;
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
    this.cfPaths = new java.util.ArrayList<>(value); // copied, as RocksJava copies into native memory
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
    this.javaComparator = value;
    return this;
  }

  /** Stores the value for the engine. */
  public Options setComparator(final BuiltinComparator value) {
    java.util.Objects.requireNonNull(value);
    this.builtinComparator = value;
    this.javaComparator = null;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompressionOptions(final CompressionOptions value) {
    this.compressionOptions = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompressionPerLevel(final java.util.List<CompressionType> value) {
    this.compressionPerLevel = new java.util.ArrayList<>(value); // copied, as RocksJava copies into native memory
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
    this.dbPaths = new java.util.ArrayList<>(value); // copied, as RocksJava copies into native memory
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
    java.util.Objects.requireNonNull(value);
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
    this.maxBackgroundJobs = value; // RocksDB's IncreaseParallelism sizes the background jobs
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
    return setLevel0FileNumCompactionTrigger(value); // an alias, as in RocksJava
  }

  /** Stores the value; see the matching getter. */
  public Options setLevelZeroSlowdownWritesTrigger(final int value) {
    return setLevel0SlowdownWritesTrigger(value); // an alias, as in RocksJava
  }

  /** Stores the value; see the matching getter. */
  public Options setLevelZeroStopWritesTrigger(final int value) {
    return setLevel0StopWritesTrigger(value); // an alias, as in RocksJava
  }

  /** Stores the value; see the matching getter. */
  public Options setListeners(final java.util.List<AbstractEventListener> value) {
    this.listeners = new java.util.ArrayList<>(value); // copied, as RocksJava copies into native memory
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
    assert value > 0; // RocksJava checks this only with assertions enabled
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
    this.memTableFactory = value;
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
    this.mergeOperatorObject = value;
    this.mergeOperatorByName = null;
    return this;
  }

  /** Stores the value for the engine. */
  public Options setMergeOperatorName(final String value) {
    if (value == null) {
      throw new IllegalArgumentException("Merge operator name must not be null.");
    }
    this.mergeOperatorByName = value;
    this.mergeOperatorObject = null;
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
    this.tableFactory = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public void setTablePropertiesCollectorFactory(final java.util.List<TablePropertiesCollectorFactory> value) {
    this.tablePropertiesCollectorFactory = new java.util.ArrayList<>(value); // copied, as RocksJava copies into native memory
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
    return tableFactoryNameOf(tableFactory);
  }

  /** Returns the stored value (RocksJava's default until set). */
  public TableFormatConfig tableFormatConfig() {
    return tableFormatConfig;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public java.util.List<TablePropertiesCollectorFactory> tablePropertiesCollectorFactory() {
    return tablePropertiesCollectorFactory == null ? null : new java.util.ArrayList<>(tablePropertiesCollectorFactory); // a copy, as RocksJava builds a new list
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
    this.prefixExtractorKind = PREFIX_CAPPED;
    this.prefixExtractorLength = value;
    return this;
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
    this.prefixExtractorKind = PREFIX_FIXED;
    this.prefixExtractorLength = value;
    return this;
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
    return walFilter;
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


  /** Level-style compression per level as RocksDB's OptimizeLevelStyleCompaction sets it. */
  static java.util.List<CompressionType> levelStyleCompression(final int numLevels) {
    final java.util.List<CompressionType> list = new java.util.ArrayList<>();
    for (int i = 0; i < numLevels; i++) {
      list.add(i < 2 ? CompressionType.NO_COMPRESSION : CompressionType.LZ4_COMPRESSION);
    }
    return list;
  }

}
