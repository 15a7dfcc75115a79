package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.Coding;
import dev.purerocks.internal.util.Hashing;

/**
 * Per-entry checksums ({@code memtable_protection_bytes_per_key}): a 64-bit hash of the user key,
 * the value and the trailer (sequence number and type), truncated to its low {@code n} bytes and
 * stored little-endian right after the value.
 *
 * <pre>
 *   | varint ikey_len | user key | trailer | varint value_len | value | checksum (n = 1, 2, 4 or 8) |
 *   checksum = low n bytes of combine(combine(hash(user key), hash(value)), trailer)
 * </pre>
 *
 * <p>Follows RocksDB's {@code ProtectionInfoKVOS} as used by {@code MemTable::UpdateEntryChecksum}
 * and {@code MemTable::VerifyEntryChecksum}; differences: the hash is {@link Hashing}'s, not XXH3,
 * and fields are folded in one fixed order. Checksum values never leave the memtable, so only the
 * property matters: any change to the covered bytes is detected except with probability
 * {@code 2^(-8n)}.
 *
 * <p>{@link #verify} decodes with bounds checks, so that a corrupted length field yields a {@link
 * CorruptionException} rather than an index error or a read of a neighbouring entry.
 *
 * <p>Thread-safety: stateless. Callers that verify entries a writer may rewrite in place hold the
 * key's in-place-update lock (see {@link InplaceUpdateLocks}).
 *
 * <p>Spec: {@code PROT-1}, {@code PROT-VERIFY-1}, {@code PROT-VERIFY-2}.
 */
final class EntryProtection {
  private static final long KEY_SEED = 0x6B65795F70726F74L;
  private static final long VALUE_SEED = 0x76616C5F70726F74L;

  private EntryProtection() {}

  /** Whether {@code n} is an allowed number of protection bytes (RocksDB: 0, 1, 2, 4 or 8). */
  static boolean isSupported(int n) {
    return n == 0 || n == 1 || n == 2 || n == 4 || n == 8;
  }

  /** The full 64-bit checksum of one entry's covered fields. */
  static long checksum(
      byte[] key, int keyOff, int keyLen, byte[] value, int valueOff, int valueLen, long trailer) {
    long h = Hashing.hash64(key, keyOff, keyLen, KEY_SEED);
    h = Hashing.combine(h, Hashing.hash64(value, valueOff, valueLen, VALUE_SEED));
    return Hashing.combine(h, trailer);
  }

  /**
   * Computes and stores the checksum of the entry at {@code entry}, whose key, trailer and value
   * are already encoded.
   *
   * <p>Requires: {@code n} is 1, 2, 4 or 8 and the entry has {@code n} bytes after its value.
   */
  static void seal(Arena arena, long entry, int n) {
    assert n > 0 && isSupported(n) : n;
    byte[] b = arena.block(entry);
    int p = Arena.offset(entry);
    int ikeyLen = Coding.getVarint32(b, p);
    int keyOff = Entries.skipVarint(b, p);
    int userKeyLen = ikeyLen - InternalKeys.TRAILER_SIZE;
    long trailer = Coding.getFixed64(b, keyOff + userKeyLen);
    int valueLenOff = keyOff + ikeyLen;
    int valueLen = Coding.getVarint32(b, valueLenOff);
    int valueOff = Entries.skipVarint(b, valueLenOff);
    long sum = checksum(b, keyOff, userKeyLen, b, valueOff, valueLen, trailer);
    store(b, valueOff + valueLen, sum, n);
  }

  /**
   * Checks the entry at {@code entry} against its stored checksum.
   *
   * <p>Requires: {@code n} is 1, 2, 4 or 8.
   *
   * @throws CorruptionException if a length field is malformed or the checksum does not match
   */
  static void verify(Arena arena, long entry, int n) {
    assert n > 0 && isSupported(n) : n;
    byte[] b = arena.block(entry);
    int p = Arena.offset(entry);
    long k = Coding.decodeVarint32(b, p, b.length);
    if (k < 0) {
      throw new CorruptionException("Unable to parse internal key length");
    }
    long ikeyLenUnsigned = k & 0xFFFFFFFFL;
    int keyOff = p + (int) (k >>> 32);
    if (ikeyLenUnsigned < InternalKeys.TRAILER_SIZE) {
      throw new CorruptionException("Memtable entry internal key length too short.");
    }
    if (ikeyLenUnsigned > b.length - keyOff) {
      throw new CorruptionException(CorruptionException.CHECKSUM_MISMATCH);
    }
    int ikeyLen = (int) ikeyLenUnsigned;
    int userKeyLen = ikeyLen - InternalKeys.TRAILER_SIZE;
    long trailer = Coding.getFixed64(b, keyOff + userKeyLen);
    int valueLenOff = keyOff + ikeyLen;
    long v = Coding.decodeVarint32(b, valueLenOff, b.length);
    if (v < 0) {
      throw new CorruptionException("Unable to parse internal key value");
    }
    int valueOff = valueLenOff + (int) (v >>> 32);
    long valueLen = v & 0xFFFFFFFFL;
    if (valueLen + n > b.length - valueOff) {
      throw new CorruptionException(CorruptionException.CHECKSUM_MISMATCH);
    }
    long sum = checksum(b, keyOff, userKeyLen, b, valueOff, (int) valueLen, trailer);
    if (!matches(b, valueOff + (int) valueLen, sum, n)) {
      throw new CorruptionException(CorruptionException.CHECKSUM_MISMATCH);
    }
  }

  /** Writes the low {@code n} bytes of {@code sum} little-endian at {@code off}. */
  static void store(byte[] b, int off, long sum, int n) {
    for (int i = 0; i < n; i++) {
      b[off + i] = (byte) (sum >>> (8 * i));
    }
  }

  /** Whether the {@code n} bytes at {@code off} equal the low {@code n} bytes of {@code sum}. */
  static boolean matches(byte[] b, int off, long sum, int n) {
    for (int i = 0; i < n; i++) {
      if (b[off + i] != (byte) (sum >>> (8 * i))) {
        return false;
      }
    }
    return true;
  }
}
