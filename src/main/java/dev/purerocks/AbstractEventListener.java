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

  /** An event callback; does nothing unless overridden. */
  public void onBackgroundError(final BackgroundErrorReason p0, final Status p1) {
    // Nothing by default, as in RocksJava: subclasses override the events they want.
  }

  /** An event callback; does nothing unless overridden. */
  public void onColumnFamilyHandleDeletionStarted(final ColumnFamilyHandle value) {
    // Nothing by default, as in RocksJava: subclasses override the events they want.
  }

  /** An event callback; does nothing unless overridden. */
  public void onCompactionBegin(final RocksDB p0, final CompactionJobInfo p1) {
    // Nothing by default, as in RocksJava: subclasses override the events they want.
  }

  /** An event callback; does nothing unless overridden. */
  public void onCompactionCompleted(final RocksDB p0, final CompactionJobInfo p1) {
    // Nothing by default, as in RocksJava: subclasses override the events they want.
  }

  /** An event callback; does nothing unless overridden. */
  public boolean onErrorRecoveryBegin(final BackgroundErrorReason p0, final Status p1) {
    return true; // RocksJava's default: let RocksDB attempt recovery
  }

  /** An event callback; does nothing unless overridden. */
  public void onErrorRecoveryCompleted(final Status value) {
    // Nothing by default, as in RocksJava: subclasses override the events they want.
  }

  /** An event callback; does nothing unless overridden. */
  public void onExternalFileIngested(final RocksDB p0, final ExternalFileIngestionInfo p1) {
    // Nothing by default, as in RocksJava: subclasses override the events they want.
  }

  /** An event callback; does nothing unless overridden. */
  public void onFileCloseFinish(final FileOperationInfo value) {
    // Nothing by default, as in RocksJava: subclasses override the events they want.
  }

  /** An event callback; does nothing unless overridden. */
  public void onFileFlushFinish(final FileOperationInfo value) {
    // Nothing by default, as in RocksJava: subclasses override the events they want.
  }

  /** An event callback; does nothing unless overridden. */
  public void onFileRangeSyncFinish(final FileOperationInfo value) {
    // Nothing by default, as in RocksJava: subclasses override the events they want.
  }

  /** An event callback; does nothing unless overridden. */
  public void onFileReadFinish(final FileOperationInfo value) {
    // Nothing by default, as in RocksJava: subclasses override the events they want.
  }

  /** An event callback; does nothing unless overridden. */
  public void onFileSyncFinish(final FileOperationInfo value) {
    // Nothing by default, as in RocksJava: subclasses override the events they want.
  }

  /** An event callback; does nothing unless overridden. */
  public void onFileTruncateFinish(final FileOperationInfo value) {
    // Nothing by default, as in RocksJava: subclasses override the events they want.
  }

  /** An event callback; does nothing unless overridden. */
  public void onFileWriteFinish(final FileOperationInfo value) {
    // Nothing by default, as in RocksJava: subclasses override the events they want.
  }

  /** An event callback; does nothing unless overridden. */
  public void onFlushBegin(final RocksDB p0, final FlushJobInfo p1) {
    // Nothing by default, as in RocksJava: subclasses override the events they want.
  }

  /** An event callback; does nothing unless overridden. */
  public void onFlushCompleted(final RocksDB p0, final FlushJobInfo p1) {
    // Nothing by default, as in RocksJava: subclasses override the events they want.
  }

  /** An event callback; does nothing unless overridden. */
  public void onMemTableSealed(final MemTableInfo value) {
    // Nothing by default, as in RocksJava: subclasses override the events they want.
  }

  /** An event callback; does nothing unless overridden. */
  public void onStallConditionsChanged(final WriteStallInfo value) {
    // Nothing by default, as in RocksJava: subclasses override the events they want.
  }

  /** An event callback; does nothing unless overridden. */
  public void onTableFileCreated(final TableFileCreationInfo value) {
    // Nothing by default, as in RocksJava: subclasses override the events they want.
  }

  /** An event callback; does nothing unless overridden. */
  public void onTableFileCreationStarted(final TableFileCreationBriefInfo value) {
    // Nothing by default, as in RocksJava: subclasses override the events they want.
  }

  /** An event callback; does nothing unless overridden. */
  public void onTableFileDeleted(final TableFileDeletionInfo value) {
    // Nothing by default, as in RocksJava: subclasses override the events they want.
  }

  /** An event callback; does nothing unless overridden. */
  public boolean shouldBeNotifiedOnFileIO() {
    return false;
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
