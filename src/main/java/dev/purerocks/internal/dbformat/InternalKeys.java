package dev.purerocks.internal.dbformat;

import dev.purerocks.internal.util.Coding;

/**
 * Sequence numbers, the packed trailer and internal keys.
 *
 * <pre>
 *   internal key:  | user key (n bytes) | trailer: fixed64 little-endian (8 bytes) |
 *   trailer:       | sequence number (56 bits)          | type (8 bits) |
 *                    bits 63..8                           bits 7..0
 * </pre>
 *
 * <p>Internal keys order by user key ascending (the column family's comparator), then by trailer
 * descending: the newest version of a key comes first, and among equal sequence numbers the larger
 * type code first (RocksDB's {@code InternalKeyComparator}).
 *
 * <p>Spec: {@code IK-SEQ-1}, {@code IK-TRAILER-1}, {@code IK-ORDER-1}.
 */
public final class InternalKeys {
  /** Bytes of the packed trailer that follows the user key. */
  public static final int TRAILER_SIZE = 8;

  /** The largest sequence number, {@code 2^56 - 1} (RocksDB's {@code kMaxSequenceNumber}). */
  public static final long MAX_SEQUENCE_NUMBER = (1L << 56) - 1;

  /** Sequence number 0 is never assigned to a write; the first write of a fresh DB gets 1. */
  public static final long NO_SEQUENCE_NUMBER = 0;

  private InternalKeys() {}

  /**
   * Packs a sequence number and a type code into a trailer.
   *
   * <p>Requires: {@code 0 <= seq <= MAX_SEQUENCE_NUMBER}, {@code 0 <= typeCode <= 0xFF}.
   */
  public static long packTrailer(long seq, int typeCode) {
    assert seq >= 0 && seq <= MAX_SEQUENCE_NUMBER : "sequence number out of range: " + seq;
    assert typeCode >= 0 && typeCode <= 0xFF : "type code out of range: " + typeCode;
    return (seq << 8) | typeCode;
  }

  /** The sequence number of a trailer. */
  public static long sequence(long trailer) {
    return trailer >>> 8;
  }

  /** The type code of a trailer. */
  public static int typeCode(long trailer) {
    return (int) (trailer & 0xFF);
  }

  /** Builds an internal key: the user key followed by the trailer for {@code (seq, type)}. */
  public static byte[] encode(byte[] userKey, long seq, ValueType type) {
    return encode(userKey, 0, userKey.length, seq, type.code());
  }

  /** Builds an internal key from a slice of {@code userKey}. */
  public static byte[] encode(byte[] userKey, int off, int len, long seq, int typeCode) {
    byte[] ikey = new byte[len + TRAILER_SIZE];
    System.arraycopy(userKey, off, ikey, 0, len);
    Coding.putFixed64(ikey, len, packTrailer(seq, typeCode));
    return ikey;
  }

  /** The trailer of the internal key stored in {@code buf[off, off + len)}. */
  public static long trailer(byte[] buf, int off, int len) {
    return Coding.getFixed64(buf, off + len - TRAILER_SIZE);
  }

  /**
   * Compares two internal keys: user keys by {@code cmp}, then trailers descending.
   *
   * <p>Requires: both ranges hold at least {@link #TRAILER_SIZE} bytes.
   */
  public static int compare(
      UserComparator cmp, byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) {
    int c = cmp.compare(a, aOff, aLen - TRAILER_SIZE, b, bOff, bLen - TRAILER_SIZE);
    if (c != 0) {
      return c;
    }
    return Long.compareUnsigned(trailer(b, bOff, bLen), trailer(a, aOff, aLen));
  }
}
