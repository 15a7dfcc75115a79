package dev.purerocks.internal.memtable;

import dev.purerocks.testing.Spec;

/**
 * The representation contract for a skip list whose tall-node index holds every node, in chunks
 * of three: every search starts from the index, and chunks split all the time.
 */
@Spec("REP-SKIPLIST-5")
class SkipListRepIndexedContractTest extends MemTableRepContractTest {
  @Override
  protected MemTableRepFactory factory() {
    return SkipListRep.factory(0, 1, 3);
  }
}
