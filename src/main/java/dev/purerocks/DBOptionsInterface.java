package dev.purerocks;

/** Mirrors RocksJava's {@code DBOptionsInterface}. */
public interface DBOptionsInterface<T extends DBOptionsInterface<T>> {
  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean adviseRandomOnOpen();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean allow2pc();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean allowConcurrentMemtableWrite();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean allowFAllocate();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean allowIngestBehind();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean allowMmapReads();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean allowMmapWrites();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean atomicFlush();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean avoidFlushDuringRecovery();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean avoidUnnecessaryBlockingIO();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean bestEffortsRecovery();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long bgerrorResumeRetryInterval();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean createIfMissing();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean createMissingColumnFamilies();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  String dailyOffpeakTimeUTC();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  String dbLogDir();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  java.util.List<DbPath> dbPaths();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long dbWriteBufferSize();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long deleteObsoleteFilesPeriodMicros();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean dumpMallocStats();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean enablePipelinedWrite();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean enableThreadTracking();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean enableWriteThreadAdaptiveYield();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean errorIfExists();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean failIfOptionsFileError();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  Env getEnv();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  InfoLogLevel infoLogLevel();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean isFdCloseOnExec();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long keepLogFileNum();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  java.util.List<AbstractEventListener> listeners();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long logFileTimeToRoll();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long logReadaheadSize();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long manifestPreallocationSize();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean manualWalFlush();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int maxBackgroundFlushes();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int maxBgerrorResumeCount();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int maxFileOpeningThreads();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long maxLogFileSize();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long maxManifestFileSize();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int maxSubcompactions();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long maxWriteBatchGroupSizeBytes();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean openFilesAsync();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T optimizeForSmallDb();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean paranoidChecks();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean persistStatsToDisk();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long recycleLogFileNum();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  Cache rowCache();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setAdviseRandomOnOpen(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setAllow2pc(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setAllowConcurrentMemtableWrite(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setAllowFAllocate(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setAllowIngestBehind(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setAllowMmapReads(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setAllowMmapWrites(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setAtomicFlush(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setAvoidFlushDuringRecovery(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setAvoidUnnecessaryBlockingIO(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setBestEffortsRecovery(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setBgerrorResumeRetryInterval(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setCreateIfMissing(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setCreateMissingColumnFamilies(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setDailyOffpeakTimeUTC(final String value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setDbLogDir(final String value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setDbPaths(final java.util.Collection<DbPath> value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setDbWriteBufferSize(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setDeleteObsoleteFilesPeriodMicros(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setDumpMallocStats(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setEnablePipelinedWrite(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setEnableThreadTracking(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setEnableWriteThreadAdaptiveYield(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setEnv(final Env value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setErrorIfExists(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setFailIfOptionsFileError(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setIncreaseParallelism(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setInfoLogLevel(final InfoLogLevel value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setIsFdCloseOnExec(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setKeepLogFileNum(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setListeners(final java.util.List<AbstractEventListener> value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setLogFileTimeToRoll(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setLogReadaheadSize(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setLogger(final LoggerInterface value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setManifestPreallocationSize(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setManualWalFlush(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxBackgroundFlushes(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxBgErrorResumeCount(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxFileOpeningThreads(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxLogFileSize(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxManifestFileSize(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxSubcompactions(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxWriteBatchGroupSizeBytes(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setOpenFilesAsync(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setParanoidChecks(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setPersistStatsToDisk(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setRateLimiter(final RateLimiter value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setRecycleLogFileNum(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setRowCache(final Cache value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setSkipStatsUpdateOnDbOpen(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setSstFileManager(final SstFileManager value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setStatistics(final Statistics value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setTableCacheNumshardbits(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setTwoWriteQueues(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setUnorderedWrite(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setUseAdaptiveMutex(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setUseDirectIoForFlushAndCompaction(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setUseDirectReads(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setUseFsync(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setWalDir(final String value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setWalFilter(final AbstractWalFilter value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setWalRecoveryMode(final WALRecoveryMode value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setWalSizeLimitMB(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setWalTtlSeconds(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setWriteBufferManager(final WriteBufferManager value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setWriteDbidToManifest(final boolean value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setWriteThreadMaxYieldUsec(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setWriteThreadSlowYieldUsec(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean skipStatsUpdateOnDbOpen();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  Statistics statistics();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int tableCacheNumshardbits();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean twoWriteQueues();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean unorderedWrite();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean useAdaptiveMutex();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean useDirectIoForFlushAndCompaction();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean useDirectReads();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean useFsync();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  String walDir();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  WalFilter walFilter();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  WALRecoveryMode walRecoveryMode();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long walSizeLimitMB();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long walTtlSeconds();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  WriteBufferManager writeBufferManager();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean writeDbidToManifest();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long writeThreadMaxYieldUsec();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long writeThreadSlowYieldUsec();

}
