package dev.purerocks;

/** Mirrors RocksJava's {@code BlockBasedTableConfig}. */
public class BlockBasedTableConfig extends TableFormatConfig {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public BlockBasedTableConfig() {
    super();
  }

  private boolean blockAlign = false;
  private Cache blockCache;
  private long blockCacheSize = 8388608L;
  private int blockRestartInterval = 16;
  private long blockSize = 4096L;
  private int blockSizeDeviation = 10;
  private boolean cacheIndexAndFilterBlocks = false;
  private boolean cacheIndexAndFilterBlocksWithHighPriority = true;
  private int cacheNumShardBits = 0;
  private ChecksumType checksumType = ChecksumType.kXXH3;
  private double dataBlockHashTableUtilRatio = 0.75;
  private DataBlockIndexType dataBlockIndexType = DataBlockIndexType.kDataBlockBinarySearch;
  private boolean enableIndexCompression = true;
  private Filter filter;
  private Filter filterPolicy = null;
  private int formatVersion = 7;
  private boolean hashIndexAllowCollision = true;
  private int indexBlockRestartInterval = 1;
  private IndexSearchType indexSearchType = IndexSearchType.kBinary;
  private IndexShorteningMode indexShortening = IndexShorteningMode.kShortenSeparators;
  private IndexType indexType = IndexType.kBinarySearch;
  private long metadataBlockSize = 4096L;
  private boolean noBlockCache = false;
  private boolean optimizeFiltersForMemory = true;
  private boolean partitionFilters = false;
  private PersistentCache persistentCache;
  private boolean pinL0FilterAndIndexBlocksInCache = false;
  private boolean pinTopLevelIndexAndFilter = true;
  private int readAmpBytesPerBit = 0;
  private boolean separateKeyValueInDataBlock = false;
  private long superBlockAlignmentSize = 0L;
  private long superBlockAlignmentSpaceOverheadRatio = 128L;
  private double uniformCvThreshold = 0.2;
  private boolean useDeltaEncoding = true;
  private boolean verifyCompression = false;
  private boolean wholeKeyFiltering = true;

  /** Returns the stored value (RocksJava's default until set). */
  public boolean blockAlign() {
    return blockAlign;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long blockCacheSize() {
    return blockCacheSize;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int blockRestartInterval() {
    return blockRestartInterval;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long blockSize() {
    return blockSize;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int blockSizeDeviation() {
    return blockSizeDeviation;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean cacheIndexAndFilterBlocks() {
    return cacheIndexAndFilterBlocks;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean cacheIndexAndFilterBlocksWithHighPriority() {
    return cacheIndexAndFilterBlocksWithHighPriority;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int cacheNumShardBits() {
    return cacheNumShardBits;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public ChecksumType checksumType() {
    return checksumType;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public double dataBlockHashTableUtilRatio() {
    return dataBlockHashTableUtilRatio;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public DataBlockIndexType dataBlockIndexType() {
    return dataBlockIndexType;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean enableIndexCompression() {
    return enableIndexCompression;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public Filter filterPolicy() {
    return filterPolicy;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int formatVersion() {
    return formatVersion;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean hashIndexAllowCollision() {
    return true; // deprecated in RocksJava: always true, the setter is ignored
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int indexBlockRestartInterval() {
    return indexBlockRestartInterval;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public IndexSearchType indexSearchType() {
    return indexSearchType;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public IndexShorteningMode indexShortening() {
    return indexShortening;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public IndexType indexType() {
    return indexType;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long metadataBlockSize() {
    return metadataBlockSize;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  protected long newTableFactoryHandle() {
    throw Unsupported.unchecked("BlockBasedTableConfig.newTableFactoryHandle");
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean noBlockCache() {
    return noBlockCache;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean optimizeFiltersForMemory() {
    return optimizeFiltersForMemory;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean partitionFilters() {
    return partitionFilters;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean pinL0FilterAndIndexBlocksInCache() {
    return pinL0FilterAndIndexBlocksInCache;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean pinTopLevelIndexAndFilter() {
    return pinTopLevelIndexAndFilter;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int readAmpBytesPerBit() {
    return readAmpBytesPerBit;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean separateKeyValueInDataBlock() {
    return separateKeyValueInDataBlock;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setBlockAlign(final boolean value) {
    this.blockAlign = value;
    return this;
  }

  /** Stores the value for the engine. */
  public BlockBasedTableConfig setBlockCache(final Cache value) {
    this.blockCache = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setBlockCacheSize(final long value) {
    this.blockCacheSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setBlockRestartInterval(final int value) {
    this.blockRestartInterval = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setBlockSize(final long value) {
    this.blockSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setBlockSizeDeviation(final int value) {
    this.blockSizeDeviation = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setCacheIndexAndFilterBlocks(final boolean value) {
    this.cacheIndexAndFilterBlocks = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setCacheIndexAndFilterBlocksWithHighPriority(final boolean value) {
    this.cacheIndexAndFilterBlocksWithHighPriority = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setCacheNumShardBits(final int value) {
    this.cacheNumShardBits = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setChecksumType(final ChecksumType value) {
    java.util.Objects.requireNonNull(value);
    this.checksumType = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setDataBlockHashTableUtilRatio(final double value) {
    this.dataBlockHashTableUtilRatio = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setDataBlockIndexType(final DataBlockIndexType value) {
    java.util.Objects.requireNonNull(value);
    this.dataBlockIndexType = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setEnableIndexCompression(final boolean value) {
    this.enableIndexCompression = value;
    return this;
  }

  /** Stores the value for the engine. */
  public BlockBasedTableConfig setFilter(final Filter value) {
    this.filter = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setFilterPolicy(final Filter value) {
    this.filterPolicy = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setFormatVersion(final int value) {
    this.formatVersion = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setHashIndexAllowCollision(final boolean value) {
    return this; // deprecated in RocksJava: ignored
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setIndexBlockRestartInterval(final int value) {
    this.indexBlockRestartInterval = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setIndexSearchType(final IndexSearchType value) {
    java.util.Objects.requireNonNull(value);
    this.indexSearchType = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setIndexShortening(final IndexShorteningMode value) {
    java.util.Objects.requireNonNull(value);
    this.indexShortening = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setIndexType(final IndexType value) {
    java.util.Objects.requireNonNull(value);
    this.indexType = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setMetadataBlockSize(final long value) {
    this.metadataBlockSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setNoBlockCache(final boolean value) {
    this.noBlockCache = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setOptimizeFiltersForMemory(final boolean value) {
    this.optimizeFiltersForMemory = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setPartitionFilters(final boolean value) {
    this.partitionFilters = value;
    return this;
  }

  /** Stores the value for the engine. */
  public BlockBasedTableConfig setPersistentCache(final PersistentCache value) {
    this.persistentCache = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setPinL0FilterAndIndexBlocksInCache(final boolean value) {
    this.pinL0FilterAndIndexBlocksInCache = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setPinTopLevelIndexAndFilter(final boolean value) {
    this.pinTopLevelIndexAndFilter = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setReadAmpBytesPerBit(final int value) {
    this.readAmpBytesPerBit = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setSeparateKeyValueInDataBlock(final boolean value) {
    this.separateKeyValueInDataBlock = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setSuperBlockAlignmentSize(final long value) {
    this.superBlockAlignmentSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setSuperBlockAlignmentSpaceOverheadRatio(final long value) {
    this.superBlockAlignmentSpaceOverheadRatio = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setUniformCvThreshold(final double value) {
    this.uniformCvThreshold = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setUseDeltaEncoding(final boolean value) {
    this.useDeltaEncoding = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setVerifyCompression(final boolean value) {
    this.verifyCompression = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BlockBasedTableConfig setWholeKeyFiltering(final boolean value) {
    this.wholeKeyFiltering = value;
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long superBlockAlignmentSize() {
    return superBlockAlignmentSize;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long superBlockAlignmentSpaceOverheadRatio() {
    return superBlockAlignmentSpaceOverheadRatio;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public double uniformCvThreshold() {
    return uniformCvThreshold;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean useDeltaEncoding() {
    return useDeltaEncoding;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean verifyCompression() {
    return verifyCompression;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean wholeKeyFiltering() {
    return wholeKeyFiltering;
  }

}
