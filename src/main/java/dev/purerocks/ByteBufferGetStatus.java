package dev.purerocks;

/** Mirrors RocksJava's {@code ByteBufferGetStatus}. */
public class ByteBufferGetStatus {
  /** Same value as RocksJava's. */
  public final int requiredSize = 0;

  /** Same value as RocksJava's. */
  public final Status status = null;

  /** Same value as RocksJava's. */
  public final java.nio.ByteBuffer value = null;

  /** Not for callers: RocksJava gives this class no accessible constructor. */
  ByteBufferGetStatus() {
    
  }

}
