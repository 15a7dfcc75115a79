package dev.purerocks;

/** Mirrors RocksJava's {@code LogFile}. */
public class LogFile {
  /** Not for callers: RocksJava gives this class no accessible constructor. */
  LogFile() {
    
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long logNumber() {
    throw Unsupported.unchecked("LogFile.logNumber");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public String pathName() {
    throw Unsupported.unchecked("LogFile.pathName");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long sizeFileBytes() {
    throw Unsupported.unchecked("LogFile.sizeFileBytes");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public long startSequence() {
    throw Unsupported.unchecked("LogFile.startSequence");
  }

  /** Not supported yet: throws {@code RocksDBException} with {@code NotSupported}. */
  public WalFileType type() {
    throw Unsupported.unchecked("LogFile.type");
  }

}
