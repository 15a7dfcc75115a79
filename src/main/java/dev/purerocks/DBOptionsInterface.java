package dev.purerocks;

/**
 * The database-wide options, with a self type so that setters chain on the concrete class.
 * Mirrors {@code org.rocksdb.DBOptionsInterface}.
 *
 * @param <T> the implementing options class
 */
public interface DBOptionsInterface<T extends DBOptionsInterface<T>> {
  /** Implemented by the implementing classes. */
  boolean adviseRandomOnOpen();

  /** Implemented by the implementing classes. */
  boolean allow2pc();

  /** Implemented by the implementing classes. */
  boolean allowConcurrentMemtableWrite();

  /** Implemented by the implementing classes. */
  boolean allowFAllocate();

  /** Implemented by the implementing classes. */
  boolean allowIngestBehind();

  /** Implemented by the implementing classes. */
  boolean allowMmapReads();

  /** Implemented by the implementing classes. */
  boolean allowMmapWrites();

  /** Implemented by the implementing classes. */
  boolean atomicFlush();

  /** Implemented by the implementing classes. */
  boolean avoidFlushDuringRecovery();

  /** Implemented by the implementing classes. */
  boolean avoidUnnecessaryBlockingIO();

  /** Implemented by the implementing classes. */
  boolean bestEffortsRecovery();

  /** Implemented by the implementing classes. */
  long bgerrorResumeRetryInterval();

  /** Implemented by the implementing classes. */
  boolean createIfMissing();

  /** Implemented by the implementing classes. */
  boolean createMissingColumnFamilies();

  /** Implemented by the implementing classes. */
  String dailyOffpeakTimeUTC();

  /** Implemented by the implementing classes. */
  String dbLogDir();

  /** Implemented by the implementing classes. */
  java.util.List<DbPath> dbPaths();

  /** Implemented by the implementing classes. */
  long dbWriteBufferSize();

  /** Implemented by the implementing classes. */
  long deleteObsoleteFilesPeriodMicros();

  /** Implemented by the implementing classes. */
  boolean dumpMallocStats();

  /** Implemented by the implementing classes. */
  boolean enablePipelinedWrite();

  /** Implemented by the implementing classes. */
  boolean enableThreadTracking();

  /** Implemented by the implementing classes. */
  boolean enableWriteThreadAdaptiveYield();

  /** Implemented by the implementing classes. */
  boolean errorIfExists();

  /** Implemented by the implementing classes. */
  boolean failIfOptionsFileError();

  /** Implemented by the implementing classes. */
  Env getEnv();

  /** Implemented by the implementing classes. */
  InfoLogLevel infoLogLevel();

  /** Implemented by the implementing classes. */
  boolean isFdCloseOnExec();

  /** Implemented by the implementing classes. */
  long keepLogFileNum();

  /** Implemented by the implementing classes. */
  java.util.List<AbstractEventListener> listeners();

  /** Implemented by the implementing classes. */
  long logFileTimeToRoll();

  /** Implemented by the implementing classes. */
  long logReadaheadSize();

  /** Implemented by the implementing classes. */
  long manifestPreallocationSize();

  /** Implemented by the implementing classes. */
  boolean manualWalFlush();

  /** Implemented by the implementing classes. */
  int maxBackgroundFlushes();

  /** Implemented by the implementing classes. */
  int maxBgerrorResumeCount();

  /** Implemented by the implementing classes. */
  int maxFileOpeningThreads();

  /** Implemented by the implementing classes. */
  long maxLogFileSize();

  /** Implemented by the implementing classes. */
  long maxManifestFileSize();

  /** Implemented by the implementing classes. */
  int maxSubcompactions();

  /** Implemented by the implementing classes. */
  long maxWriteBatchGroupSizeBytes();

  /** Implemented by the implementing classes. */
  boolean openFilesAsync();

  /** Implemented by the implementing classes. */
  T optimizeForSmallDb();

  /** Implemented by the implementing classes. */
  boolean paranoidChecks();

  /** Implemented by the implementing classes. */
  boolean persistStatsToDisk();

  /** Implemented by the implementing classes. */
  long recycleLogFileNum();

  /** Implemented by the implementing classes. */
  Cache rowCache();

  /** Implemented by the implementing classes. */
  T setAdviseRandomOnOpen(final boolean value);

  /** Implemented by the implementing classes. */
  T setAllow2pc(final boolean value);

  /** Implemented by the implementing classes. */
  T setAllowConcurrentMemtableWrite(final boolean value);

  /** Implemented by the implementing classes. */
  T setAllowFAllocate(final boolean value);

  /** Implemented by the implementing classes. */
  T setAllowIngestBehind(final boolean value);

  /** Implemented by the implementing classes. */
  T setAllowMmapReads(final boolean value);

  /** Implemented by the implementing classes. */
  T setAllowMmapWrites(final boolean value);

  /** Implemented by the implementing classes. */
  T setAtomicFlush(final boolean value);

  /** Implemented by the implementing classes. */
  T setAvoidFlushDuringRecovery(final boolean value);

  /** Implemented by the implementing classes. */
  T setAvoidUnnecessaryBlockingIO(final boolean value);

  /** Implemented by the implementing classes. */
  T setBestEffortsRecovery(final boolean value);

  /** Implemented by the implementing classes. */
  T setBgerrorResumeRetryInterval(final long value);

  /** Implemented by the implementing classes. */
  T setCreateIfMissing(final boolean value);

  /** Implemented by the implementing classes. */
  T setCreateMissingColumnFamilies(final boolean value);

  /** Implemented by the implementing classes. */
  T setDailyOffpeakTimeUTC(final String value);

  /** Implemented by the implementing classes. */
  T setDbLogDir(final String value);

  /** Implemented by the implementing classes. */
  T setDbPaths(final java.util.Collection<DbPath> value);

  /** Implemented by the implementing classes. */
  T setDbWriteBufferSize(final long value);

  /** Implemented by the implementing classes. */
  T setDeleteObsoleteFilesPeriodMicros(final long value);

  /** Implemented by the implementing classes. */
  T setDumpMallocStats(final boolean value);

  /** Implemented by the implementing classes. */
  T setEnablePipelinedWrite(final boolean value);

  /** Implemented by the implementing classes. */
  T setEnableThreadTracking(final boolean value);

  /** Implemented by the implementing classes. */
  T setEnableWriteThreadAdaptiveYield(final boolean value);

  /** Implemented by the implementing classes. */
  T setEnv(final Env value);

  /** Implemented by the implementing classes. */
  T setErrorIfExists(final boolean value);

  /** Implemented by the implementing classes. */
  T setFailIfOptionsFileError(final boolean value);

  /** Implemented by the implementing classes. */
  T setIncreaseParallelism(final int value);

  /** Implemented by the implementing classes. */
  T setInfoLogLevel(final InfoLogLevel value);

  /** Implemented by the implementing classes. */
  T setIsFdCloseOnExec(final boolean value);

  /** Implemented by the implementing classes. */
  T setKeepLogFileNum(final long value);

  /** Implemented by the implementing classes. */
  T setListeners(final java.util.List<AbstractEventListener> value);

  /** Implemented by the implementing classes. */
  T setLogFileTimeToRoll(final long value);

  /** Implemented by the implementing classes. */
  T setLogReadaheadSize(final long value);

  /** Implemented by the implementing classes. */
  T setLogger(final LoggerInterface value);

  /** Implemented by the implementing classes. */
  T setManifestPreallocationSize(final long value);

  /** Implemented by the implementing classes. */
  T setManualWalFlush(final boolean value);

  /** Implemented by the implementing classes. */
  T setMaxBackgroundFlushes(final int value);

  /** Implemented by the implementing classes. */
  T setMaxBgErrorResumeCount(final int value);

  /** Implemented by the implementing classes. */
  T setMaxFileOpeningThreads(final int value);

  /** Implemented by the implementing classes. */
  T setMaxLogFileSize(final long value);

  /** Implemented by the implementing classes. */
  T setMaxManifestFileSize(final long value);

  /** Implemented by the implementing classes. */
  T setMaxSubcompactions(final int value);

  /** Implemented by the implementing classes. */
  T setMaxWriteBatchGroupSizeBytes(final long value);

  /** Implemented by the implementing classes. */
  T setOpenFilesAsync(final boolean value);

  /** Implemented by the implementing classes. */
  T setParanoidChecks(final boolean value);

  /** Implemented by the implementing classes. */
  T setPersistStatsToDisk(final boolean value);

  /** Implemented by the implementing classes. */
  T setRateLimiter(final RateLimiter value);

  /** Implemented by the implementing classes. */
  T setRecycleLogFileNum(final long value);

  /** Implemented by the implementing classes. */
  T setRowCache(final Cache value);

  /** Implemented by the implementing classes. */
  T setSkipStatsUpdateOnDbOpen(final boolean value);

  /** Implemented by the implementing classes. */
  T setSstFileManager(final SstFileManager value);

  /** Implemented by the implementing classes. */
  T setStatistics(final Statistics value);

  /** Implemented by the implementing classes. */
  T setTableCacheNumshardbits(final int value);

  /** Implemented by the implementing classes. */
  T setTwoWriteQueues(final boolean value);

  /** Implemented by the implementing classes. */
  T setUnorderedWrite(final boolean value);

  /** Implemented by the implementing classes. */
  T setUseAdaptiveMutex(final boolean value);

  /** Implemented by the implementing classes. */
  T setUseDirectIoForFlushAndCompaction(final boolean value);

  /** Implemented by the implementing classes. */
  T setUseDirectReads(final boolean value);

  /** Implemented by the implementing classes. */
  T setUseFsync(final boolean value);

  /** Implemented by the implementing classes. */
  T setWalDir(final String value);

  /** Implemented by the implementing classes. */
  T setWalFilter(final AbstractWalFilter value);

  /** Implemented by the implementing classes. */
  T setWalRecoveryMode(final WALRecoveryMode value);

  /** Implemented by the implementing classes. */
  T setWalSizeLimitMB(final long value);

  /** Implemented by the implementing classes. */
  T setWalTtlSeconds(final long value);

  /** Implemented by the implementing classes. */
  T setWriteBufferManager(final WriteBufferManager value);

  /** Implemented by the implementing classes. */
  T setWriteDbidToManifest(final boolean value);

  /** Implemented by the implementing classes. */
  T setWriteThreadMaxYieldUsec(final long value);

  /** Implemented by the implementing classes. */
  T setWriteThreadSlowYieldUsec(final long value);

  /** Implemented by the implementing classes. */
  boolean skipStatsUpdateOnDbOpen();

  /** Implemented by the implementing classes. */
  Statistics statistics();

  /** Implemented by the implementing classes. */
  int tableCacheNumshardbits();

  /** Implemented by the implementing classes. */
  boolean twoWriteQueues();

  /** Implemented by the implementing classes. */
  boolean unorderedWrite();

  /** Implemented by the implementing classes. */
  boolean useAdaptiveMutex();

  /** Implemented by the implementing classes. */
  boolean useDirectIoForFlushAndCompaction();

  /** Implemented by the implementing classes. */
  boolean useDirectReads();

  /** Implemented by the implementing classes. */
  boolean useFsync();

  /** Implemented by the implementing classes. */
  String walDir();

  /** Implemented by the implementing classes. */
  WalFilter walFilter();

  /** Implemented by the implementing classes. */
  WALRecoveryMode walRecoveryMode();

  /** Implemented by the implementing classes. */
  long walSizeLimitMB();

  /** Implemented by the implementing classes. */
  long walTtlSeconds();

  /** Implemented by the implementing classes. */
  WriteBufferManager writeBufferManager();

  /** Implemented by the implementing classes. */
  boolean writeDbidToManifest();

  /** Implemented by the implementing classes. */
  long writeThreadMaxYieldUsec();

  /** Implemented by the implementing classes. */
  long writeThreadSlowYieldUsec();

}
