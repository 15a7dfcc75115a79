package dev.purerocks;

/** Mirrors RocksJava's {@code MemTableInfo}. */
public class MemTableInfo {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  MemTableInfo() {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public boolean equals(final Object value) {
    return super.equals(value);
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String getColumnFamilyName() {
    throw Unsupported.unchecked("MemTableInfo.getColumnFamilyName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getEarliestSeqno() {
    throw Unsupported.unchecked("MemTableInfo.getEarliestSeqno");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getFirstSeqno() {
    throw Unsupported.unchecked("MemTableInfo.getFirstSeqno");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getNumDeletes() {
    throw Unsupported.unchecked("MemTableInfo.getNumDeletes");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long getNumEntries() {
    throw Unsupported.unchecked("MemTableInfo.getNumEntries");
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
