package dev.purerocks.internal.memtable;

import dev.purerocks.testing.Spec;
import org.junit.jupiter.api.Nested;

/**
 * The representation contract for the skip list with look-ahead seeks: a short look-ahead (2, so
 * most seeks fall back to a full search after walking) and a long one (1000, so most forward
 * seeks are answered by the walk alone). Look-ahead must never change a result.
 */
@Spec("REP-SKIPLIST-3")
class SkipListLookaheadContractTest {
  @Nested
  class Lookahead2 extends MemTableRepContractTest {
    @Override
    protected MemTableRepFactory factory() {
      return SkipListRep.factory(2);
    }
  }

  @Nested
  class Lookahead1000 extends MemTableRepContractTest {
    @Override
    protected MemTableRepFactory factory() {
      return SkipListRep.factory(1000);
    }
  }
}
