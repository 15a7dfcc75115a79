package dev.purerocks.internal.dbformat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.memtable.Entries;
import dev.purerocks.internal.memtable.KeyComparator;
import dev.purerocks.testing.Spec;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Properties of the trailer, the internal-key order (RocksDB's {@code InternalKeyComparator}),
 * the memtable order that ignores the type (M5) and lookup keys (M7), each checked against a
 * definition written out here rather than against the code's own helpers.
 */
class InternalKeyProperties {
  private static final long MAX_SEQ = InternalKeys.MAX_SEQUENCE_NUMBER;

  enum Order {
    BYTEWISE(BytewiseComparators.BYTEWISE),
    REVERSE_BYTEWISE(BytewiseComparators.REVERSE_BYTEWISE);

    final UserComparator comparator;

    Order(UserComparator comparator) {
      this.comparator = comparator;
    }
  }

  /** Short keys over a tiny alphabet, so that equal keys and shared prefixes are common. */
  @Provide
  Arbitrary<byte[]> userKeys() {
    return Arbitraries.of((byte) 0x00, (byte) 0x01, (byte) 0x7F, (byte) 0x80, (byte) 0xFF)
        .array(byte[].class)
        .ofMaxSize(3);
  }

  /** Sequence numbers from a small set (collisions) or the whole 56-bit range. */
  @Provide
  Arbitrary<Long> seqs() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 3), Arbitraries.longs().between(0, MAX_SEQ), Arbitraries.of(MAX_SEQ, MAX_SEQ - 1, 1L << 55));
  }

  @Provide
  Arbitrary<Integer> memtableTypes() {
    return Arbitraries.of(0x00, 0x01, 0x02, 0x07, 0x11, 0x14, 0x16, 0x18);
  }

  /** Unsigned lexicographic order, written independently of the code under test. */
  private static int lexicographic(byte[] a, byte[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] != b[i]) {
        return (a[i] & 0xFF) - (b[i] & 0xFF);
      }
    }
    return a.length - b.length;
  }

  private static int userOrder(Order order, byte[] a, byte[] b) {
    return order == Order.BYTEWISE ? lexicographic(a, b) : lexicographic(b, a);
  }

  @Spec("IK-TRAILER-1")
  @Property
  void packTrailer_roundTripsSequenceAndType(
      @ForAll @LongRange(min = 0, max = InternalKeys.MAX_SEQUENCE_NUMBER) long seq,
      @ForAll @IntRange(min = 0, max = 0xFF) int type) {
    long trailer = InternalKeys.packTrailer(seq, type);
    assertEquals(seq, InternalKeys.sequence(trailer));
    assertEquals(type, InternalKeys.typeCode(trailer));
    assertEquals(seq * 256 + type, trailer, "(seq << 8) | type, unsigned");
  }

  @Spec("IK-TRAILER-1")
  @Property
  void encode_appendsTheTrailerLittleEndianAfterTheUserKey(
      @ForAll("userKeys") byte[] userKey, @ForAll("seqs") long seq, @ForAll("memtableTypes") int type) {
    byte[] ikey = InternalKeys.encode(userKey, 0, userKey.length, seq, type);
    assertEquals(userKey.length + 8, ikey.length);
    assertArrayEquals(userKey, Arrays.copyOf(ikey, userKey.length));
    assertEquals(type, ikey[userKey.length] & 0xFF, "the type is the first trailer byte");
    for (int i = 1; i < 8; i++) {
      assertEquals((byte) (seq >>> (8 * (i - 1))), ikey[userKey.length + i], "sequence byte " + (i - 1));
    }
    assertEquals(InternalKeys.packTrailer(seq, type), InternalKeys.trailer(ikey, 0, ikey.length));
  }

  /** User key ascending by the comparator, then sequence descending, then type descending. */
  @Spec("IK-ORDER-1")
  @Property
  void internalKeyOrder_isUserKeyThenSequenceDescendingThenTypeDescending(
      @ForAll Order order,
      @ForAll("userKeys") byte[] a, @ForAll("seqs") long aSeq, @ForAll("memtableTypes") int aType,
      @ForAll("userKeys") byte[] b, @ForAll("seqs") long bSeq, @ForAll("memtableTypes") int bType) {
    int expected = userOrder(order, a, b);
    if (expected == 0) {
      expected = aSeq != bSeq ? Long.compare(bSeq, aSeq) : Integer.compare(bType, aType);
    }
    byte[] ia = InternalKeys.encode(a, 0, a.length, aSeq, aType);
    byte[] ib = InternalKeys.encode(b, 0, b.length, bSeq, bType);
    assertEquals(Integer.signum(expected), Integer.signum(InternalKeys.compare(order.comparator, ia, 0, ia.length, ib, 0, ib.length)));
    assertEquals(Integer.signum(userOrder(order, a, b)), Integer.signum(order.comparator.compare(a, b)));
    assertEquals(Arrays.equals(a, b), order.comparator.equal(a, 0, a.length, b, 0, b.length));
  }

  /** The memtable order is the internal-key order with the type ignored (RocksDB M5). */
  @Spec("IK-ORDER-2")
  @Property
  void keyComparator_onArenaEntries_isInternalKeyOrderIgnoringType(
      @ForAll Order order,
      @ForAll("userKeys") byte[] a, @ForAll("seqs") long aSeq, @ForAll("memtableTypes") int aType,
      @ForAll("userKeys") byte[] b, @ForAll("seqs") long bSeq, @ForAll("memtableTypes") int bType,
      @ForAll @IntRange(min = 0, max = 300) int valueLength) {
    Arena arena = new Arena(Arena.MIN_BLOCK_SIZE);
    KeyComparator cmp = new KeyComparator(arena, order.comparator);
    long ea = entry(arena, a, aSeq, aType, valueLength);
    long eb = entry(arena, b, bSeq, bType, 0);
    byte[] ia = InternalKeys.encode(a, 0, a.length, aSeq, aType);
    byte[] ib = InternalKeys.encode(b, 0, b.length, bSeq, bType);
    int internal = InternalKeys.compare(order.comparator, ia, 0, ia.length, ib, 0, ib.length);
    int expected = Arrays.equals(a, b) && aSeq == bSeq ? 0 : Integer.signum(internal);
    assertEquals(expected, Integer.signum(cmp.compare(ea, eb)), "entry vs entry");
    assertEquals(-expected, Integer.signum(cmp.compare(eb, ea)), "antisymmetric");
    assertEquals(expected, Integer.signum(cmp.compare(ea, ib, 0, ib.length)), "entry vs key");
    assertEquals(expected, Integer.signum(cmp.compareInternal(ia, 0, ia.length, ib, 0, ib.length)), "key vs key");
    assertEquals(Integer.signum(userOrder(order, a, b)), Integer.signum(cmp.compareUserKey(ea, b, 0, b.length)), "user keys");
  }

  /**
   * A lookup key at snapshot s sorts at or before every entry of its user key with seq <= s
   * (equal, in memtable order, to one with seq == s) and after every entry with seq > s.
   */
  @Spec("IK-LOOKUP-1")
  @Property
  void lookupKey_sortsBeforeVisibleVersionsAndAfterNewerOnes(
      @ForAll Order order,
      @ForAll("userKeys") byte[] userKey, @ForAll("seqs") long snapshot,
      @ForAll("seqs") long entrySeq, @ForAll("memtableTypes") int entryType,
      @ForAll("userKeys") byte[] otherKey) {
    LookupKey lookup = new LookupKey(userKey, snapshot);
    byte[] lk = lookup.buffer();
    assertEquals(userKey.length, lookup.userKeyLength());
    assertEquals(userKey.length + 8, lookup.internalKeyLength());
    assertEquals(snapshot, lookup.sequence());
    assertEquals(ValueType.FOR_SEEK.code(), InternalKeys.typeCode(InternalKeys.trailer(lk, 0, lk.length)));
    assertArrayEquals(userKey, Arrays.copyOf(lk, userKey.length));

    Arena arena = new Arena(Arena.MIN_BLOCK_SIZE);
    KeyComparator cmp = new KeyComparator(arena, order.comparator);
    long same = entry(arena, userKey, entrySeq, entryType, 3);
    byte[] ik = InternalKeys.encode(userKey, 0, userKey.length, entrySeq, entryType);
    int memtable = Integer.signum(cmp.compare(same, lk, 0, lk.length)); // entry vs lookup
    int internal = Integer.signum(InternalKeys.compare(order.comparator, lk, 0, lk.length, ik, 0, ik.length));
    if (entrySeq < snapshot) {
      assertEquals(1, memtable);
      assertEquals(-1, internal);
    } else if (entrySeq == snapshot) {
      assertEquals(0, memtable, "type ignored: a seek lands on this entry");
      assertEquals(entryType == ValueType.FOR_SEEK.code() ? 0 : -1, internal);
    } else {
      assertEquals(-1, memtable);
      assertEquals(1, internal);
    }
    long other = entry(arena, otherKey, entrySeq, entryType, 0);
    if (!Arrays.equals(otherKey, userKey)) {
      assertEquals(Integer.signum(userOrder(order, otherKey, userKey)), Integer.signum(cmp.compare(other, lk, 0, lk.length)));
    }
  }

  @Example
  void lookupKey_ofASlice_copiesOnlyTheSlice() {
    byte[] buf = {9, 9, 1, 2, 3, 9};
    LookupKey lookup = new LookupKey(buf, 2, 3, 77);
    assertArrayEquals(new byte[] {1, 2, 3}, Arrays.copyOf(lookup.buffer(), 3));
    assertEquals(77, lookup.sequence());
    assertEquals(11, lookup.internalKeyLength());
  }

  @Example
  void maxSequenceNumber_is2To56Minus1_andPacksWithTheHighestType() {
    assertEquals(0x00FF_FFFF_FFFF_FFFFL, MAX_SEQ);
    long trailer = InternalKeys.packTrailer(MAX_SEQ, 0xFF);
    assertEquals(-1L, trailer, "all 64 bits set");
    assertEquals(MAX_SEQ, InternalKeys.sequence(trailer));
    assertEquals(0xFF, InternalKeys.typeCode(trailer));
    // The trailer of seq >= 2^55 is negative as a signed long: the order must compare unsigned.
    byte[] newer = InternalKeys.encode(new byte[0], 0, 0, MAX_SEQ, 1);
    byte[] older = InternalKeys.encode(new byte[0], 0, 0, 1, 1);
    assertTrue(InternalKeys.compare(BytewiseComparators.BYTEWISE, newer, 0, 8, older, 0, 8) < 0);
  }

  private static long entry(Arena arena, byte[] key, long seq, int type, int valueLength) {
    byte[] value = new byte[valueLength];
    Arrays.fill(value, (byte) 0xEE);
    long address = arena.allocate(Entries.encodedLength(key.length, value.length, 0));
    Entries.encode(arena, address, key, 0, key.length, InternalKeys.packTrailer(seq, type), value, 0, value.length);
    return address;
  }
}
