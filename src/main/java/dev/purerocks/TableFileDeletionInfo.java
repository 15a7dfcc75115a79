package dev.purerocks;

/** Mirrors RocksJava's {@code TableFileDeletionInfo}. */
public class TableFileDeletionInfo {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  TableFileDeletionInfo() {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean equals(final Object value) {
    return super.equals(value);
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getDbName() {
    throw Unsupported.unchecked("TableFileDeletionInfo.getDbName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getFilePath() {
    throw Unsupported.unchecked("TableFileDeletionInfo.getFilePath");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int getJobId() {
    throw Unsupported.unchecked("TableFileDeletionInfo.getJobId");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Status getStatus() {
    throw Unsupported.unchecked("TableFileDeletionInfo.getStatus");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int hashCode() {
    return super.hashCode();
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String toString() {
    return super.toString();
  }

}
