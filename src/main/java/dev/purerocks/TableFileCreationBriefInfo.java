package dev.purerocks;

/** Mirrors RocksJava's {@code TableFileCreationBriefInfo}. */
public class TableFileCreationBriefInfo {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected TableFileCreationBriefInfo(final String p0, final String p1, final String p2, final int p3, final byte p4) {
    
  }

  /** Behaves as RocksJava's member of the same name. */
  public boolean equals(final Object value) {
    return super.equals(value);
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getColumnFamilyName() {
    throw Unsupported.unchecked("TableFileCreationBriefInfo.getColumnFamilyName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getDbName() {
    throw Unsupported.unchecked("TableFileCreationBriefInfo.getDbName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getFilePath() {
    throw Unsupported.unchecked("TableFileCreationBriefInfo.getFilePath");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int getJobId() {
    throw Unsupported.unchecked("TableFileCreationBriefInfo.getJobId");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public TableFileCreationReason getReason() {
    throw Unsupported.unchecked("TableFileCreationBriefInfo.getReason");
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
