package dev.purerocks;

/** Mirrors RocksJava's {@code GetStatus}. */
public class GetStatus {
  /** Same value as RocksJava's. */
  public final int requiredSize = 0;

  /** Same value as RocksJava's. */
  public final Status status = null;

  /** Not for callers: RocksJava gives this class no accessible constructor. */
  GetStatus() {
    
  }

}
