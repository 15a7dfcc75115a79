package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.testing.Spec;
import org.junit.jupiter.api.Nested;

/**
 * The representation contract for hash skip lists, in configurations that force prefix
 * collisions (one bucket: every prefix shares it; 61 buckets) and with both kinds of extractor.
 * Prefix-mode checks look only at the target's bucket; the total-order cursor must equal a full
 * sort. Our hash representations refuse duplicate entries (DIFF-HASH-DUP-1).
 */
@Spec({"REP-HSL-1", "REP-HASH-TOTAL-1"})
class HashSkipListRepContractTest {
  abstract static class Base extends MemTableRepContractTest {
    @Override
    protected boolean prefixIteratorIsTotalOrder() {
      return false;
    }

    @Override
    protected boolean detectsDuplicates() {
      return true;
    }
  }

  @Nested
  class OneBucketFixedPrefix extends Base {
    @Override
    protected MemTableRepFactory factory() {
      return HashSkipListRep.factory(1, 4, 4);
    }

    @Override
    protected PrefixExtractor prefixExtractor() {
      return PrefixExtractor.fixed(2);
    }
  }

  @Nested
  class SixtyOneBucketsCappedPrefix extends Base {
    @Override
    protected MemTableRepFactory factory() {
      return HashSkipListRep.factory(61, 4, 4);
    }

    @Override
    protected PrefixExtractor prefixExtractor() {
      return PrefixExtractor.capped(3);
    }
  }

  @Nested
  class TallNarrowLists extends Base {
    @Override
    protected MemTableRepFactory factory() {
      return HashSkipListRep.factory(4096, 12, 2);
    }

    @Override
    protected PrefixExtractor prefixExtractor() {
      return PrefixExtractor.fixed(1);
    }
  }
}
