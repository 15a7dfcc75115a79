package dev.purerocks;

/** Mirrors RocksJava's {@code BackupEngineOptions}. */
public class BackupEngineOptions extends RocksObject {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  public BackupEngineOptions(final String value) {
    super(NativeHandles.next());
  }

  private Env backupEnv;
  private boolean backupLogFiles;
  private long backupRateLimit;
  private RateLimiter backupRateLimiter;
  private long callbackTriggerIntervalSize;
  private boolean destroyOldData;
  private Logger infoLog;
  private int maxBackgroundOperations;
  private long restoreRateLimit;
  private RateLimiter restoreRateLimiter;
  private boolean shareFilesWithChecksum;
  private boolean shareTableFiles;
  private boolean sync;

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String backupDir() {
    throw Unsupported.unchecked("BackupEngineOptions.backupDir");
  }

  /** Returns the stored value (RocksJava's default until set). */
  public Env backupEnv() {
    return backupEnv;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean backupLogFiles() {
    return backupLogFiles;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long backupRateLimit() {
    return backupRateLimit;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public RateLimiter backupRateLimiter() {
    return backupRateLimiter;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long callbackTriggerIntervalSize() {
    return callbackTriggerIntervalSize;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean destroyOldData() {
    return destroyOldData;
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Returns the stored value (RocksJava's default until set). */
  public Logger infoLog() {
    return infoLog;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public int maxBackgroundOperations() {
    return maxBackgroundOperations;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public long restoreRateLimit() {
    return restoreRateLimit;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public RateLimiter restoreRateLimiter() {
    return restoreRateLimiter;
  }

  /** Stores the value; see the matching getter. */
  public BackupEngineOptions setBackupEnv(final Env value) {
    this.backupEnv = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BackupEngineOptions setBackupLogFiles(final boolean value) {
    this.backupLogFiles = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BackupEngineOptions setBackupRateLimit(final long value) {
    this.backupRateLimit = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BackupEngineOptions setBackupRateLimiter(final RateLimiter value) {
    this.backupRateLimiter = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BackupEngineOptions setCallbackTriggerIntervalSize(final long value) {
    this.callbackTriggerIntervalSize = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BackupEngineOptions setDestroyOldData(final boolean value) {
    this.destroyOldData = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BackupEngineOptions setInfoLog(final Logger value) {
    this.infoLog = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BackupEngineOptions setMaxBackgroundOperations(final int value) {
    this.maxBackgroundOperations = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BackupEngineOptions setRestoreRateLimit(final long value) {
    this.restoreRateLimit = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BackupEngineOptions setRestoreRateLimiter(final RateLimiter value) {
    this.restoreRateLimiter = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BackupEngineOptions setShareFilesWithChecksum(final boolean value) {
    this.shareFilesWithChecksum = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BackupEngineOptions setShareTableFiles(final boolean value) {
    this.shareTableFiles = value;
    return this;
  }

  /** Stores the value; see the matching getter. */
  public BackupEngineOptions setSync(final boolean value) {
    this.sync = value;
    return this;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean shareFilesWithChecksum() {
    return shareFilesWithChecksum;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean shareTableFiles() {
    return shareTableFiles;
  }

  /** Returns the stored value (RocksJava's default until set). */
  public boolean sync() {
    return sync;
  }

}
