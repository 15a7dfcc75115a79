package dev.purerocks;

/** Mirrors RocksJava's {@code CompactionJobStats}. */
public class CompactionJobStats extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public CompactionJobStats() {
    super(NativeHandles.next());
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void add(final CompactionJobStats value) {
    throw Unsupported.unchecked("CompactionJobStats.add");
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long elapsedMicros() {
    throw Unsupported.unchecked("CompactionJobStats.elapsedMicros");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long fileFsyncNanos() {
    throw Unsupported.unchecked("CompactionJobStats.fileFsyncNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long filePrepareWriteNanos() {
    throw Unsupported.unchecked("CompactionJobStats.filePrepareWriteNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long fileRangeSyncNanos() {
    throw Unsupported.unchecked("CompactionJobStats.fileRangeSyncNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long fileWriteNanos() {
    throw Unsupported.unchecked("CompactionJobStats.fileWriteNanos");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean isManualCompaction() {
    throw Unsupported.unchecked("CompactionJobStats.isManualCompaction");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] largestOutputKeyPrefix() {
    throw Unsupported.unchecked("CompactionJobStats.largestOutputKeyPrefix");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long numCorruptKeys() {
    throw Unsupported.unchecked("CompactionJobStats.numCorruptKeys");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long numExpiredDeletionRecords() {
    throw Unsupported.unchecked("CompactionJobStats.numExpiredDeletionRecords");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long numInputDeletionRecords() {
    throw Unsupported.unchecked("CompactionJobStats.numInputDeletionRecords");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long numInputFiles() {
    throw Unsupported.unchecked("CompactionJobStats.numInputFiles");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long numInputFilesAtOutputLevel() {
    throw Unsupported.unchecked("CompactionJobStats.numInputFilesAtOutputLevel");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long numInputRecords() {
    throw Unsupported.unchecked("CompactionJobStats.numInputRecords");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long numOutputFiles() {
    throw Unsupported.unchecked("CompactionJobStats.numOutputFiles");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long numOutputRecords() {
    throw Unsupported.unchecked("CompactionJobStats.numOutputRecords");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long numRecordsReplaced() {
    throw Unsupported.unchecked("CompactionJobStats.numRecordsReplaced");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long numSingleDelFallthru() {
    throw Unsupported.unchecked("CompactionJobStats.numSingleDelFallthru");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long numSingleDelMismatch() {
    throw Unsupported.unchecked("CompactionJobStats.numSingleDelMismatch");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void reset() {
    throw Unsupported.unchecked("CompactionJobStats.reset");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] smallestOutputKeyPrefix() {
    throw Unsupported.unchecked("CompactionJobStats.smallestOutputKeyPrefix");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long totalInputBytes() {
    throw Unsupported.unchecked("CompactionJobStats.totalInputBytes");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long totalInputRawKeyBytes() {
    throw Unsupported.unchecked("CompactionJobStats.totalInputRawKeyBytes");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long totalInputRawValueBytes() {
    throw Unsupported.unchecked("CompactionJobStats.totalInputRawValueBytes");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long totalOutputBytes() {
    throw Unsupported.unchecked("CompactionJobStats.totalOutputBytes");
  }

}
