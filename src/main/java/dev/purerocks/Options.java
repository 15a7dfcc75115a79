package dev.purerocks;

/**
 * All options of a database and of its default column family in one object, for {@code
 * RocksDB.open(Options, String)}. Mirrors {@code org.rocksdb.Options}: every setter stores its value
 * and returns this object, every getter returns RocksJava's default until set, and the few
 * validations RocksJava performs are reproduced.
 *
 * <p>The state lives in two delegates, {@code db} and {@code cf}; every setter and getter here is
 * one line forwarding to the delegate that owns the option, so each option's storage, default and
 * validation are written once, in {@link DBOptions} or {@link ColumnFamilyOptions}. Only {@code
 * tablePropertiesCollectorFactory}, which RocksJava keeps on {@code Options} alone, is stored here.
 * The file is long only because RocksJava's {@code Options} has some 300 members, each a forward.
 *
 * <p>Two kinds of state are kept, as in RocksJava: the option values (what RocksDB's native
 * options object holds, copied by every copy constructor) and the Java objects last given to the
 * object-valued setters (returned by {@code memTableConfig()}, {@code tableFormatConfig()}, ...,
 * copied only by {@link #Options(Options)}). The engine reads the first kind through
 * package-private accessors: {@code memTableFactory()}, {@code tableFactory()}, {@code
 * javaComparator()}, {@code builtinComparator()}, {@code mergeOperator()}, {@code
 * mergeOperatorName()}, {@code prefixExtractorKind()}, {@code prefixExtractorLength()}, {@code
 * logger()}, {@code rateLimiter()}, {@code sstFileManager()}, and the delegates' package-private
 * fields.
 *
 * <p>Not thread-safe, like RocksJava's options.
 */
public class Options extends RocksObject implements DBOptionsInterface<Options>, MutableDBOptionsInterface<Options>, ColumnFamilyOptionsInterface<Options>, MutableColumnFamilyOptionsInterface<Options> {
  /** The database-wide half: storage, defaults and validation live in {@link DBOptions}. */
  final DBOptions db;
  /** The column-family half: storage, defaults and validation live in {@link ColumnFamilyOptions}. */
  final ColumnFamilyOptions cf;
  /** RocksJava keeps this list on {@code Options} only. */
  java.util.List<TablePropertiesCollectorFactory> tablePropertiesCollectorFactory = new java.util.ArrayList<>();

  /** Creates the object with RocksJava's defaults. */
  public Options() {
    super(NativeHandles.next());
    this.db = new DBOptions();
    this.cf = new ColumnFamilyOptions();
  }

  /**
   * Combines the two halves as RocksJava does: the option values are copied, the Java objects last
   * given to object-valued setters are not, and a null environment becomes the default one.
   */
  public Options(final DBOptions p0, final ColumnFamilyOptions p1) {
    super(NativeHandles.next());
    this.db = new DBOptions();
    this.db.copyValuesFrom(p0);
    this.db.env = p0.getEnv() != null ? p0.getEnv() : Env.getDefault();
    this.cf = new ColumnFamilyOptions();
    this.cf.copyValuesFrom(p1);
  }

  /** Copies everything, the option values and the Java objects last given to setters alike. */
  public Options(final Options value) {
    super(NativeHandles.next());
    this.db = new DBOptions(value.db);
    this.cf = new ColumnFamilyOptions(value.cf);
    this.tablePropertiesCollectorFactory = new java.util.ArrayList<>(value.tablePropertiesCollectorFactory);
  }

  /** For the engine: the logger set last, or null (RocksDB then logs to its own info log). */
  LoggerInterface logger() {
    return db.logger();
  }

  /** For the engine: the rate limiter set last, or null. */
  RateLimiter rateLimiter() {
    return db.rateLimiter();
  }

  /** For the engine: the SST file manager set last, or null. */
  SstFileManager sstFileManager() {
    return db.sstFileManager();
  }

  /** For the engine: the memtable representation's config, or null for the default skiplist. */
  MemTableConfig memTableFactory() {
    return cf.memTableFactory();
  }

  /** For the engine: the table format's config, or null for the default block-based table. */
  TableFormatConfig tableFactory() {
    return cf.tableFactory();
  }

  /** For the engine: the Java comparator set last, or null when a built-in one is in force. */
  AbstractComparator javaComparator() {
    return cf.javaComparator();
  }

  /** For the engine: the built-in comparator in force when {@link #javaComparator()} is null. */
  BuiltinComparator builtinComparator() {
    return cf.builtinComparator();
  }

  /** For the engine: the merge operator object set last, or null. */
  MergeOperator mergeOperator() {
    return cf.mergeOperator();
  }

  /** For the engine: the merge operator name set last by {@code setMergeOperatorName}, or null. */
  String mergeOperatorName() {
    return cf.mergeOperatorName();
  }

  /** For the engine: the prefix extractor kind, one of {@code ColumnFamilyOptions.PREFIX_*}. */
  int prefixExtractorKind() {
    return cf.prefixExtractorKind();
  }

  /** For the engine: the prefix extractor's length parameter (meaningless with PREFIX_NONE). */
  int prefixExtractorLength() {
    return cf.prefixExtractorLength();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean adviseRandomOnOpen() {
    return db.adviseRandomOnOpen();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean allow2pc() {
    return db.allow2pc();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean allowConcurrentMemtableWrite() {
    return db.allowConcurrentMemtableWrite();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean allowFAllocate() {
    return db.allowFAllocate();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean allowIngestBehind() {
    return db.allowIngestBehind();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean allowMmapReads() {
    return db.allowMmapReads();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean allowMmapWrites() {
    return db.allowMmapWrites();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long arenaBlockSize() {
    return cf.arenaBlockSize();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean atomicFlush() {
    return db.atomicFlush();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean avoidFlushDuringRecovery() {
    return db.avoidFlushDuringRecovery();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean avoidFlushDuringShutdown() {
    return db.avoidFlushDuringShutdown();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean avoidUnnecessaryBlockingIO() {
    return db.avoidUnnecessaryBlockingIO();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean bestEffortsRecovery() {
    return db.bestEffortsRecovery();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long bgerrorResumeRetryInterval() {
    return db.bgerrorResumeRetryInterval();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long blobCompactionReadaheadSize() {
    return cf.blobCompactionReadaheadSize();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public CompressionType blobCompressionType() {
    return cf.blobCompressionType();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long blobFileSize() {
    return cf.blobFileSize();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int blobFileStartingLevel() {
    return cf.blobFileStartingLevel();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public double blobGarbageCollectionAgeCutoff() {
    return cf.blobGarbageCollectionAgeCutoff();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public double blobGarbageCollectionForceThreshold() {
    return cf.blobGarbageCollectionForceThreshold();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int bloomLocality() {
    return cf.bloomLocality();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public CompressionOptions bottommostCompressionOptions() {
    return cf.bottommostCompressionOptions();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public CompressionType bottommostCompressionType() {
    return cf.bottommostCompressionType();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long bytesPerSync() {
    return db.bytesPerSync();
  }

  /** Behaves as RocksJava's member of the same name. */
  public java.util.List<DbPath> cfPaths() {
    return cf.cfPaths();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public AbstractCompactionFilter<? extends AbstractSlice<?>> compactionFilter() {
    return cf.compactionFilter();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public AbstractCompactionFilterFactory<? extends AbstractCompactionFilter<?>> compactionFilterFactory() {
    return cf.compactionFilterFactory();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public CompactionOptionsFIFO compactionOptionsFIFO() {
    return cf.compactionOptionsFIFO();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public CompactionOptionsUniversal compactionOptionsUniversal() {
    return cf.compactionOptionsUniversal();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public CompactionPriority compactionPriority() {
    return cf.compactionPriority();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long compactionReadaheadSize() {
    return db.compactionReadaheadSize();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public CompactionStyle compactionStyle() {
    return cf.compactionStyle();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public ConcurrentTaskLimiter compactionThreadLimiter() {
    return cf.compactionThreadLimiter();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public CompressionOptions compressionOptions() {
    return cf.compressionOptions();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public java.util.List<CompressionType> compressionPerLevel() {
    return cf.compressionPerLevel();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public CompressionType compressionType() {
    return cf.compressionType();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean createIfMissing() {
    return db.createIfMissing();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean createMissingColumnFamilies() {
    return db.createMissingColumnFamilies();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public String dailyOffpeakTimeUTC() {
    return db.dailyOffpeakTimeUTC();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public String dbLogDir() {
    return db.dbLogDir();
  }

  /** Behaves as RocksJava's member of the same name. */
  public java.util.List<DbPath> dbPaths() {
    return db.dbPaths();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long dbWriteBufferSize() {
    return db.dbWriteBufferSize();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long delayedWriteRate() {
    return db.delayedWriteRate();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long deleteObsoleteFilesPeriodMicros() {
    return db.deleteObsoleteFilesPeriodMicros();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean disableAutoCompactions() {
    return cf.disableAutoCompactions();
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    db.disposeInternal(value);
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean dumpMallocStats() {
    return db.dumpMallocStats();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean enableBlobFiles() {
    return cf.enableBlobFiles();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean enableBlobGarbageCollection() {
    return cf.enableBlobGarbageCollection();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean enablePipelinedWrite() {
    return db.enablePipelinedWrite();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean enableThreadTracking() {
    return db.enableThreadTracking();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean enableWriteThreadAdaptiveYield() {
    return db.enableWriteThreadAdaptiveYield();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean errorIfExists() {
    return db.errorIfExists();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public double experimentalMempurgeThreshold() {
    return cf.experimentalMempurgeThreshold();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean failIfOptionsFileError() {
    return db.failIfOptionsFileError();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean forceConsistencyChecks() {
    return cf.forceConsistencyChecks();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public Env getEnv() {
    return db.getEnv();
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static String getOptionStringFromProps(final java.util.Properties value) {
    throw Unsupported.unchecked("Options.getOptionStringFromProps");
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long hardPendingCompactionBytesLimit() {
    return cf.hardPendingCompactionBytesLimit();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public InfoLogLevel infoLogLevel() {
    return db.infoLogLevel();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long inplaceUpdateNumLocks() {
    return cf.inplaceUpdateNumLocks();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean inplaceUpdateSupport() {
    return cf.inplaceUpdateSupport();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean isFdCloseOnExec() {
    return db.isFdCloseOnExec();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long keepLogFileNum() {
    return db.keepLogFileNum();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int level0FileNumCompactionTrigger() {
    return cf.level0FileNumCompactionTrigger();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int level0SlowdownWritesTrigger() {
    return cf.level0SlowdownWritesTrigger();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int level0StopWritesTrigger() {
    return cf.level0StopWritesTrigger();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean levelCompactionDynamicLevelBytes() {
    return cf.levelCompactionDynamicLevelBytes();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int levelZeroFileNumCompactionTrigger() {
    return cf.levelZeroFileNumCompactionTrigger();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int levelZeroSlowdownWritesTrigger() {
    return cf.levelZeroSlowdownWritesTrigger();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int levelZeroStopWritesTrigger() {
    return cf.levelZeroStopWritesTrigger();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public java.util.List<AbstractEventListener> listeners() {
    return db.listeners();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long logFileTimeToRoll() {
    return db.logFileTimeToRoll();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long logReadaheadSize() {
    return db.logReadaheadSize();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long manifestPreallocationSize() {
    return db.manifestPreallocationSize();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean manualWalFlush() {
    return db.manualWalFlush();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxBackgroundCompactions() {
    return db.maxBackgroundCompactions();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxBackgroundFlushes() {
    return db.maxBackgroundFlushes();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxBackgroundJobs() {
    return db.maxBackgroundJobs();
  }

  /** Behaves as RocksJava's member of the same name. */
  public int maxBgerrorResumeCount() {
    return db.maxBgerrorResumeCount();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long maxBytesForLevelBase() {
    return cf.maxBytesForLevelBase();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public double maxBytesForLevelMultiplier() {
    return cf.maxBytesForLevelMultiplier();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int[] maxBytesForLevelMultiplierAdditional() {
    return cf.maxBytesForLevelMultiplierAdditional();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long maxCompactionBytes() {
    return cf.maxCompactionBytes();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long maxCompactionTriggerWakeupSeconds() {
    return db.maxCompactionTriggerWakeupSeconds();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxFileOpeningThreads() {
    return db.maxFileOpeningThreads();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long maxLogFileSize() {
    return db.maxLogFileSize();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long maxManifestFileSize() {
    return db.maxManifestFileSize();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxOpenFiles() {
    return db.maxOpenFiles();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long maxSequentialSkipInIterations() {
    return cf.maxSequentialSkipInIterations();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxSubcompactions() {
    return db.maxSubcompactions();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long maxSuccessiveMerges() {
    return cf.maxSuccessiveMerges();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long maxTableFilesSizeFIFO() {
    return cf.maxTableFilesSizeFIFO();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long maxTotalWalSize() {
    return db.maxTotalWalSize();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long maxWriteBatchGroupSizeBytes() {
    return db.maxWriteBatchGroupSizeBytes();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxWriteBufferNumber() {
    return cf.maxWriteBufferNumber();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public MemTableConfig memTableConfig() {
    return cf.memTableConfig();
  }

  /** Behaves as RocksJava's member of the same name. */
  public String memTableFactoryName() {
    return cf.memTableFactoryName();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long memtableHugePageSize() {
    return cf.memtableHugePageSize();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int memtableMaxRangeDeletions() {
    return cf.memtableMaxRangeDeletions();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public double memtablePrefixBloomSizeRatio() {
    return cf.memtablePrefixBloomSizeRatio();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean memtableWholeKeyFiltering() {
    return cf.memtableWholeKeyFiltering();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long minBlobSize() {
    return cf.minBlobSize();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int minTombstonesForRangeConversion() {
    return cf.minTombstonesForRangeConversion();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int minWriteBufferNumberToMerge() {
    return cf.minWriteBufferNumberToMerge();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int numLevels() {
    return cf.numLevels();
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Options oldDefaults(final int p0, final int p1) {
    throw Unsupported.unchecked("Options.oldDefaults");
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean openFilesAsync() {
    return db.openFilesAsync();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean optimizeFiltersForHits() {
    return cf.optimizeFiltersForHits();
  }

  /** Behaves as RocksJava's member of the same name. */
  public Options optimizeForPointLookup(final long value) {
    cf.optimizeForPointLookup(value);
    return this;
  }

  /** Behaves as RocksJava's member of the same name. */
  public Options optimizeForSmallDb() {
    db.optimizeForSmallDb();
    cf.optimizeForSmallDb();
    return this;
  }

  /** Behaves as RocksJava's member of the same name. */
  public Options optimizeForSmallDb(final Cache value) {
    cf.optimizeForSmallDb(value);
    return this;
  }

  /** Behaves as RocksJava's member of the same name. */
  public Options optimizeLevelStyleCompaction() {
    cf.optimizeLevelStyleCompaction();
    return this;
  }

  /** Behaves as RocksJava's member of the same name. */
  public Options optimizeLevelStyleCompaction(final long value) {
    cf.optimizeLevelStyleCompaction(value);
    return this;
  }

  /** Behaves as RocksJava's member of the same name. */
  public Options optimizeUniversalStyleCompaction() {
    cf.optimizeUniversalStyleCompaction();
    return this;
  }

  /** Behaves as RocksJava's member of the same name. */
  public Options optimizeUniversalStyleCompaction(final long value) {
    cf.optimizeUniversalStyleCompaction(value);
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean paranoidChecks() {
    return db.paranoidChecks();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean paranoidFileChecks() {
    return cf.paranoidFileChecks();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long periodicCompactionSeconds() {
    return cf.periodicCompactionSeconds();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean persistStatsToDisk() {
    return db.persistStatsToDisk();
  }

  /** Behaves as RocksJava's member of the same name. */
  public Options prepareForBulkLoad() {
    // Sets what RocksDB's native method sets (measured against RocksJava 11.8.1).
    cf.disableAutoCompactions = true;
    cf.hardPendingCompactionBytesLimit = 0;
    cf.softPendingCompactionBytesLimit = 0;
    cf.level0FileNumCompactionTrigger = 1 << 30;
    cf.level0SlowdownWritesTrigger = 1 << 30;
    cf.level0StopWritesTrigger = 1 << 30;
    cf.maxCompactionBytes = 1L << 60;
    cf.maxWriteBufferNumber = 6;
    cf.numLevels = 2;
    cf.targetFileSizeBase = 256L << 20;
    db.maxBackgroundFlushes = 4;
    db.maxBackgroundCompactions = 2;
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public PrepopulateBlobCache prepopulateBlobCache() {
    return cf.prepopulateBlobCache();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public double readTriggeredCompactionThreshold() {
    return cf.readTriggeredCompactionThreshold();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long recycleLogFileNum() {
    return db.recycleLogFileNum();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean reportBgIoStats() {
    return cf.reportBgIoStats();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public Cache rowCache() {
    return db.rowCache();
  }

  /** Stores the value; see the matching getter. */
  public Options setAdviseRandomOnOpen(final boolean value) {
    db.setAdviseRandomOnOpen(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setAllow2pc(final boolean value) {
    db.setAllow2pc(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setAllowConcurrentMemtableWrite(final boolean value) {
    db.setAllowConcurrentMemtableWrite(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setAllowFAllocate(final boolean value) {
    db.setAllowFAllocate(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setAllowIngestBehind(final boolean value) {
    db.setAllowIngestBehind(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setAllowMmapReads(final boolean value) {
    db.setAllowMmapReads(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setAllowMmapWrites(final boolean value) {
    db.setAllowMmapWrites(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setArenaBlockSize(final long value) {
    cf.setArenaBlockSize(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setAtomicFlush(final boolean value) {
    db.setAtomicFlush(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setAvoidFlushDuringRecovery(final boolean value) {
    db.setAvoidFlushDuringRecovery(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setAvoidFlushDuringShutdown(final boolean value) {
    db.setAvoidFlushDuringShutdown(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setAvoidUnnecessaryBlockingIO(final boolean value) {
    db.setAvoidUnnecessaryBlockingIO(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBestEffortsRecovery(final boolean value) {
    db.setBestEffortsRecovery(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBgerrorResumeRetryInterval(final long value) {
    db.setBgerrorResumeRetryInterval(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBlobCompactionReadaheadSize(final long value) {
    cf.setBlobCompactionReadaheadSize(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBlobCompressionType(final CompressionType value) {
    cf.setBlobCompressionType(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBlobFileSize(final long value) {
    cf.setBlobFileSize(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBlobFileStartingLevel(final int value) {
    cf.setBlobFileStartingLevel(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBlobGarbageCollectionAgeCutoff(final double value) {
    cf.setBlobGarbageCollectionAgeCutoff(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBlobGarbageCollectionForceThreshold(final double value) {
    cf.setBlobGarbageCollectionForceThreshold(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBloomLocality(final int value) {
    cf.setBloomLocality(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBottommostCompressionOptions(final CompressionOptions value) {
    cf.setBottommostCompressionOptions(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBottommostCompressionType(final CompressionType value) {
    cf.setBottommostCompressionType(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setBytesPerSync(final long value) {
    db.setBytesPerSync(value);
    return this;
  }

  /** Stores the value for the engine. */
  public Options setCfPaths(final java.util.Collection<DbPath> value) {
    cf.setCfPaths(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompactionFilter(final AbstractCompactionFilter<? extends AbstractSlice<?>> value) {
    cf.setCompactionFilter(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompactionFilterFactory(final AbstractCompactionFilterFactory<? extends AbstractCompactionFilter<?>> value) {
    cf.setCompactionFilterFactory(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompactionOptionsFIFO(final CompactionOptionsFIFO value) {
    cf.setCompactionOptionsFIFO(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompactionOptionsUniversal(final CompactionOptionsUniversal value) {
    cf.setCompactionOptionsUniversal(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompactionPriority(final CompactionPriority value) {
    cf.setCompactionPriority(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompactionReadaheadSize(final long value) {
    db.setCompactionReadaheadSize(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompactionStyle(final CompactionStyle value) {
    cf.setCompactionStyle(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompactionThreadLimiter(final ConcurrentTaskLimiter value) {
    cf.setCompactionThreadLimiter(value);
    return this;
  }

  /** Stores the value for the engine. */
  public Options setComparator(final AbstractComparator value) {
    cf.setComparator(value);
    return this;
  }

  /** Stores the value for the engine. */
  public Options setComparator(final BuiltinComparator value) {
    cf.setComparator(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompressionOptions(final CompressionOptions value) {
    cf.setCompressionOptions(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompressionPerLevel(final java.util.List<CompressionType> value) {
    cf.setCompressionPerLevel(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCompressionType(final CompressionType value) {
    cf.setCompressionType(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCreateIfMissing(final boolean value) {
    db.setCreateIfMissing(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setCreateMissingColumnFamilies(final boolean value) {
    db.setCreateMissingColumnFamilies(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setDailyOffpeakTimeUTC(final String value) {
    db.setDailyOffpeakTimeUTC(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setDbLogDir(final String value) {
    db.setDbLogDir(value);
    return this;
  }

  /** Stores the value for the engine. */
  public Options setDbPaths(final java.util.Collection<DbPath> value) {
    db.setDbPaths(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setDbWriteBufferSize(final long value) {
    db.setDbWriteBufferSize(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setDelayedWriteRate(final long value) {
    db.setDelayedWriteRate(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setDeleteObsoleteFilesPeriodMicros(final long value) {
    db.setDeleteObsoleteFilesPeriodMicros(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setDisableAutoCompactions(final boolean value) {
    cf.setDisableAutoCompactions(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setDumpMallocStats(final boolean value) {
    db.setDumpMallocStats(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setEnableBlobFiles(final boolean value) {
    cf.setEnableBlobFiles(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setEnableBlobGarbageCollection(final boolean value) {
    cf.setEnableBlobGarbageCollection(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setEnablePipelinedWrite(final boolean value) {
    db.setEnablePipelinedWrite(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setEnableThreadTracking(final boolean value) {
    db.setEnableThreadTracking(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setEnableWriteThreadAdaptiveYield(final boolean value) {
    db.setEnableWriteThreadAdaptiveYield(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setEnv(final Env value) {
    db.setEnv(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setErrorIfExists(final boolean value) {
    db.setErrorIfExists(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setExperimentalMempurgeThreshold(final double value) {
    cf.setExperimentalMempurgeThreshold(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setFailIfOptionsFileError(final boolean value) {
    db.setFailIfOptionsFileError(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setForceConsistencyChecks(final boolean value) {
    cf.setForceConsistencyChecks(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setHardPendingCompactionBytesLimit(final long value) {
    cf.setHardPendingCompactionBytesLimit(value);
    return this;
  }

  /** Stores the value for the engine. */
  public Options setIncreaseParallelism(final int value) {
    db.setIncreaseParallelism(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setInfoLogLevel(final InfoLogLevel value) {
    db.setInfoLogLevel(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setInplaceUpdateNumLocks(final long value) {
    cf.setInplaceUpdateNumLocks(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setInplaceUpdateSupport(final boolean value) {
    cf.setInplaceUpdateSupport(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setIsFdCloseOnExec(final boolean value) {
    db.setIsFdCloseOnExec(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setKeepLogFileNum(final long value) {
    db.setKeepLogFileNum(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setLevel0FileNumCompactionTrigger(final int value) {
    cf.setLevel0FileNumCompactionTrigger(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setLevel0SlowdownWritesTrigger(final int value) {
    cf.setLevel0SlowdownWritesTrigger(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setLevel0StopWritesTrigger(final int value) {
    cf.setLevel0StopWritesTrigger(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setLevelCompactionDynamicLevelBytes(final boolean value) {
    cf.setLevelCompactionDynamicLevelBytes(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setLevelZeroFileNumCompactionTrigger(final int value) {
    cf.setLevelZeroFileNumCompactionTrigger(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setLevelZeroSlowdownWritesTrigger(final int value) {
    cf.setLevelZeroSlowdownWritesTrigger(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setLevelZeroStopWritesTrigger(final int value) {
    cf.setLevelZeroStopWritesTrigger(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setListeners(final java.util.List<AbstractEventListener> value) {
    db.setListeners(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setLogFileTimeToRoll(final long value) {
    db.setLogFileTimeToRoll(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setLogReadaheadSize(final long value) {
    db.setLogReadaheadSize(value);
    return this;
  }

  /** Stores the value for the engine. */
  public Options setLogger(final LoggerInterface value) {
    db.setLogger(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setManifestPreallocationSize(final long value) {
    db.setManifestPreallocationSize(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setManualWalFlush(final boolean value) {
    db.setManualWalFlush(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxBackgroundCompactions(final int value) {
    db.setMaxBackgroundCompactions(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxBackgroundFlushes(final int value) {
    db.setMaxBackgroundFlushes(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxBackgroundJobs(final int value) {
    db.setMaxBackgroundJobs(value);
    return this;
  }

  /** Stores the value for the engine. */
  public Options setMaxBgErrorResumeCount(final int value) {
    db.setMaxBgErrorResumeCount(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxBytesForLevelBase(final long value) {
    cf.setMaxBytesForLevelBase(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxBytesForLevelMultiplier(final double value) {
    cf.setMaxBytesForLevelMultiplier(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxBytesForLevelMultiplierAdditional(final int[] value) {
    cf.setMaxBytesForLevelMultiplierAdditional(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxCompactionBytes(final long value) {
    cf.setMaxCompactionBytes(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxCompactionTriggerWakeupSeconds(final long value) {
    db.setMaxCompactionTriggerWakeupSeconds(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxFileOpeningThreads(final int value) {
    db.setMaxFileOpeningThreads(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxLogFileSize(final long value) {
    db.setMaxLogFileSize(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxManifestFileSize(final long value) {
    db.setMaxManifestFileSize(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxOpenFiles(final int value) {
    db.setMaxOpenFiles(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxSequentialSkipInIterations(final long value) {
    cf.setMaxSequentialSkipInIterations(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxSubcompactions(final int value) {
    db.setMaxSubcompactions(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxSuccessiveMerges(final long value) {
    cf.setMaxSuccessiveMerges(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxTableFilesSizeFIFO(final long value) {
    cf.setMaxTableFilesSizeFIFO(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxTotalWalSize(final long value) {
    db.setMaxTotalWalSize(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxWriteBatchGroupSizeBytes(final long value) {
    db.setMaxWriteBatchGroupSizeBytes(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMaxWriteBufferNumber(final int value) {
    cf.setMaxWriteBufferNumber(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMemTableConfig(final MemTableConfig value) {
    cf.setMemTableConfig(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMemtableHugePageSize(final long value) {
    cf.setMemtableHugePageSize(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMemtableMaxRangeDeletions(final int value) {
    cf.setMemtableMaxRangeDeletions(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMemtablePrefixBloomSizeRatio(final double value) {
    cf.setMemtablePrefixBloomSizeRatio(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMemtableWholeKeyFiltering(final boolean value) {
    cf.setMemtableWholeKeyFiltering(value);
    return this;
  }

  /** Stores the value for the engine. */
  public Options setMergeOperator(final MergeOperator value) {
    cf.setMergeOperator(value);
    return this;
  }

  /** Stores the value for the engine. */
  public Options setMergeOperatorName(final String value) {
    cf.setMergeOperatorName(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMinBlobSize(final long value) {
    cf.setMinBlobSize(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMinTombstonesForRangeConversion(final int value) {
    cf.setMinTombstonesForRangeConversion(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setMinWriteBufferNumberToMerge(final int value) {
    cf.setMinWriteBufferNumberToMerge(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setNumLevels(final int value) {
    cf.setNumLevels(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setOpenFilesAsync(final boolean value) {
    db.setOpenFilesAsync(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setOptimizeFiltersForHits(final boolean value) {
    cf.setOptimizeFiltersForHits(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setParanoidChecks(final boolean value) {
    db.setParanoidChecks(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setParanoidFileChecks(final boolean value) {
    cf.setParanoidFileChecks(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setPeriodicCompactionSeconds(final long value) {
    cf.setPeriodicCompactionSeconds(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setPersistStatsToDisk(final boolean value) {
    db.setPersistStatsToDisk(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setPrepopulateBlobCache(final PrepopulateBlobCache value) {
    cf.setPrepopulateBlobCache(value);
    return this;
  }

  /** Stores the value for the engine. */
  public Options setRateLimiter(final RateLimiter value) {
    db.setRateLimiter(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setReadTriggeredCompactionThreshold(final double value) {
    cf.setReadTriggeredCompactionThreshold(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setRecycleLogFileNum(final long value) {
    db.setRecycleLogFileNum(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setReportBgIoStats(final boolean value) {
    cf.setReportBgIoStats(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setRowCache(final Cache value) {
    db.setRowCache(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setSkipStatsUpdateOnDbOpen(final boolean value) {
    db.setSkipStatsUpdateOnDbOpen(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setSoftPendingCompactionBytesLimit(final long value) {
    cf.setSoftPendingCompactionBytesLimit(value);
    return this;
  }

  /** Stores the value for the engine. */
  public Options setSstFileManager(final SstFileManager value) {
    db.setSstFileManager(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setSstPartitionerFactory(final SstPartitionerFactory value) {
    cf.setSstPartitionerFactory(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setStatistics(final Statistics value) {
    db.setStatistics(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setStatsDumpPeriodSec(final int value) {
    db.setStatsDumpPeriodSec(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setStatsHistoryBufferSize(final long value) {
    db.setStatsHistoryBufferSize(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setStatsPersistPeriodSec(final int value) {
    db.setStatsPersistPeriodSec(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setStrictBytesPerSync(final boolean value) {
    db.setStrictBytesPerSync(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setTableCacheNumshardbits(final int value) {
    db.setTableCacheNumshardbits(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setTableFormatConfig(final TableFormatConfig value) {
    cf.setTableFormatConfig(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public void setTablePropertiesCollectorFactory(final java.util.List<TablePropertiesCollectorFactory> value) {
    java.util.Objects.requireNonNull(value);
    this.tablePropertiesCollectorFactory = new java.util.ArrayList<>(value); // copied, as RocksJava copies into native memory
  }

  /** Stores the value; see the matching getter. */
  public Options setTargetFileSizeBase(final long value) {
    cf.setTargetFileSizeBase(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setTargetFileSizeMultiplier(final int value) {
    cf.setTargetFileSizeMultiplier(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setTtl(final long value) {
    cf.setTtl(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setTwoWriteQueues(final boolean value) {
    db.setTwoWriteQueues(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setUnorderedWrite(final boolean value) {
    db.setUnorderedWrite(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setUseAdaptiveMutex(final boolean value) {
    db.setUseAdaptiveMutex(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setUseDirectIoForFlushAndCompaction(final boolean value) {
    db.setUseDirectIoForFlushAndCompaction(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setUseDirectReads(final boolean value) {
    db.setUseDirectReads(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setUseFsync(final boolean value) {
    db.setUseFsync(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWalBytesPerSync(final long value) {
    db.setWalBytesPerSync(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWalDir(final String value) {
    db.setWalDir(value);
    return this;
  }

  /** Stores the value for the engine. */
  public Options setWalFilter(final AbstractWalFilter value) {
    db.setWalFilter(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWalRecoveryMode(final WALRecoveryMode value) {
    db.setWalRecoveryMode(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWalSizeLimitMB(final long value) {
    db.setWalSizeLimitMB(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWalTtlSeconds(final long value) {
    db.setWalTtlSeconds(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWritableFileMaxBufferSize(final long value) {
    db.setWritableFileMaxBufferSize(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWriteBufferManager(final WriteBufferManager value) {
    db.setWriteBufferManager(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWriteBufferSize(final long value) {
    cf.setWriteBufferSize(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWriteDbidToManifest(final boolean value) {
    db.setWriteDbidToManifest(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWriteThreadMaxYieldUsec(final long value) {
    db.setWriteThreadMaxYieldUsec(value);
    return this;
  }

  /** Stores the value; see the matching getter. */
  public Options setWriteThreadSlowYieldUsec(final long value) {
    db.setWriteThreadSlowYieldUsec(value);
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean skipStatsUpdateOnDbOpen() {
    return db.skipStatsUpdateOnDbOpen();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long softPendingCompactionBytesLimit() {
    return cf.softPendingCompactionBytesLimit();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public SstPartitionerFactory sstPartitionerFactory() {
    return cf.sstPartitionerFactory();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public Statistics statistics() {
    return db.statistics();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int statsDumpPeriodSec() {
    return db.statsDumpPeriodSec();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long statsHistoryBufferSize() {
    return db.statsHistoryBufferSize();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int statsPersistPeriodSec() {
    return db.statsPersistPeriodSec();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean strictBytesPerSync() {
    return db.strictBytesPerSync();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int tableCacheNumshardbits() {
    return db.tableCacheNumshardbits();
  }

  /** Behaves as RocksJava's member of the same name. */
  public String tableFactoryName() {
    return cf.tableFactoryName();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public TableFormatConfig tableFormatConfig() {
    return cf.tableFormatConfig();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public java.util.List<TablePropertiesCollectorFactory> tablePropertiesCollectorFactory() {
    return tablePropertiesCollectorFactory == null ? null : new java.util.ArrayList<>(tablePropertiesCollectorFactory); // a copy, as RocksJava builds a new list
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long targetFileSizeBase() {
    return cf.targetFileSizeBase();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int targetFileSizeMultiplier() {
    return cf.targetFileSizeMultiplier();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long ttl() {
    return cf.ttl();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean twoWriteQueues() {
    return db.twoWriteQueues();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean unorderedWrite() {
    return db.unorderedWrite();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean useAdaptiveMutex() {
    return db.useAdaptiveMutex();
  }

  /** Behaves as RocksJava's member of the same name. */
  public Options useCappedPrefixExtractor(final int value) {
    cf.useCappedPrefixExtractor(value);
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean useDirectIoForFlushAndCompaction() {
    return db.useDirectIoForFlushAndCompaction();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean useDirectReads() {
    return db.useDirectReads();
  }

  /** Behaves as RocksJava's member of the same name. */
  public Options useFixedLengthPrefixExtractor(final int value) {
    cf.useFixedLengthPrefixExtractor(value);
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean useFsync() {
    return db.useFsync();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long walBytesPerSync() {
    return db.walBytesPerSync();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public String walDir() {
    return db.walDir();
  }

  /** Behaves as RocksJava's member of the same name. */
  public WalFilter walFilter() {
    return db.walFilter();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public WALRecoveryMode walRecoveryMode() {
    return db.walRecoveryMode();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long walSizeLimitMB() {
    return db.walSizeLimitMB();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long walTtlSeconds() {
    return db.walTtlSeconds();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long writableFileMaxBufferSize() {
    return db.writableFileMaxBufferSize();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public WriteBufferManager writeBufferManager() {
    return db.writeBufferManager();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long writeBufferSize() {
    return cf.writeBufferSize();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean writeDbidToManifest() {
    return db.writeDbidToManifest();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long writeThreadMaxYieldUsec() {
    return db.writeThreadMaxYieldUsec();
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long writeThreadSlowYieldUsec() {
    return db.writeThreadSlowYieldUsec();
  }
}
