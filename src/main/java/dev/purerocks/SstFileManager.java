package dev.purerocks;

/**
 * Tracks and throttles SST file space. Mirrors {@code org.rocksdb.SstFileManager}; PureRocks writes
 * no SST files yet, so it stores its settings and tracks nothing.
 */
public final class SstFileManager extends RocksObject {
  /** Same value as RocksJava's. */
  public static final long BYTES_MAX_DELETE_CHUNK_DEFAULT = 67108864L;

  /** Same value as RocksJava's. */
  public static final boolean DELETE_EXISTING_TRASH_DEFAULT = true;

  /** Same value as RocksJava's. */
  public static final double MAX_TRASH_DB_RATION_DEFAULT = 0.25;

  /** Same value as RocksJava's. */
  public static final long RATE_BYTES_PER_SEC_DEFAULT = 0L;

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public SstFileManager(final Env p0, final Logger p1, final long p2, final double p3, final long p4) throws RocksDBException {
    super(NativeHandles.next());
    this.env = java.util.Objects.requireNonNull(p0, "env");
    this.logger = p1;
    this.deleteRateBytesPerSecond = p2;
    this.maxTrashDBRatio = p3;
    this.bytesMaxDeleteChunk = p4;
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public SstFileManager(final Env p0, final Logger p1, final long p2, final double p3) throws RocksDBException {
    this(p0, p1, p2, p3, BYTES_MAX_DELETE_CHUNK_DEFAULT);
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public SstFileManager(final Env p0, final Logger p1, final long p2) throws RocksDBException {
    this(p0, p1, p2, MAX_TRASH_DB_RATION_DEFAULT, BYTES_MAX_DELETE_CHUNK_DEFAULT);
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public SstFileManager(final Env p0, final Logger p1) throws RocksDBException {
    this(p0, p1, RATE_BYTES_PER_SEC_DEFAULT, MAX_TRASH_DB_RATION_DEFAULT, BYTES_MAX_DELETE_CHUNK_DEFAULT);
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public SstFileManager(final Env value) throws RocksDBException {
    this(value, null);
  }

  private final Env env;
  private final Logger logger;
  private final long bytesMaxDeleteChunk;
  private long compactionBufferSize;
  private long deleteRateBytesPerSecond;
  private long maxAllowedSpaceUsage;
  private double maxTrashDBRatio;

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long getDeleteRateBytesPerSecond() {
    return deleteRateBytesPerSecond;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public double getMaxTrashDBRatio() {
    return maxTrashDBRatio;
  }

  /** Behaves as RocksJava's member of the same name. */
  public long getTotalSize() {
    return 0L; // PureRocks writes no SST files yet
  }

  /** Behaves as RocksJava's member of the same name. */
  public java.util.Map<String, Long> getTrackedFiles() {
    return new java.util.HashMap<>(); // no SST files yet
  }

  /** Behaves as RocksJava's member of the same name. */
  public boolean isMaxAllowedSpaceReached() {
    return maxAllowedSpaceUsage > 0 && getTotalSize() >= maxAllowedSpaceUsage;
  }

  /** Behaves as RocksJava's member of the same name. */
  public boolean isMaxAllowedSpaceReachedIncludingCompactions() {
    return maxAllowedSpaceUsage > 0 && getTotalSize() + compactionBufferSize >= maxAllowedSpaceUsage;
  }

  /** Stores the value for the engine. */
  public void setCompactionBufferSize(final long value) {
    this.compactionBufferSize = value;
  }

  /** Stores the value; see the matching getter. */
  public void setDeleteRateBytesPerSecond(final long value) {
    this.deleteRateBytesPerSecond = value;
  }

  /** Stores the value for the engine. */
  public void setMaxAllowedSpaceUsage(final long value) {
    this.maxAllowedSpaceUsage = value;
  }

  /** Stores the value; see the matching getter. */
  public void setMaxTrashDBRatio(final double value) {
    this.maxTrashDBRatio = value;
  }

}
