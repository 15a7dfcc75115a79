package dev.purerocks;

/**
 * The database-wide options, for opening a database with column family descriptors. Mirrors {@code
 * org.rocksdb.DBOptions}; setters store and return this, getters start at RocksJava's defaults.
 * The engine reads {@code logger()}, {@code rateLimiter()}, {@code sstFileManager()} and the
 * package-private fields.
 */
public class DBOptions extends RocksObject implements DBOptionsInterface<DBOptions>, MutableDBOptionsInterface<DBOptions> {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public DBOptions() {
    super(NativeHandles.next());
  }

  /** Copies everything, the option values and the Java objects last given to setters alike. */
  public DBOptions(final DBOptions value) {
    super(NativeHandles.next());
    copyValuesFrom(value);
    final DBOptions o = value;
    this.env = o.env;
    this.logger = o.logger;
    this.rateLimiter = o.rateLimiter;
    this.rowCache = o.rowCache;
    this.sstFileManager = o.sstFileManager;
    this.statistics = o.statistics;
    this.walFilter = o.walFilter;
    this.writeBufferManager = o.writeBufferManager;
  }

  /** Copies the option values of {@code Options}' database half, as RocksJava does. */
  public DBOptions(final Options value) {
    super(NativeHandles.next());
    copyValuesFrom(value.db);
  }

  /**
   * Copies the option values, not the Java objects last given to object-valued setters: what
   * RocksJava copies when it builds one options object from another of a different class.
   */
  final void copyValuesFrom(final DBOptions o) {
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

  boolean adviseRandomOnOpen = true;
  boolean allow2pc = false;
  boolean allowConcurrentMemtableWrite = true;
  boolean allowFAllocate = true;
  boolean allowIngestBehind = false;
  boolean allowMmapReads = false;
  boolean allowMmapWrites = false;
  boolean atomicFlush = false;
  boolean avoidFlushDuringRecovery = false;
  boolean avoidFlushDuringShutdown = false;
  boolean avoidUnnecessaryBlockingIO = false;
  boolean bestEffortsRecovery = false;
  long bgerrorResumeRetryInterval = 1000000L;
  long bytesPerSync = 0L;
  long compactionReadaheadSize = 2097152L;
  boolean createIfMissing = false;
  boolean createMissingColumnFamilies = false;
  String dailyOffpeakTimeUTC = "";
  String dbLogDir = "";
  java.util.Collection<DbPath> dbPaths = new java.util.ArrayList<>();
  long dbWriteBufferSize = 0L;
  long delayedWriteRate = 0L;
  long deleteObsoleteFilesPeriodMicros = 21600000000L;
  boolean dumpMallocStats = false;
  boolean enablePipelinedWrite = false;
  boolean enableThreadTracking = false;
  boolean enableWriteThreadAdaptiveYield = true;
  Env env = Env.getDefault();
  boolean errorIfExists = false;
  boolean failIfOptionsFileError;
  int increaseParallelism;
  InfoLogLevel infoLogLevel = InfoLogLevel.INFO_LEVEL;
  boolean isFdCloseOnExec = true;
  long keepLogFileNum = 1000L;
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
  long maxCompactionTriggerWakeupSeconds = 43200L;
  int maxFileOpeningThreads = 16;
  long maxLogFileSize = 0L;
  long maxManifestFileSize = 1073741824L;
  int maxOpenFiles = -1;
  int maxSubcompactions = 1;
  long maxTotalWalSize = 0L;
  long maxWriteBatchGroupSizeBytes = 1048576L;
  boolean openFilesAsync = false;
  boolean paranoidChecks = true;
  boolean persistStatsToDisk = false;
  RateLimiter rateLimiter;
  long recycleLogFileNum = 0L;
  Cache rowCache = null;
  boolean skipStatsUpdateOnDbOpen = false;
  SstFileManager sstFileManager;
  Statistics statistics = null;
  int statsDumpPeriodSec = 600;
  long statsHistoryBufferSize = 1048576L;
  int statsPersistPeriodSec = 600;
  boolean strictBytesPerSync = false;
  int tableCacheNumshardbits = 6;
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
  boolean writeDbidToManifest = true;
  long writeThreadMaxYieldUsec = 100L;
  long writeThreadSlowYieldUsec = 3L;

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
  public long bytesPerSync() {
    return bytesPerSync;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long compactionReadaheadSize() {
    return compactionReadaheadSize;
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

  /** Behaves as RocksJava's member of the same name. */
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

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean dumpMallocStats() {
    return dumpMallocStats;
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
  public boolean failIfOptionsFileError() {
    return failIfOptionsFileError;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static DBOptions getDBOptionsFromProps(final java.util.Properties value) {
    throw Unsupported.unchecked("DBOptions.getDBOptionsFromProps");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static DBOptions getDBOptionsFromProps(final ConfigOptions p0, final java.util.Properties p1) {
    throw Unsupported.unchecked("DBOptions.getDBOptionsFromProps");
  }

  /** Returns the stored value (RocksJava's default until set). */
  public Env getEnv() {
    return env;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public InfoLogLevel infoLogLevel() {
    return infoLogLevel;
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

  /** Behaves as RocksJava's member of the same name. */
  public int maxBgerrorResumeCount() {
    return maxBgErrorResumeCount;
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
  public int maxSubcompactions() {
    return maxSubcompactions;
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
  public boolean openFilesAsync() {
    return openFilesAsync;
  }

  /** Behaves as RocksJava's member of the same name. */
  public DBOptions optimizeForSmallDb() {
    // Sets what RocksDB's native method sets (measured against RocksJava 11.8.1).
    this.maxFileOpeningThreads = 1;
    this.maxOpenFiles = 5000;
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean paranoidChecks() {
    return paranoidChecks;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean persistStatsToDisk() {
    return persistStatsToDisk;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long recycleLogFileNum() {
    return recycleLogFileNum;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public Cache rowCache() {
    return rowCache;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setAdviseRandomOnOpen(final boolean value) {
    this.adviseRandomOnOpen = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setAllow2pc(final boolean value) {
    this.allow2pc = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setAllowConcurrentMemtableWrite(final boolean value) {
    this.allowConcurrentMemtableWrite = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setAllowFAllocate(final boolean value) {
    this.allowFAllocate = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setAllowIngestBehind(final boolean value) {
    this.allowIngestBehind = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setAllowMmapReads(final boolean value) {
    this.allowMmapReads = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setAllowMmapWrites(final boolean value) {
    this.allowMmapWrites = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setAtomicFlush(final boolean value) {
    this.atomicFlush = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setAvoidFlushDuringRecovery(final boolean value) {
    this.avoidFlushDuringRecovery = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setAvoidFlushDuringShutdown(final boolean value) {
    this.avoidFlushDuringShutdown = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setAvoidUnnecessaryBlockingIO(final boolean value) {
    this.avoidUnnecessaryBlockingIO = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setBestEffortsRecovery(final boolean value) {
    this.bestEffortsRecovery = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setBgerrorResumeRetryInterval(final long value) {
    this.bgerrorResumeRetryInterval = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setBytesPerSync(final long value) {
    this.bytesPerSync = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setCompactionReadaheadSize(final long value) {
    this.compactionReadaheadSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setCreateIfMissing(final boolean value) {
    this.createIfMissing = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setCreateMissingColumnFamilies(final boolean value) {
    this.createMissingColumnFamilies = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setDailyOffpeakTimeUTC(final String value) {
    this.dailyOffpeakTimeUTC = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setDbLogDir(final String value) {
    this.dbLogDir = value;
    return this;
  }

  /** Stores the value for the engine. */
  public DBOptions setDbPaths(final java.util.Collection<DbPath> value) {
    java.util.Objects.requireNonNull(value);
    this.dbPaths = new java.util.ArrayList<>(value); // copied, as RocksJava copies into native memory
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setDbWriteBufferSize(final long value) {
    this.dbWriteBufferSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setDelayedWriteRate(final long value) {
    this.delayedWriteRate = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setDeleteObsoleteFilesPeriodMicros(final long value) {
    this.deleteObsoleteFilesPeriodMicros = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setDumpMallocStats(final boolean value) {
    this.dumpMallocStats = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setEnablePipelinedWrite(final boolean value) {
    this.enablePipelinedWrite = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setEnableThreadTracking(final boolean value) {
    this.enableThreadTracking = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setEnableWriteThreadAdaptiveYield(final boolean value) {
    this.enableWriteThreadAdaptiveYield = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setEnv(final Env value) {
    java.util.Objects.requireNonNull(value);
    this.env = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setErrorIfExists(final boolean value) {
    this.errorIfExists = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setFailIfOptionsFileError(final boolean value) {
    this.failIfOptionsFileError = value;
    return this;
  }

  /** Stores the value for the engine. */
  public DBOptions setIncreaseParallelism(final int value) {
    this.increaseParallelism = value;
    this.maxBackgroundJobs = value; // RocksDB's IncreaseParallelism sizes the background jobs
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setInfoLogLevel(final InfoLogLevel value) {
    java.util.Objects.requireNonNull(value);
    this.infoLogLevel = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setIsFdCloseOnExec(final boolean value) {
    this.isFdCloseOnExec = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setKeepLogFileNum(final long value) {
    this.keepLogFileNum = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setListeners(final java.util.List<AbstractEventListener> value) {
    this.listeners = value == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(value); // copied, as RocksJava copies into native memory
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setLogFileTimeToRoll(final long value) {
    this.logFileTimeToRoll = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setLogReadaheadSize(final long value) {
    this.logReadaheadSize = value;
    return this;
  }

  /** Stores the value for the engine. */
  public DBOptions setLogger(final LoggerInterface value) {
    java.util.Objects.requireNonNull(value);
    this.logger = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setManifestPreallocationSize(final long value) {
    this.manifestPreallocationSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setManualWalFlush(final boolean value) {
    this.manualWalFlush = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setMaxBackgroundCompactions(final int value) {
    this.maxBackgroundCompactions = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setMaxBackgroundFlushes(final int value) {
    this.maxBackgroundFlushes = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setMaxBackgroundJobs(final int value) {
    this.maxBackgroundJobs = value;
    return this;
  }

  /** Stores the value for the engine. */
  public DBOptions setMaxBgErrorResumeCount(final int value) {
    this.maxBgErrorResumeCount = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setMaxCompactionTriggerWakeupSeconds(final long value) {
    this.maxCompactionTriggerWakeupSeconds = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setMaxFileOpeningThreads(final int value) {
    this.maxFileOpeningThreads = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setMaxLogFileSize(final long value) {
    this.maxLogFileSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setMaxManifestFileSize(final long value) {
    this.maxManifestFileSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setMaxOpenFiles(final int value) {
    this.maxOpenFiles = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setMaxSubcompactions(final int value) {
    this.maxSubcompactions = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setMaxTotalWalSize(final long value) {
    this.maxTotalWalSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setMaxWriteBatchGroupSizeBytes(final long value) {
    this.maxWriteBatchGroupSizeBytes = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setOpenFilesAsync(final boolean value) {
    this.openFilesAsync = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setParanoidChecks(final boolean value) {
    this.paranoidChecks = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setPersistStatsToDisk(final boolean value) {
    this.persistStatsToDisk = value;
    return this;
  }

  /** Stores the value for the engine. */
  public DBOptions setRateLimiter(final RateLimiter value) {
    java.util.Objects.requireNonNull(value);
    this.rateLimiter = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setRecycleLogFileNum(final long value) {
    this.recycleLogFileNum = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setRowCache(final Cache value) {
    java.util.Objects.requireNonNull(value);
    this.rowCache = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setSkipStatsUpdateOnDbOpen(final boolean value) {
    this.skipStatsUpdateOnDbOpen = value;
    return this;
  }

  /** Stores the value for the engine. */
  public DBOptions setSstFileManager(final SstFileManager value) {
    java.util.Objects.requireNonNull(value);
    this.sstFileManager = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setStatistics(final Statistics value) {
    java.util.Objects.requireNonNull(value);
    this.statistics = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setStatsDumpPeriodSec(final int value) {
    this.statsDumpPeriodSec = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setStatsHistoryBufferSize(final long value) {
    this.statsHistoryBufferSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setStatsPersistPeriodSec(final int value) {
    this.statsPersistPeriodSec = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setStrictBytesPerSync(final boolean value) {
    this.strictBytesPerSync = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setTableCacheNumshardbits(final int value) {
    this.tableCacheNumshardbits = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setTwoWriteQueues(final boolean value) {
    this.twoWriteQueues = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setUnorderedWrite(final boolean value) {
    this.unorderedWrite = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setUseAdaptiveMutex(final boolean value) {
    this.useAdaptiveMutex = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setUseDirectIoForFlushAndCompaction(final boolean value) {
    this.useDirectIoForFlushAndCompaction = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setUseDirectReads(final boolean value) {
    this.useDirectReads = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setUseFsync(final boolean value) {
    this.useFsync = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setWalBytesPerSync(final long value) {
    this.walBytesPerSync = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setWalDir(final String value) {
    this.walDir = value;
    return this;
  }

  /** Stores the value for the engine. */
  public DBOptions setWalFilter(final AbstractWalFilter value) {
    java.util.Objects.requireNonNull(value);
    this.walFilter = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setWalRecoveryMode(final WALRecoveryMode value) {
    java.util.Objects.requireNonNull(value);
    this.walRecoveryMode = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setWalSizeLimitMB(final long value) {
    this.walSizeLimitMB = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setWalTtlSeconds(final long value) {
    this.walTtlSeconds = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setWritableFileMaxBufferSize(final long value) {
    this.writableFileMaxBufferSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setWriteBufferManager(final WriteBufferManager value) {
    java.util.Objects.requireNonNull(value);
    this.writeBufferManager = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setWriteDbidToManifest(final boolean value) {
    this.writeDbidToManifest = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setWriteThreadMaxYieldUsec(final long value) {
    this.writeThreadMaxYieldUsec = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public DBOptions setWriteThreadSlowYieldUsec(final long value) {
    this.writeThreadSlowYieldUsec = value;
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean skipStatsUpdateOnDbOpen() {
    return skipStatsUpdateOnDbOpen;
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

  /** Returns the stored value (RocksJava's default until set). */
  public boolean useDirectIoForFlushAndCompaction() {
    return useDirectIoForFlushAndCompaction;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean useDirectReads() {
    return useDirectReads;
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

  /** Behaves as RocksJava's member of the same name. */
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
