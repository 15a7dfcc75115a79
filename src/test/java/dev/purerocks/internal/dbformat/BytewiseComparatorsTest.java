package dev.purerocks.internal.dbformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.purerocks.testing.Spec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BytewiseComparatorsTest {
  private static byte[] b(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** RocksDB's names, from util/comparator.cc (BytewiseComparatorImpl / ReverseBytewiseComparatorImpl::kClassName). */
  @Spec("IK-CMP-1")
  @Test
  void names_areTheOnesRocksDbRecords() {
    assertEquals("leveldb.BytewiseComparator", BytewiseComparators.BYTEWISE.name());
    assertEquals("rocksdb.ReverseBytewiseComparator", BytewiseComparators.REVERSE_BYTEWISE.name());
  }

  /** The scan order RocksDB produced with a reverse-bytewise comparator (M4, experiment A). */
  @Spec("IK-CMP-2")
  @Test
  void reverseBytewise_ordersExactlyAsRocksDbScanned() {
    List<String> rocksDbOrder = List.of("\u00ff", "c", "ba", "b", "ab", "aa", "a\u0000", "a", "\u0000", "");
    List<String> shuffled = new ArrayList<>(List.of("b", "\u0000", "aa", "c", "", "a\u0000", "\u00ff", "ab", "a", "ba"));
    shuffled.sort((x, y) -> BytewiseComparators.REVERSE_BYTEWISE.compare(b(x), b(y)));
    assertEquals(rocksDbOrder, shuffled);
    shuffled.sort((x, y) -> BytewiseComparators.BYTEWISE.compare(b(x), b(y)));
    List<String> ascending = new ArrayList<>(rocksDbOrder);
    Collections.reverse(ascending);
    assertEquals(ascending, shuffled);
  }

  @Spec("IK-CMP-1")
  @Test
  void bytesCompareUnsigned_andAPrefixSortsFirst() {
    UserComparator c = BytewiseComparators.BYTEWISE;
    assertTrue(c.compare(new byte[] {0x7F}, new byte[] {(byte) 0x80}) < 0);
    assertTrue(c.compare(new byte[] {(byte) 0xFF}, new byte[] {0x00, 0x00}) > 0);
    assertTrue(c.compare(b("ab"), b("abc")) < 0);
    assertTrue(BytewiseComparators.REVERSE_BYTEWISE.compare(b("ab"), b("abc")) > 0);
    assertEquals(0, c.compare(new byte[0], new byte[0]));
  }

  @Spec("IK-CMP-1")
  @Test
  void compareAndEqual_honourSlices() {
    byte[] x = b("xxabcx");
    byte[] y = b("abcd");
    for (UserComparator c : List.of(BytewiseComparators.BYTEWISE, BytewiseComparators.REVERSE_BYTEWISE)) {
      assertEquals(0, c.compare(x, 2, 3, y, 0, 3), c.name());
      assertTrue(c.equal(x, 2, 3, y, 0, 3), c.name());
      assertFalse(c.equal(x, 2, 3, y, 0, 4), c.name());
      assertEquals(-Integer.signum(c.compare(x, 2, 3, y, 0, 4)), Integer.signum(c.compare(y, 0, 4, x, 2, 3)));
    }
  }
}
