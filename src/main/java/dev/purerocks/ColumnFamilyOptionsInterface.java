package dev.purerocks;

/**
 * The column-family options. Mirrors {@code org.rocksdb.ColumnFamilyOptionsInterface}.
 *
 * @param <T> the implementing options class
 */
public interface ColumnFamilyOptionsInterface<T extends ColumnFamilyOptionsInterface<T>> extends AdvancedColumnFamilyOptionsInterface<T> {
  /** Same value as RocksJava's. */
  long DEFAULT_COMPACTION_MEMTABLE_MEMORY_BUDGET = 536870912L;

  /** Implemented by the implementing classes. */
  CompressionOptions bottommostCompressionOptions();

  /** Implemented by the implementing classes. */
  CompressionType bottommostCompressionType();

  /** Implemented by the implementing classes. */
  java.util.List<DbPath> cfPaths();

  /** Implemented by the implementing classes. */
  AbstractCompactionFilter<? extends AbstractSlice<?>> compactionFilter();

  /** Implemented by the implementing classes. */
  AbstractCompactionFilterFactory<? extends AbstractCompactionFilter<?>> compactionFilterFactory();

  /** Implemented by the implementing classes. */
  ConcurrentTaskLimiter compactionThreadLimiter();

  /** Implemented by the implementing classes. */
  CompressionOptions compressionOptions();

  /** Implemented by the implementing classes. */
  int levelZeroFileNumCompactionTrigger();

  /** Implemented by the implementing classes. */
  int levelZeroSlowdownWritesTrigger();

  /** Implemented by the implementing classes. */
  int levelZeroStopWritesTrigger();

  /** Implemented by the implementing classes. */
  double maxBytesForLevelMultiplier();

  /** Implemented by the implementing classes. */
  long maxTableFilesSizeFIFO();

  /** Implemented by the implementing classes. */
  MemTableConfig memTableConfig();

  /** Implemented by the implementing classes. */
  String memTableFactoryName();

  /** Implemented by the implementing classes. */
  int memtableMaxRangeDeletions();

  /** Implemented by the implementing classes. */
  int minTombstonesForRangeConversion();

  /** Implemented by the implementing classes. */
  T oldDefaults(final int p0, final int p1);

  /** Implemented by the implementing classes. */
  T optimizeForPointLookup(final long value);

  /** Implemented by the implementing classes. */
  T optimizeForSmallDb();

  /** Implemented by the implementing classes. */
  T optimizeForSmallDb(final Cache value);

  /** Implemented by the implementing classes. */
  T optimizeLevelStyleCompaction();

  /** Implemented by the implementing classes. */
  T optimizeLevelStyleCompaction(final long value);

  /** Implemented by the implementing classes. */
  T optimizeUniversalStyleCompaction();

  /** Implemented by the implementing classes. */
  T optimizeUniversalStyleCompaction(final long value);

  /** Implemented by the implementing classes. */
  T setBottommostCompressionOptions(final CompressionOptions value);

  /** Implemented by the implementing classes. */
  T setBottommostCompressionType(final CompressionType value);

  /** Implemented by the implementing classes. */
  T setCfPaths(final java.util.Collection<DbPath> value);

  /** Implemented by the implementing classes. */
  T setCompactionFilter(final AbstractCompactionFilter<? extends AbstractSlice<?>> value);

  /** Implemented by the implementing classes. */
  T setCompactionFilterFactory(final AbstractCompactionFilterFactory<? extends AbstractCompactionFilter<?>> value);

  /** Implemented by the implementing classes. */
  T setCompactionThreadLimiter(final ConcurrentTaskLimiter value);

  /** Implemented by the implementing classes. */
  T setComparator(final AbstractComparator value);

  /** Implemented by the implementing classes. */
  T setComparator(final BuiltinComparator value);

  /** Implemented by the implementing classes. */
  T setCompressionOptions(final CompressionOptions value);

  /** Implemented by the implementing classes. */
  T setLevelZeroFileNumCompactionTrigger(final int value);

  /** Implemented by the implementing classes. */
  T setLevelZeroSlowdownWritesTrigger(final int value);

  /** Implemented by the implementing classes. */
  T setLevelZeroStopWritesTrigger(final int value);

  /** Implemented by the implementing classes. */
  T setMaxBytesForLevelMultiplier(final double value);

  /** Implemented by the implementing classes. */
  T setMaxTableFilesSizeFIFO(final long value);

  /** Implemented by the implementing classes. */
  T setMemTableConfig(final MemTableConfig value);

  /** Implemented by the implementing classes. */
  T setMemtableMaxRangeDeletions(final int value);

  /** Implemented by the implementing classes. */
  T setMergeOperator(final MergeOperator value);

  /** Implemented by the implementing classes. */
  T setMergeOperatorName(final String value);

  /** Implemented by the implementing classes. */
  T setMinTombstonesForRangeConversion(final int value);

  /** Implemented by the implementing classes. */
  T setSstPartitionerFactory(final SstPartitionerFactory value);

  /** Implemented by the implementing classes. */
  T setTableFormatConfig(final TableFormatConfig value);

  /** Implemented by the implementing classes. */
  SstPartitionerFactory sstPartitionerFactory();

  /** Implemented by the implementing classes. */
  String tableFactoryName();

  /** Implemented by the implementing classes. */
  TableFormatConfig tableFormatConfig();

  /** Implemented by the implementing classes. */
  T useCappedPrefixExtractor(final int value);

  /** Implemented by the implementing classes. */
  T useFixedLengthPrefixExtractor(final int value);

}
