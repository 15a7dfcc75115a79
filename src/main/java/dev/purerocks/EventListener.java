package dev.purerocks;

/** Mirrors RocksJava's {@code EventListener}. */
public interface EventListener {
  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void onBackgroundError(final BackgroundErrorReason p0, final Status p1);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void onColumnFamilyHandleDeletionStarted(final ColumnFamilyHandle value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void onCompactionBegin(final RocksDB p0, final CompactionJobInfo p1);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void onCompactionCompleted(final RocksDB p0, final CompactionJobInfo p1);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean onErrorRecoveryBegin(final BackgroundErrorReason p0, final Status p1);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void onErrorRecoveryCompleted(final Status value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void onExternalFileIngested(final RocksDB p0, final ExternalFileIngestionInfo p1);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void onFileCloseFinish(final FileOperationInfo value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void onFileFlushFinish(final FileOperationInfo value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void onFileRangeSyncFinish(final FileOperationInfo value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void onFileReadFinish(final FileOperationInfo value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void onFileSyncFinish(final FileOperationInfo value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void onFileTruncateFinish(final FileOperationInfo value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void onFileWriteFinish(final FileOperationInfo value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void onFlushBegin(final RocksDB p0, final FlushJobInfo p1);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void onFlushCompleted(final RocksDB p0, final FlushJobInfo p1);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void onMemTableSealed(final MemTableInfo value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void onStallConditionsChanged(final WriteStallInfo value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void onTableFileCreated(final TableFileCreationInfo value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void onTableFileCreationStarted(final TableFileCreationBriefInfo value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  void onTableFileDeleted(final TableFileDeletionInfo value);

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  boolean shouldBeNotifiedOnFileIO();

}
