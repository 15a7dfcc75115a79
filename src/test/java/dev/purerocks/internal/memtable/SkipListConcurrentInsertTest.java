package dev.purerocks.internal.memtable;

import dev.purerocks.testing.Spec;

/** Concurrent inserts with concurrent readers on the default skip list. */
@Spec("REP-SKIPLIST-2")
class SkipListConcurrentInsertTest extends ConcurrentInsertContractTest {
  @Override
  protected MemTableRepFactory factory() {
    return SkipListRep.factory(0);
  }
}
