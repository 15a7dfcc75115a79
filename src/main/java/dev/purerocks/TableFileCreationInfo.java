package dev.purerocks;

/** Mirrors RocksJava's {@code TableFileCreationInfo}. */
public class TableFileCreationInfo extends TableFileCreationBriefInfo {
  /** Creates the object; parameters are kept where RocksJava keeps them. */
  protected TableFileCreationInfo(final long p0, final TableProperties p1, final Status p2, final String p3, final String p4, final String p5, final int p6, final byte p7) {
    super(null, null, null, (int) 0, (byte) 0);
  }

  /** Behaves as RocksJava's member of the same name. */
  public boolean equals(final Object value) {
    return super.equals(value);
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getFileSize() {
    throw Unsupported.unchecked("TableFileCreationInfo.getFileSize");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public Status getStatus() {
    throw Unsupported.unchecked("TableFileCreationInfo.getStatus");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public TableProperties getTableProperties() {
    throw Unsupported.unchecked("TableFileCreationInfo.getTableProperties");
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
