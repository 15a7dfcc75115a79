package dev.purerocks;

/** Mirrors RocksJava's {@code ColumnFamilyMetaData}. */
public class ColumnFamilyMetaData {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  ColumnFamilyMetaData() {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long fileCount() {
    throw Unsupported.unchecked("ColumnFamilyMetaData.fileCount");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<LevelMetaData> levels() {
    throw Unsupported.unchecked("ColumnFamilyMetaData.levels");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public byte[] name() {
    throw Unsupported.unchecked("ColumnFamilyMetaData.name");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long size() {
    throw Unsupported.unchecked("ColumnFamilyMetaData.size");
  }

}
