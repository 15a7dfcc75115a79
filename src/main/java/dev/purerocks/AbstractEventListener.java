package dev.purerocks;

/** Mirrors RocksJava's {@code AbstractEventListener}. */
public abstract class AbstractEventListener extends RocksCallbackObject implements EventListener {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected AbstractEventListener() {
    super();
  }

  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected AbstractEventListener(final AbstractEventListener.EnabledEventCallback... value) {
    super();
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected void disposeInternal() {
    // nothing native to free
  }

  /** Returns a fresh handle id: there is no native peer. */
  protected long initializeNative(final long... value) {
    return NativeHandles.next();
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void onBackgroundError(final BackgroundErrorReason p0, final Status p1) {
    throw Unsupported.unchecked("AbstractEventListener.onBackgroundError");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void onColumnFamilyHandleDeletionStarted(final ColumnFamilyHandle value) {
    throw Unsupported.unchecked("AbstractEventListener.onColumnFamilyHandleDeletionStarted");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void onCompactionBegin(final RocksDB p0, final CompactionJobInfo p1) {
    throw Unsupported.unchecked("AbstractEventListener.onCompactionBegin");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void onCompactionCompleted(final RocksDB p0, final CompactionJobInfo p1) {
    throw Unsupported.unchecked("AbstractEventListener.onCompactionCompleted");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean onErrorRecoveryBegin(final BackgroundErrorReason p0, final Status p1) {
    throw Unsupported.unchecked("AbstractEventListener.onErrorRecoveryBegin");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void onErrorRecoveryCompleted(final Status value) {
    throw Unsupported.unchecked("AbstractEventListener.onErrorRecoveryCompleted");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void onExternalFileIngested(final RocksDB p0, final ExternalFileIngestionInfo p1) {
    throw Unsupported.unchecked("AbstractEventListener.onExternalFileIngested");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void onFileCloseFinish(final FileOperationInfo value) {
    throw Unsupported.unchecked("AbstractEventListener.onFileCloseFinish");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void onFileFlushFinish(final FileOperationInfo value) {
    throw Unsupported.unchecked("AbstractEventListener.onFileFlushFinish");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void onFileRangeSyncFinish(final FileOperationInfo value) {
    throw Unsupported.unchecked("AbstractEventListener.onFileRangeSyncFinish");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void onFileReadFinish(final FileOperationInfo value) {
    throw Unsupported.unchecked("AbstractEventListener.onFileReadFinish");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void onFileSyncFinish(final FileOperationInfo value) {
    throw Unsupported.unchecked("AbstractEventListener.onFileSyncFinish");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void onFileTruncateFinish(final FileOperationInfo value) {
    throw Unsupported.unchecked("AbstractEventListener.onFileTruncateFinish");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void onFileWriteFinish(final FileOperationInfo value) {
    throw Unsupported.unchecked("AbstractEventListener.onFileWriteFinish");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void onFlushBegin(final RocksDB p0, final FlushJobInfo p1) {
    throw Unsupported.unchecked("AbstractEventListener.onFlushBegin");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void onFlushCompleted(final RocksDB p0, final FlushJobInfo p1) {
    throw Unsupported.unchecked("AbstractEventListener.onFlushCompleted");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void onMemTableSealed(final MemTableInfo value) {
    throw Unsupported.unchecked("AbstractEventListener.onMemTableSealed");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void onStallConditionsChanged(final WriteStallInfo value) {
    throw Unsupported.unchecked("AbstractEventListener.onStallConditionsChanged");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void onTableFileCreated(final TableFileCreationInfo value) {
    throw Unsupported.unchecked("AbstractEventListener.onTableFileCreated");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void onTableFileCreationStarted(final TableFileCreationBriefInfo value) {
    throw Unsupported.unchecked("AbstractEventListener.onTableFileCreationStarted");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void onTableFileDeleted(final TableFileDeletionInfo value) {
    throw Unsupported.unchecked("AbstractEventListener.onTableFileDeleted");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean shouldBeNotifiedOnFileIO() {
    throw Unsupported.unchecked("AbstractEventListener.shouldBeNotifiedOnFileIO");
  }

  /** Mirrors RocksJava's {@code EnabledEventCallback}. */
  public enum EnabledEventCallback {
    ON_FLUSH_COMPLETED,
    ON_FLUSH_BEGIN,
    ON_TABLE_FILE_DELETED,
    ON_COMPACTION_BEGIN,
    ON_COMPACTION_COMPLETED,
    ON_TABLE_FILE_CREATED,
    ON_TABLE_FILE_CREATION_STARTED,
    ON_MEMTABLE_SEALED,
    ON_COLUMN_FAMILY_HANDLE_DELETION_STARTED,
    ON_EXTERNAL_FILE_INGESTED,
    ON_BACKGROUND_ERROR,
    ON_STALL_CONDITIONS_CHANGED,
    ON_FILE_READ_FINISH,
    ON_FILE_WRITE_FINISH,
    ON_FILE_FLUSH_FINISH,
    ON_FILE_SYNC_FINISH,
    ON_FILE_RANGE_SYNC_FINISH,
    ON_FILE_TRUNCATE_FINISH,
    ON_FILE_CLOSE_FINISH,
    SHOULD_BE_NOTIFIED_ON_FILE_IO,
    ON_ERROR_RECOVERY_BEGIN,
    ON_ERROR_RECOVERY_COMPLETED;

  }
}
