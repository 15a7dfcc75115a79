package dev.purerocks;

/** Mirrors RocksJava's {@code WalFileType}. */
public enum WalFileType {
  kArchivedLogFile,
  kAliveLogFile;

}
