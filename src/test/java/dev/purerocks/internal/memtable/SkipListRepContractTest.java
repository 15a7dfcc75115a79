package dev.purerocks.internal.memtable;

/** The representation contract for the default skip list, without look-ahead. */
class SkipListRepContractTest extends MemTableRepContractTest {
  @Override
  protected MemTableRepFactory factory() {
    return SkipListRep.factory(0);
  }
}
