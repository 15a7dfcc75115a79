package dev.purerocks.internal.memtable;

import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.testing.Spec;
import org.junit.jupiter.api.Nested;

/**
 * The representation contract for hash linked lists: one bucket with the smallest conversion
 * threshold (every bucket quickly becomes a skip list), a few buckets that stay linked lists, and a
 * capped extractor. Prefix-mode checks look only at the target's bucket; results must not depend
 * on a bucket's form. Our hash representations refuse duplicate entries (DIFF-HASH-DUP-1).
 */
@Spec({"REP-HLL-2", "REP-HASH-TOTAL-1"})
class HashLinkListRepContractTest {
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
  class OneBucketConvertingEarly extends Base {
    @Override
    protected MemTableRepFactory factory() {
      return HashLinkListRep.factory(1, 0, 4096, false, 3);
    }

    @Override
    protected PrefixExtractor prefixExtractor() {
      return PrefixExtractor.fixed(2);
    }
  }

  @Nested
  class FewBucketsStayingLinkedLists extends Base {
    @Override
    protected MemTableRepFactory factory() {
      return HashLinkListRep.factory(7, 0, 4096, false, 1 << 20);
    }

    @Override
    protected PrefixExtractor prefixExtractor() {
      return PrefixExtractor.fixed(1);
    }
  }

  @Nested
  class CappedPrefixDefaultThreshold extends Base {
    @Override
    protected MemTableRepFactory factory() {
      return HashLinkListRep.factory(61, 0, 4096, true, 256);
    }

    @Override
    protected PrefixExtractor prefixExtractor() {
      return PrefixExtractor.capped(3);
    }
  }
}
