package dev.purerocks.internal.util;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Integer coding over {@code byte[]}, in RocksDB's wire formats.
 *
 * <p>Fixed-width integers are little-endian ({@code PutFixed32}/{@code PutFixed64} in RocksDB's
 * {@code util/coding.h}); varints are the LEB128 form RocksDB uses for lengths: seven payload bits
 * per byte, least significant group first, high bit set on every byte but the last. A varint32
 * takes one to five bytes, a varint64 one to ten.
 *
 * <p>Decoders never read past the limit they are given: a truncated or over-long varint is reported
 * as {@code -1} by {@link #varint32Length(byte[], int, int)}-style checks so that callers decoding
 * untrusted bytes (a {@code WriteBatch} representation, later a WAL record) can turn it into a
 * {@code Corruption} status. Decoders used on arena-resident entries, which the engine wrote
 * itself, skip those checks.
 *
 * <p>Thread-safety: stateless.
 */
public final class Coding {
  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  /** Largest number of bytes a varint32 may occupy. */
  public static final int MAX_VARINT32_LENGTH = 5;
  /** Largest number of bytes a varint64 may occupy. */
  public static final int MAX_VARINT64_LENGTH = 10;

  private Coding() {}

  public static long getFixed64(byte[] buf, int off) {
    return (long) LONG_LE.get(buf, off);
  }

  public static void putFixed64(byte[] buf, int off, long v) {
    LONG_LE.set(buf, off, v);
  }

  public static int getFixed32(byte[] buf, int off) {
    return (int) INT_LE.get(buf, off);
  }

  public static void putFixed32(byte[] buf, int off, int v) {
    INT_LE.set(buf, off, v);
  }

  /** Number of bytes {@code v} occupies as a varint32 (v is treated as unsigned). */
  public static int varint32Size(int v) {
    // 32 - nlz gives the significant bits; each byte carries seven of them.
    int bits = 32 - Integer.numberOfLeadingZeros(v | 1);
    return (bits + 6) / 7;
  }

  /** Number of bytes {@code v} occupies as a varint64 (v is treated as unsigned). */
  public static int varint64Size(long v) {
    int bits = 64 - Long.numberOfLeadingZeros(v | 1);
    return (bits + 6) / 7;
  }

  /** Writes {@code v} (unsigned) as a varint32 at {@code off}; returns the offset after it. */
  public static int putVarint32(byte[] buf, int off, int v) {
    while ((v & ~0x7F) != 0) {
      buf[off++] = (byte) (v | 0x80);
      v >>>= 7;
    }
    buf[off++] = (byte) v;
    return off;
  }

  /** Writes {@code v} (unsigned) as a varint64 at {@code off}; returns the offset after it. */
  public static int putVarint64(byte[] buf, int off, long v) {
    while ((v & ~0x7FL) != 0) {
      buf[off++] = (byte) (v | 0x80);
      v >>>= 7;
    }
    buf[off++] = (byte) v;
    return off;
  }

  /**
   * Decodes a varint32 that the engine wrote itself (no bounds or length checks).
   *
   * <p>Requires: a well-formed varint32 starts at {@code off}.
   */
  public static int getVarint32(byte[] buf, int off) {
    int b = buf[off];
    if (b >= 0) {
      return b; // one-byte fast path: every length below 128
    }
    int result = b & 0x7F;
    int shift = 7;
    do {
      b = buf[++off];
      result |= (b & 0x7F) << shift;
      shift += 7;
    } while (b < 0);
    return result;
  }

  /**
   * Decodes a varint32 from untrusted bytes in {@code [off, limit)}.
   *
   * @return the value in the low 32 bits and the number of bytes read in the high 32 bits, or
   *     {@code -1L} if the varint is truncated or longer than five bytes
   */
  public static long decodeVarint32(byte[] buf, int off, int limit) {
    int result = 0;
    for (int i = 0, shift = 0; i < MAX_VARINT32_LENGTH && off + i < limit; i++, shift += 7) {
      int b = buf[off + i];
      if (i == MAX_VARINT32_LENGTH - 1 && (b & 0xF0) != 0) {
        return -1L; // more than 32 significant bits
      }
      result |= (b & 0x7F) << shift;
      if (b >= 0) {
        return ((long) (i + 1) << 32) | (result & 0xFFFFFFFFL);
      }
    }
    return -1L;
  }

  /**
   * Decodes a varint64 from untrusted bytes in {@code [off, limit)}.
   *
   * @param lengthOut receives the number of bytes read in element 0, or -1 if malformed
   * @return the value, meaningful only when {@code lengthOut[0] > 0}
   */
  public static long decodeVarint64(byte[] buf, int off, int limit, int[] lengthOut) {
    long result = 0;
    for (int i = 0, shift = 0; i < MAX_VARINT64_LENGTH && off + i < limit; i++, shift += 7) {
      int b = buf[off + i];
      if (i == MAX_VARINT64_LENGTH - 1 && (b & 0xFE) != 0) {
        break; // more than 64 significant bits
      }
      result |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        lengthOut[0] = i + 1;
        return result;
      }
    }
    lengthOut[0] = -1;
    return 0;
  }
}
