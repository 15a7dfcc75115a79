package dev.purerocks;

/** Mirrors RocksJava's {@code SstFileManager}. */
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
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public SstFileManager(final Env p0, final Logger p1, final long p2, final double p3) throws RocksDBException {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public SstFileManager(final Env p0, final Logger p1, final long p2) throws RocksDBException {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public SstFileManager(final Env p0, final Logger p1) throws RocksDBException {
    super(NativeHandles.next());
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public SstFileManager(final Env value) throws RocksDBException {
    super(NativeHandles.next());
  }

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

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getTotalSize() {
    throw Unsupported.unchecked("SstFileManager.getTotalSize");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.Map<String, Long> getTrackedFiles() {
    throw Unsupported.unchecked("SstFileManager.getTrackedFiles");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean isMaxAllowedSpaceReached() {
    throw Unsupported.unchecked("SstFileManager.isMaxAllowedSpaceReached");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean isMaxAllowedSpaceReachedIncludingCompactions() {
    throw Unsupported.unchecked("SstFileManager.isMaxAllowedSpaceReachedIncludingCompactions");
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
