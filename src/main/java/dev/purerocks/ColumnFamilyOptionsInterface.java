package dev.purerocks;

/** Mirrors RocksJava's {@code ColumnFamilyOptionsInterface}. */
public interface ColumnFamilyOptionsInterface<T extends ColumnFamilyOptionsInterface<T>> extends AdvancedColumnFamilyOptionsInterface<T> {
  /** Same value as RocksJava's. */
  long DEFAULT_COMPACTION_MEMTABLE_MEMORY_BUDGET = 536870912L;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  CompressionOptions bottommostCompressionOptions();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  CompressionType bottommostCompressionType();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  java.util.List<DbPath> cfPaths();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  AbstractCompactionFilter<? extends AbstractSlice<?>> compactionFilter();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  AbstractCompactionFilterFactory<? extends AbstractCompactionFilter<?>> compactionFilterFactory();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  ConcurrentTaskLimiter compactionThreadLimiter();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  CompressionOptions compressionOptions();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int levelZeroFileNumCompactionTrigger();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int levelZeroSlowdownWritesTrigger();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int levelZeroStopWritesTrigger();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  double maxBytesForLevelMultiplier();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  long maxTableFilesSizeFIFO();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  MemTableConfig memTableConfig();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  String memTableFactoryName();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int memtableMaxRangeDeletions();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  int minTombstonesForRangeConversion();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T oldDefaults(final int p0, final int p1);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T optimizeForPointLookup(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T optimizeForSmallDb();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T optimizeForSmallDb(final Cache value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T optimizeLevelStyleCompaction();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T optimizeLevelStyleCompaction(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T optimizeUniversalStyleCompaction();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T optimizeUniversalStyleCompaction(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setBottommostCompressionOptions(final CompressionOptions value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setBottommostCompressionType(final CompressionType value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setCfPaths(final java.util.Collection<DbPath> value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setCompactionFilter(final AbstractCompactionFilter<? extends AbstractSlice<?>> value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setCompactionFilterFactory(final AbstractCompactionFilterFactory<? extends AbstractCompactionFilter<?>> value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setCompactionThreadLimiter(final ConcurrentTaskLimiter value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setComparator(final AbstractComparator value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setComparator(final BuiltinComparator value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setCompressionOptions(final CompressionOptions value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setLevelZeroFileNumCompactionTrigger(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setLevelZeroSlowdownWritesTrigger(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setLevelZeroStopWritesTrigger(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxBytesForLevelMultiplier(final double value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMaxTableFilesSizeFIFO(final long value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMemTableConfig(final MemTableConfig value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMemtableMaxRangeDeletions(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMergeOperator(final MergeOperator value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMergeOperatorName(final String value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setMinTombstonesForRangeConversion(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setSstPartitionerFactory(final SstPartitionerFactory value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T setTableFormatConfig(final TableFormatConfig value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  SstPartitionerFactory sstPartitionerFactory();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  String tableFactoryName();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  TableFormatConfig tableFormatConfig();

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T useCappedPrefixExtractor(final int value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  T useFixedLengthPrefixExtractor(final int value);

}
