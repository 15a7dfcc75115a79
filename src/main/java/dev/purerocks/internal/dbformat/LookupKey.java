package dev.purerocks.internal.dbformat;

import dev.purerocks.internal.util.Coding;

/**
 * The key a read seeks to: the user key with the trailer {@code (snapshot sequence, FOR_SEEK)}
 * (RocksDB's {@code LookupKey}). Because the memtable orders entries of one user key by sequence
 * descending, seeking to it skips every version newer than the snapshot.
 *
 * <pre>
 *   | user key | trailer (seq, FOR_SEEK) |
 *   ^ 0        ^ userKeyLength           ^ internalKeyLength
 * </pre>
 *
 * <p>Unlike RocksDB's, the buffer holds no varint length prefix: representations compare against
 * the internal key directly.
 *
 * <p>Thread-safety: immutable after construction.
 */
public final class LookupKey {
  private final byte[] buf;
  private final int userKeyLength;

  /** A lookup key for {@code userKey[off, off+len)} as of sequence {@code seq}. */
  public LookupKey(byte[] userKey, int off, int len, long seq) {
    this.buf = new byte[len + InternalKeys.TRAILER_SIZE];
    System.arraycopy(userKey, off, buf, 0, len);
    Coding.putFixed64(buf, len, InternalKeys.packTrailer(seq, ValueType.FOR_SEEK.code()));
    this.userKeyLength = len;
  }

  public LookupKey(byte[] userKey, long seq) {
    this(userKey, 0, userKey.length, seq);
  }

  /** The buffer holding the internal key; shared, do not modify. */
  public byte[] buffer() {
    return buf;
  }

  public int userKeyLength() {
    return userKeyLength;
  }

  public int internalKeyLength() {
    return buf.length;
  }

  public long sequence() {
    return InternalKeys.sequence(Coding.getFixed64(buf, userKeyLength));
  }
}
