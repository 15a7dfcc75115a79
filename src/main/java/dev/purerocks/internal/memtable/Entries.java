package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.Coding;

/**
 * The layout of one memtable entry, as RocksDB writes it ({@code MemTable::Add}):
 *
 * <pre>
 *   | varint32 ikey_len | user key | trailer (8) | varint32 value_len | value | checksum (0-8) |
 *                       |&lt;---- internal key ----&gt;|
 *   ikey_len = user key length + 8
 * </pre>
 *
 * <p>An entry's address is that of its first byte (the length varint). Representations hold
 * entries by address; these static helpers decode them in place. A range tombstone uses the same
 * layout with the begin key as user key, the end key as value and type {@code RANGE_DELETION}.
 *
 * <p>Requires, for every decoder: the address names a complete entry written by {@link #encode}.
 *
 * <p>Spec: {@code IK-ENTRY-1}.
 */
public final class Entries {
  private Entries() {}

  /** Bytes an entry occupies. */
  public static int encodedLength(int userKeyLength, int valueLength, int protectionBytes) {
    int ikeyLength = userKeyLength + InternalKeys.TRAILER_SIZE;
    return Coding.varint32Size(ikeyLength)
        + ikeyLength
        + Coding.varint32Size(valueLength)
        + valueLength
        + protectionBytes;
  }

  /**
   * Writes an entry at {@code address} (without checksum bytes, which the memtable appends).
   *
   * @return the offset inside the block just past the value (where checksum bytes go)
   */
  public static int encode(
      Arena arena,
      long address,
      byte[] key,
      int keyOff,
      int keyLen,
      long trailer,
      byte[] value,
      int valueOff,
      int valueLen) {
    byte[] b = arena.block(address);
    int p = Arena.offset(address);
    p = Coding.putVarint32(b, p, keyLen + InternalKeys.TRAILER_SIZE);
    System.arraycopy(key, keyOff, b, p, keyLen);
    p += keyLen;
    Coding.putFixed64(b, p, trailer);
    p += InternalKeys.TRAILER_SIZE;
    p = Coding.putVarint32(b, p, valueLen);
    System.arraycopy(value, valueOff, b, p, valueLen);
    return p + valueLen;
  }

  /** Offset in {@code b} just past a varint32 that starts at {@code p}. */
  static int skipVarint(byte[] b, int p) {
    while (b[p++] < 0) {
      // continuation bytes have the high bit set
    }
    return p;
  }

  /** Length of the internal key (user key + 8). */
  public static int internalKeyLength(Arena arena, long entry) {
    return Coding.getVarint32(arena.block(entry), Arena.offset(entry));
  }

  /** Offset inside the entry's block where the internal (and user) key starts. */
  public static int keyOffset(Arena arena, long entry) {
    return skipVarint(arena.block(entry), Arena.offset(entry));
  }

  /** Length of the user key. */
  public static int userKeyLength(Arena arena, long entry) {
    return internalKeyLength(arena, entry) - InternalKeys.TRAILER_SIZE;
  }

  /** The packed (sequence, type) trailer. */
  public static long trailer(Arena arena, long entry) {
    byte[] b = arena.block(entry);
    int p = Arena.offset(entry);
    int ikeyLength = Coding.getVarint32(b, p);
    return Coding.getFixed64(b, skipVarint(b, p) + ikeyLength - InternalKeys.TRAILER_SIZE);
  }

  /** The sequence number. */
  public static long sequence(Arena arena, long entry) {
    return InternalKeys.sequence(trailer(arena, entry));
  }

  /** The type code. */
  public static int typeCode(Arena arena, long entry) {
    return InternalKeys.typeCode(trailer(arena, entry));
  }

  /** Offset inside the entry's block of the value-length varint. */
  public static int valueLengthOffset(Arena arena, long entry) {
    byte[] b = arena.block(entry);
    int p = Arena.offset(entry);
    int ikeyLength = Coding.getVarint32(b, p);
    return skipVarint(b, p) + ikeyLength;
  }

  /** Length of the value. */
  public static int valueLength(Arena arena, long entry) {
    return Coding.getVarint32(arena.block(entry), valueLengthOffset(arena, entry));
  }

  /** Offset inside the entry's block where the value starts. */
  public static int valueOffset(Arena arena, long entry) {
    return skipVarint(arena.block(entry), valueLengthOffset(arena, entry));
  }

  /** A copy of the user key. */
  public static byte[] userKey(Arena arena, long entry) {
    byte[] b = arena.block(entry);
    int k = keyOffset(arena, entry);
    return java.util.Arrays.copyOfRange(b, k, k + userKeyLength(arena, entry));
  }

  /** A copy of the internal key (user key and trailer). */
  public static byte[] internalKey(Arena arena, long entry) {
    byte[] b = arena.block(entry);
    int k = keyOffset(arena, entry);
    return java.util.Arrays.copyOfRange(b, k, k + internalKeyLength(arena, entry));
  }

  /** A copy of the value. */
  public static byte[] value(Arena arena, long entry) {
    byte[] b = arena.block(entry);
    int v = valueOffset(arena, entry);
    return java.util.Arrays.copyOfRange(b, v, v + valueLength(arena, entry));
  }
}
