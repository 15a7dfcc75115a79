package dev.purerocks;

/** Mirrors RocksJava's {@code LevelMetaData}. */
public class LevelMetaData {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  LevelMetaData() {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public java.util.List<SstFileMetaData> files() {
    throw Unsupported.unchecked("LevelMetaData.files");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public int level() {
    throw Unsupported.unchecked("LevelMetaData.level");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long size() {
    throw Unsupported.unchecked("LevelMetaData.size");
  }

}
