package dev.purerocks;

/** Mirrors RocksJava's {@code PlainTableConfig}. */
public class PlainTableConfig extends TableFormatConfig {
  /** Same value as RocksJava's. */
  public static final int DEFAULT_BLOOM_BITS_PER_KEY = 10;

  /** Same value as RocksJava's. */
  public static final EncodingType DEFAULT_ENCODING_TYPE = EncodingType.kPlain;

  /** Same value as RocksJava's. */
  public static final boolean DEFAULT_FULL_SCAN_MODE = false;

  /** Same value as RocksJava's. */
  public static final double DEFAULT_HASH_TABLE_RATIO = 0.75;

  /** Same value as RocksJava's. */
  public static final int DEFAULT_HUGE_TLB_SIZE = 0;

  /** Same value as RocksJava's. */
  public static final int DEFAULT_INDEX_SPARSENESS = 16;

  /** Same value as RocksJava's. */
  public static final boolean DEFAULT_STORE_INDEX_IN_FILE = false;

  /** Same value as RocksJava's. */
  public static final int VARIABLE_LENGTH = 0;

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public PlainTableConfig() {
    super();
  }

  private int bloomBitsPerKey = 10;
  private EncodingType encodingType = EncodingType.kPlain;
  private boolean fullScanMode = false;
  private double hashTableRatio = 0.75;
  private int hugePageTlbSize = 0;
  private int indexSparseness = DEFAULT_INDEX_SPARSENESS;
  private int keySize = 0;
  private boolean storeIndexInFile = false;

  /** Returns the stored value (RocksJava's default until set). */
  public int bloomBitsPerKey() {
    return bloomBitsPerKey;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public EncodingType encodingType() {
    return encodingType;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean fullScanMode() {
    return fullScanMode;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public double hashTableRatio() {
    return hashTableRatio;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int hugePageTlbSize() {
    return hugePageTlbSize;
  }

  /** Behaves as RocksJava's member of the same name. */
  public long indexSparseness() {
    return indexSparseness;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int keySize() {
    return keySize;
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  protected long newTableFactoryHandle() {
    throw Unsupported.unchecked("PlainTableConfig.newTableFactoryHandle");
  }

  /** Stores the value; see the matching getter. */
  public PlainTableConfig setBloomBitsPerKey(final int value) {
    this.bloomBitsPerKey = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public PlainTableConfig setEncodingType(final EncodingType value) {
    java.util.Objects.requireNonNull(value);
    this.encodingType = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public PlainTableConfig setFullScanMode(final boolean value) {
    this.fullScanMode = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public PlainTableConfig setHashTableRatio(final double value) {
    this.hashTableRatio = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public PlainTableConfig setHugePageTlbSize(final int value) {
    this.hugePageTlbSize = value;
    return this;
  }

  /** Stores the value for the engine. */
  public PlainTableConfig setIndexSparseness(final int value) {
    this.indexSparseness = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public PlainTableConfig setKeySize(final int value) {
    this.keySize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public PlainTableConfig setStoreIndexInFile(final boolean value) {
    this.storeIndexInFile = value;
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean storeIndexInFile() {
    return storeIndexInFile;
  }

}
