package dev.purerocks.internal.dbformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.purerocks.testing.Spec;
import org.junit.jupiter.api.Test;

class PrefixExtractorTest {
  /**
   * util/slice.cc: FixedPrefixTransform/CappedPrefixTransform build their id as kClassName()
   * ("rocksdb.FixedPrefix" / "rocksdb.CappedPrefix") + "." + length; GetId()/AsString() return it
   * and it is what the OPTIONS file and the table property rocksdb.prefix.extractor.name record.
   * (Their Name() is the bare class name, printed in the LOG's options dump.)
   */
  @Spec("IK-PREFIX-1")
  @Test
  void names_areRocksDbIds_withTheLength() {
    assertEquals("rocksdb.FixedPrefix.8", PrefixExtractor.fixed(8).name());
    assertEquals("rocksdb.FixedPrefix.0", PrefixExtractor.fixed(0).name());
    assertEquals("rocksdb.CappedPrefix.3", PrefixExtractor.capped(3).name());
    assertEquals("rocksdb.CappedPrefix.31", PrefixExtractor.capped(31).toString());
  }

  @Spec("IK-PREFIX-1")
  @Test
  void fixed_acceptsOnlyKeysAtLeastNLong_andTakesNBytes() {
    PrefixExtractor p = PrefixExtractor.fixed(3);
    byte[] key = {9, 1, 2, 3, 4, 9};
    assertFalse(p.inDomain(key, 1, 0));
    assertFalse(p.inDomain(key, 1, 2));
    assertTrue(p.inDomain(key, 1, 3));
    assertTrue(p.inDomain(key, 1, 5));
    assertEquals(3, p.prefixLength(key, 1, 3));
    assertEquals(3, p.prefixLength(key, 1, 5));
    assertTrue(PrefixExtractor.fixed(0).inDomain(key, 0, 0));
  }

  @Spec("IK-PREFIX-1")
  @Test
  void capped_acceptsEveryKey_andTakesAtMostNBytes() {
    PrefixExtractor p = PrefixExtractor.capped(3);
    byte[] key = {1, 2, 3, 4, 5};
    assertTrue(p.inDomain(key, 0, 0));
    assertEquals(0, p.prefixLength(key, 0, 0));
    assertEquals(2, p.prefixLength(key, 0, 2));
    assertEquals(3, p.prefixLength(key, 0, 3));
    assertEquals(3, p.prefixLength(key, 1, 4));
  }

  @Test
  void negativeLength_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> PrefixExtractor.fixed(-1));
    assertThrows(IllegalArgumentException.class, () -> PrefixExtractor.capped(-1));
  }
}
