package dev.purerocks.internal.memtable;

/** Concurrent inserts with concurrent readers on the vector (RocksDB 11.x allows both). */
class VectorConcurrentInsertTest extends ConcurrentInsertContractTest {
  @Override
  protected MemTableRepFactory factory() {
    return VectorRep.factory(0);
  }
}
