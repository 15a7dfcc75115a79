package dev.purerocks;

/** Mirrors RocksJava's {@code FlushJobInfo}. */
public class FlushJobInfo {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  FlushJobInfo() {
    
  }

  /** Behaves as RocksJava's member of the same name. */
  public boolean equals(final Object value) {
    return super.equals(value);
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getColumnFamilyId() {
    throw Unsupported.unchecked("FlushJobInfo.getColumnFamilyId");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getColumnFamilyName() {
    throw Unsupported.unchecked("FlushJobInfo.getColumnFamilyName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getFilePath() {
    throw Unsupported.unchecked("FlushJobInfo.getFilePath");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public FlushReason getFlushReason() {
    throw Unsupported.unchecked("FlushJobInfo.getFlushReason");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int getJobId() {
    throw Unsupported.unchecked("FlushJobInfo.getJobId");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getLargestSeqno() {
    throw Unsupported.unchecked("FlushJobInfo.getLargestSeqno");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getSmallestSeqno() {
    throw Unsupported.unchecked("FlushJobInfo.getSmallestSeqno");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public TableProperties getTableProperties() {
    throw Unsupported.unchecked("FlushJobInfo.getTableProperties");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getThreadId() {
    throw Unsupported.unchecked("FlushJobInfo.getThreadId");
  }

  /** Behaves as RocksJava's member of the same name. */
  public int hashCode() {
    return super.hashCode();
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean isTriggeredWritesSlowdown() {
    throw Unsupported.unchecked("FlushJobInfo.isTriggeredWritesSlowdown");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean isTriggeredWritesStop() {
    throw Unsupported.unchecked("FlushJobInfo.isTriggeredWritesStop");
  }

  /** Behaves as RocksJava's member of the same name. */
  public String toString() {
    return super.toString();
  }

}
