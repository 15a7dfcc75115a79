package dev.purerocks;

import java.nio.ByteBuffer;

/**
 * One result of {@code RocksDB.multiGetByteBuffers}: the status of the lookup, the value's full
 * size, and the caller's buffer holding (a prefix of) the value. Mirrors {@code
 * org.rocksdb.ByteBufferGetStatus}.
 */
public class ByteBufferGetStatus {
  /** The status of this key's lookup. */
  public final Status status;

  /** The full size of the value, which may exceed what the buffer received. */
  public final int requiredSize;

  /** The caller's buffer, positioned over the bytes written. */
  public final ByteBuffer value;

  /** A result with a found value. */
  ByteBufferGetStatus(final Status status, final int requiredSize, final ByteBuffer value) {
    this.status = status;
    this.requiredSize = requiredSize;
    this.value = value;
  }

  /** A result without a value (not found or failed). */
  ByteBufferGetStatus(final Status status) {
    this(status, 0, null);
  }
}
