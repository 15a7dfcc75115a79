package dev.purerocks;

/** Mirrors RocksJava's {@code BackupEngine}. */
public class BackupEngine extends RocksObject implements AutoCloseable {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected BackupEngine(final long value) {
    super(NativeHandles.next());
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void createNewBackup(final RocksDB p0, final boolean p1) throws RocksDBException {
    throw Unsupported.feature("BackupEngine.createNewBackup");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void createNewBackup(final RocksDB value) throws RocksDBException {
    throw Unsupported.feature("BackupEngine.createNewBackup");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void createNewBackupWithMetadata(final RocksDB p0, final String p1, final boolean p2) throws RocksDBException {
    throw Unsupported.feature("BackupEngine.createNewBackupWithMetadata");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void deleteBackup(final int value) throws RocksDBException {
    throw Unsupported.feature("BackupEngine.deleteBackup");
  }

  /** Nothing to free: PureRocks has no native memory. */
  protected final void disposeInternal(final long value) {
    // nothing native to free
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void garbageCollect() throws RocksDBException {
    throw Unsupported.feature("BackupEngine.garbageCollect");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<BackupInfo> getBackupInfo() {
    throw Unsupported.unchecked("BackupEngine.getBackupInfo");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int[] getCorruptedBackups() {
    throw Unsupported.unchecked("BackupEngine.getCorruptedBackups");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public static BackupEngine open(final Env p0, final BackupEngineOptions p1) throws RocksDBException {
    throw Unsupported.feature("BackupEngine.open");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void purgeOldBackups(final int value) throws RocksDBException {
    throw Unsupported.feature("BackupEngine.purgeOldBackups");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void restoreDbFromBackup(final int p0, final String p1, final String p2, final RestoreOptions p3) throws RocksDBException {
    throw Unsupported.feature("BackupEngine.restoreDbFromBackup");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public void restoreDbFromLatestBackup(final String p0, final String p1, final RestoreOptions p2) throws RocksDBException {
    throw Unsupported.feature("BackupEngine.restoreDbFromLatestBackup");
  }

}
