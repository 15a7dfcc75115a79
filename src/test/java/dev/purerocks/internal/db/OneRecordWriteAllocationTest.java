package dev.purerocks.internal.db;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.internal.memtable.MemTable;
import dev.purerocks.internal.memtable.VectorRep;
import dev.purerocks.testing.Allocations;
import dev.purerocks.testing.Spec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A write of one record (what {@code RocksDB.put} makes) allocates nothing on the Java heap but
 * the memtable's own growth: its writer, inserter and decoding cursor are its thread's, reused.
 * The vector, whose memtable allocates no garbage of its own, makes the count exact up to the
 * arena's accounting, both on the serial path and on the concurrent one.
 */
class OneRecordWriteAllocationTest {
  private static final int WRITES = 200_000;

  @Spec("DB-WRITE-4")
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void oneRecordWrites_allocateOnlyWhatTheMemtableGrows(boolean concurrentInserts) {
    byte[][] keys = new byte[WRITES][];
    for (int i = 0; i < WRITES; i++) {
      keys[i] = String.format("key%013d", i).getBytes();
    }
    byte[] value = new byte[16];
    // Warm up on a throwaway engine: class loading, linkage and the compiled write path.
    try (DbEngine warmUp = engine(concurrentInserts)) {
      fill(warmUp, keys, value);
    }

    try (DbEngine engine = engine(concurrentInserts)) {
      check(engine, keys, value);
    }
  }

  private static void check(DbEngine engine, byte[][] keys, byte[] value) {
    MemTable mem = engine.view(0, -1).memTables().get(0);
    long memBefore = mem.approximateMemoryUsage();
    long before = Allocations.currentThreadAllocatedBytes();
    fill(engine, keys, value);
    long allocated = Allocations.currentThreadAllocatedBytes() - before;
    long memGrowth = mem.approximateMemoryUsage() - memBefore;

    assertThat(engine.view(0, -1).memTables()).hasSize(1); // nothing switched
    // The memtable counts its arena by block, up to a block (1 MiB here) ahead of what it
    // allocated: about 4 bytes per write under here (measured), where one object per write
    // would be 16 bytes or more over.
    double perWrite = (double) (allocated - memGrowth) / WRITES;
    assertWithMessage("bytes per write beyond the memtable's growth (%s allocated, %s grown)",
            allocated, memGrowth)
        .that(Math.abs(perWrite))
        .isLessThan(8.0);
  }

  private static DbEngine engine(boolean concurrentInserts) {
    return EngineOracleTest.engine(
        new DbConfig().allowConcurrentMemtableWrite(concurrentInserts),
        new ColumnFamilyConfig().repFactory(VectorRep.factory(0)).writeBufferSize(256L << 20));
  }

  private static void fill(DbEngine engine, byte[][] keys, byte[] value) {
    for (byte[] k : keys) {
      WriteBatchRep b = WriteBatchRep.forSingleRecord(k.length + value.length);
      try {
        b.put(0, k, 0, k.length, value, 0, value.length);
        engine.write(false, b);
      } finally {
        b.release();
      }
    }
  }
}
