package dev.purerocks.internal.memtable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.testing.Spec;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The entry layout of RocksDB's {@code MemTable::Add} (M6), encoded and decoded in place. */
class EntriesTest {
  /** The layout written out independently: varint32 ikey length, key, trailer LE, varint32 value length, value. */
  private static byte[] expectedLayout(byte[] key, long trailer, byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    varint(out, key.length + 8);
    out.writeBytes(key);
    for (int i = 0; i < 8; i++) {
      out.write((int) (trailer >>> (8 * i)));
    }
    varint(out, value.length);
    out.writeBytes(value);
    return out.toByteArray();
  }

  private static void varint(ByteArrayOutputStream out, int v) {
    while (v >= 0x80) {
      out.write(v & 0x7F | 0x80);
      v >>>= 7;
    }
    out.write(v);
  }

  private static byte[] pattern(int length, int seed) {
    byte[] b = new byte[length];
    for (int i = 0; i < length; i++) {
      b[i] = (byte) (i * 7 + seed);
    }
    return b;
  }

  /**
   * Internal-key lengths 127/128 and 16383/16384 move the first varint from one to two and from
   * two to three bytes; the same for value lengths. Key length = internal-key length - 8.
   */
  @Spec("IK-ENTRY-1")
  @ParameterizedTest(name = "user key {0} bytes, value {1} bytes, type {2}")
  @CsvSource({
    "0, 0, 1",
    "0, 5, 0",
    "3, 0, 2",
    "119, 127, 1", // internal key 127: one-byte varint; value 127: one byte
    "120, 128, 7", // internal key 128: two bytes; value 128: two bytes
    "16375, 16383, 1", // internal key 16383: two bytes
    "16376, 16384, 24", // internal key 16384: three bytes
    "1, 1000000, 1",
  })
  void encode_writesRocksDbLayout_andEveryDecoderReadsItBack(int keyLength, int valueLength, int type) {
    Arena arena = new Arena(Arena.MIN_BLOCK_SIZE);
    arena.allocate(13); // the entry does not start at a block's first byte
    byte[] key = pattern(keyLength, 1);
    byte[] value = pattern(valueLength, 2);
    long seq = 0x00AB_CDEF_0123_4567L;
    long trailer = InternalKeys.packTrailer(seq, type);
    int length = Entries.encodedLength(keyLength, valueLength, 0);
    byte[] expected = expectedLayout(key, trailer, value);
    assertEquals(expected.length, length, "encodedLength");
    assertEquals(length + 4, Entries.encodedLength(keyLength, valueLength, 4), "protection bytes add on");

    // Surround the entry with canaries so that an over-long write shows.
    long before = arena.allocate(1);
    long entry = arena.allocate(length + 1);
    arena.block(before)[Arena.offset(before)] = 0x5A;
    arena.block(entry)[Arena.offset(entry) + length] = 0x5A;
    int end = Entries.encode(arena, entry, key, 0, keyLength, trailer, value, 0, valueLength);
    int start = Arena.offset(entry);
    assertEquals(start + length, end, "encode returns the offset just past the value");
    assertArrayEquals(expected, arena.copy(entry, length), "bytes in the arena");
    assertEquals(0x5A, arena.block(entry)[start + length]);
    assertEquals(0x5A, arena.block(before)[Arena.offset(before)]);

    int varintK = keyLength + 8 < 128 ? 1 : keyLength + 8 < 16384 ? 2 : 3;
    int varintV = valueLength < 128 ? 1 : valueLength < 16384 ? 2 : 3;
    assertEquals(keyLength + 8, Entries.internalKeyLength(arena, entry));
    assertEquals(keyLength, Entries.userKeyLength(arena, entry));
    assertEquals(start + varintK, Entries.keyOffset(arena, entry));
    assertEquals(trailer, Entries.trailer(arena, entry));
    assertEquals(seq, Entries.sequence(arena, entry));
    assertEquals(type, Entries.typeCode(arena, entry));
    assertEquals(start + varintK + keyLength + 8, Entries.valueLengthOffset(arena, entry));
    assertEquals(valueLength, Entries.valueLength(arena, entry));
    assertEquals(start + varintK + keyLength + 8 + varintV, Entries.valueOffset(arena, entry));
    assertArrayEquals(key, Entries.userKey(arena, entry));
    assertArrayEquals(InternalKeys.encode(key, 0, keyLength, seq, type), Entries.internalKey(arena, entry));
    assertArrayEquals(value, Entries.value(arena, entry));
  }

  @Spec("IK-ENTRY-1")
  @Test
  void encode_takesKeyAndValueFromTheGivenSlices() {
    Arena arena = new Arena(Arena.MIN_BLOCK_SIZE);
    byte[] keyBuf = {9, 9, 'k', 'e', 'y', 9};
    byte[] valueBuf = {8, 'v', 8};
    long trailer = InternalKeys.packTrailer(5, ValueType.CODE_MERGE);
    long entry = arena.allocate(Entries.encodedLength(3, 1, 0));
    Entries.encode(arena, entry, keyBuf, 2, 3, trailer, valueBuf, 1, 1);
    assertArrayEquals("key".getBytes(java.nio.charset.StandardCharsets.US_ASCII), Entries.userKey(arena, entry));
    assertArrayEquals(new byte[] {'v'}, Entries.value(arena, entry));
    assertEquals(ValueType.CODE_MERGE, Entries.typeCode(arena, entry));
    assertEquals(5, Entries.sequence(arena, entry));
  }

  @Spec("IK-ENTRY-1")
  @Test
  void emptyKeyAndEmptyValue_occupyTenBytes() {
    Arena arena = new Arena(Arena.MIN_BLOCK_SIZE);
    assertEquals(1 + 8 + 1, Entries.encodedLength(0, 0, 0));
    long entry = arena.allocate(10);
    long trailer = InternalKeys.packTrailer(InternalKeys.MAX_SEQUENCE_NUMBER, ValueType.CODE_DELETION);
    Entries.encode(arena, entry, new byte[0], 0, 0, trailer, new byte[0], 0, 0);
    byte[] bytes = arena.copy(entry, 10);
    assertEquals(8, bytes[0], "internal key length 8");
    assertEquals(0, bytes[9], "value length 0");
    assertArrayEquals(new byte[0], Entries.userKey(arena, entry));
    assertArrayEquals(new byte[0], Entries.value(arena, entry));
    assertEquals(InternalKeys.MAX_SEQUENCE_NUMBER, Entries.sequence(arena, entry));
    assertEquals(0, Arrays.compare(bytes, expectedLayout(new byte[0], trailer, new byte[0])));
  }
}
