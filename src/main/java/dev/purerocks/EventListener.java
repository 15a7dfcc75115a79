package dev.purerocks;

/** Mirrors RocksJava's {@code EventListener}. */
public interface EventListener {
  /** Implemented by the implementing classes. */
  void onBackgroundError(final BackgroundErrorReason p0, final Status p1);

  /** Implemented by the implementing classes. */
  void onColumnFamilyHandleDeletionStarted(final ColumnFamilyHandle value);

  /** Implemented by the implementing classes. */
  void onCompactionBegin(final RocksDB p0, final CompactionJobInfo p1);

  /** Implemented by the implementing classes. */
  void onCompactionCompleted(final RocksDB p0, final CompactionJobInfo p1);

  /** Implemented by the implementing classes. */
  boolean onErrorRecoveryBegin(final BackgroundErrorReason p0, final Status p1);

  /** Implemented by the implementing classes. */
  void onErrorRecoveryCompleted(final Status value);

  /** Implemented by the implementing classes. */
  void onExternalFileIngested(final RocksDB p0, final ExternalFileIngestionInfo p1);

  /** Implemented by the implementing classes. */
  void onFileCloseFinish(final FileOperationInfo value);

  /** Implemented by the implementing classes. */
  void onFileFlushFinish(final FileOperationInfo value);

  /** Implemented by the implementing classes. */
  void onFileRangeSyncFinish(final FileOperationInfo value);

  /** Implemented by the implementing classes. */
  void onFileReadFinish(final FileOperationInfo value);

  /** Implemented by the implementing classes. */
  void onFileSyncFinish(final FileOperationInfo value);

  /** Implemented by the implementing classes. */
  void onFileTruncateFinish(final FileOperationInfo value);

  /** Implemented by the implementing classes. */
  void onFileWriteFinish(final FileOperationInfo value);

  /** Implemented by the implementing classes. */
  void onFlushBegin(final RocksDB p0, final FlushJobInfo p1);

  /** Implemented by the implementing classes. */
  void onFlushCompleted(final RocksDB p0, final FlushJobInfo p1);

  /** Implemented by the implementing classes. */
  void onMemTableSealed(final MemTableInfo value);

  /** Implemented by the implementing classes. */
  void onStallConditionsChanged(final WriteStallInfo value);

  /** Implemented by the implementing classes. */
  void onTableFileCreated(final TableFileCreationInfo value);

  /** Implemented by the implementing classes. */
  void onTableFileCreationStarted(final TableFileCreationBriefInfo value);

  /** Implemented by the implementing classes. */
  void onTableFileDeleted(final TableFileDeletionInfo value);

  /** Implemented by the implementing classes. */
  boolean shouldBeNotifiedOnFileIO();

}
