package dev.purerocks.internal.memtable;

/** Concurrent inserts with concurrent readers on the default skip list. */
class SkipListConcurrentInsertTest extends ConcurrentInsertContractTest {
  @Override
  protected MemTableRepFactory factory() {
    return SkipListRep.factory(0);
  }
}
