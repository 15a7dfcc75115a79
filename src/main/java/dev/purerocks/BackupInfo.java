package dev.purerocks;

/** Mirrors RocksJava's {@code BackupInfo}. */
public class BackupInfo {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  BackupInfo() {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String appMetadata() {
    throw Unsupported.unchecked("BackupInfo.appMetadata");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int backupId() {
    throw Unsupported.unchecked("BackupInfo.backupId");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int numberFiles() {
    throw Unsupported.unchecked("BackupInfo.numberFiles");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long size() {
    throw Unsupported.unchecked("BackupInfo.size");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long timestamp() {
    throw Unsupported.unchecked("BackupInfo.timestamp");
  }

}
