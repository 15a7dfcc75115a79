package dev.purerocks.internal.memtable;

import dev.purerocks.testing.Spec;

/**
 * Concurrent inserts with concurrent readers on a skip list that indexes every second-level node
 * in chunks of four: inserts and searches start from index nodes while other threads split the
 * chunks they read.
 */
@Spec({"REP-SKIPLIST-2", "REP-SKIPLIST-5"})
class SkipListIndexedConcurrentInsertTest extends ConcurrentInsertContractTest {
  @Override
  protected MemTableRepFactory factory() {
    return SkipListRep.factory(0, 2, 4);
  }
}
