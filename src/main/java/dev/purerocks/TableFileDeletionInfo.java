package dev.purerocks;

/** Mirrors RocksJava's {@code TableFileDeletionInfo}. */
public class TableFileDeletionInfo {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  TableFileDeletionInfo() {
    
  }

  /** Behaves as RocksJava's member of the same name. */
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

  /** Behaves as RocksJava's member of the same name. */
  public int hashCode() {
    return super.hashCode();
  }

  /** Behaves as RocksJava's member of the same name. */
  public String toString() {
    return super.toString();
  }

}
