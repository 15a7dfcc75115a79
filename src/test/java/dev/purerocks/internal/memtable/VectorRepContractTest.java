package dev.purerocks.internal.memtable;

/** The representation contract for the vector: duplicates kept, cursors are snapshots. */
class VectorRepContractTest extends MemTableRepContractTest {
  @Override
  protected MemTableRepFactory factory() {
    return VectorRep.factory(0);
  }
}
