package dev.purerocks;

/** Mirrors RocksJava's {@code ExternalFileIngestionInfo}. */
public class ExternalFileIngestionInfo {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  ExternalFileIngestionInfo() {
    
  }

  /** Behaves as RocksJava's member of the same name. */
  public boolean equals(final Object value) {
    return super.equals(value);
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getColumnFamilyName() {
    throw Unsupported.unchecked("ExternalFileIngestionInfo.getColumnFamilyName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getExternalFilePath() {
    throw Unsupported.unchecked("ExternalFileIngestionInfo.getExternalFilePath");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getGlobalSeqno() {
    throw Unsupported.unchecked("ExternalFileIngestionInfo.getGlobalSeqno");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getInternalFilePath() {
    throw Unsupported.unchecked("ExternalFileIngestionInfo.getInternalFilePath");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public TableProperties getTableProperties() {
    throw Unsupported.unchecked("ExternalFileIngestionInfo.getTableProperties");
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
