package dev.purerocks;

/** Mirrors RocksJava's {@code WriteStallInfo}. */
public class WriteStallInfo {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  WriteStallInfo() {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean equals(final Object value) {
    return super.equals(value);
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getColumnFamilyName() {
    throw Unsupported.unchecked("WriteStallInfo.getColumnFamilyName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public WriteStallCondition getCurrentCondition() {
    throw Unsupported.unchecked("WriteStallInfo.getCurrentCondition");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public WriteStallCondition getPreviousCondition() {
    throw Unsupported.unchecked("WriteStallInfo.getPreviousCondition");
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
