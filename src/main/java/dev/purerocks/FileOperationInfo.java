package dev.purerocks;

/** Mirrors RocksJava's {@code FileOperationInfo}. */
public class FileOperationInfo {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  FileOperationInfo() {
    
  }

  /** Behaves as RocksJava's member of the same name. */
  public boolean equals(final Object value) {
    return super.equals(value);
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getDuration() {
    throw Unsupported.unchecked("FileOperationInfo.getDuration");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getLength() {
    throw Unsupported.unchecked("FileOperationInfo.getLength");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getOffset() {
    throw Unsupported.unchecked("FileOperationInfo.getOffset");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getPath() {
    throw Unsupported.unchecked("FileOperationInfo.getPath");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getStartTimestamp() {
    throw Unsupported.unchecked("FileOperationInfo.getStartTimestamp");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Status getStatus() {
    throw Unsupported.unchecked("FileOperationInfo.getStatus");
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
