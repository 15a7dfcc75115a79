package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.testing.Spec;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The insert path allocates no Java object per entry: over N inserts, the bytes this thread
 * allocates, minus the arena's blocks, equal the address index (8 bytes per entry) give or take
 * the slack of its chunks. The lower bound checks that the counter measures what we think: the
 * index chunks are allocated on the inserting thread. Per-thread allocation counter; no timing.
 */
class VectorRepAllocationTest {
  private static final int N = 200_000;
  /** Index chunk slack and per-chunk object headers, generously: a per-entry object is >= 16 B. */
  private static final long SLACK = 8L * VectorAppendLog.MAX_CHUNK + 64L * (N / VectorAppendLog.MAX_CHUNK + 32) + 4096;

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }

  /** Inserts N entries through the memtable's path; returns Java bytes allocated minus arena. */
  private static long javaBytesForInserts(boolean concurrent) {
    Arena arena = new Arena(1 << 20);
    MemTableRep rep =
        VectorRep.factory(0).create(new KeyComparator(arena, BytewiseComparators.BYTEWISE), null, RepTestSupport.QUIET);
    byte[] key = new byte[16];
    byte[] value = new byte[100];
    int len = Entries.encodedLength(key.length, value.length, 0);
    if (concurrent) {
      // Register this thread's writer before measuring: that happens once per thread.
      long a = rep.allocate(len);
      Entries.encode(arena, a, key, 0, key.length, 0, value, 0, value.length);
      rep.insertConcurrently(a);
      rep.batchPostProcess();
    }
    long arenaBefore = arena.arrayBytes();
    long before = allocatedBytes();
    for (int i = 0; i < N; i++) {
      Coding.putInt(key, i);
      long addr = rep.allocate(len);
      Entries.encode(
          arena, addr, key, 0, key.length,
          InternalKeys.packTrailer(i + 1, ValueType.CODE_VALUE), value, 0, value.length);
      if (concurrent) {
        rep.insertConcurrently(addr);
        if ((i & 15) == 15) {
          rep.batchPostProcess();
        }
      } else {
        rep.insert(addr);
      }
    }
    long after = allocatedBytes();
    long arenaBlocks = arena.arrayBytes() - arenaBefore;
    long blockHeaders = 16L * (arena.blockCount() + 1);
    return after - before - arenaBlocks - blockHeaders;
  }

  /** Writes {@code i} big-endian at the start of {@code key}; no allocation. */
  private static final class Coding {
    static void putInt(byte[] key, int i) {
      key[0] = (byte) (i >>> 24);
      key[1] = (byte) (i >>> 16);
      key[2] = (byte) (i >>> 8);
      key[3] = (byte) i;
    }
  }

  @Spec("REP-VECTOR-10")
  @Test
  void singleWriterInsert_allocatesOnlyTheAddressIndex() {
    javaBytesForInserts(false); // warm up: class loading and first compilation
    long bytes = javaBytesForInserts(false);
    assertWithMessage("Java bytes allocated for %s inserts (index alone: %s)", N, 8L * N)
        .that(bytes).isIn(com.google.common.collect.Range.closed(8L * N - SLACK, 8L * N + SLACK));
  }

  @Spec("REP-VECTOR-10")
  @Test
  void concurrentInsert_allocatesOnlyTheAddressIndex() {
    javaBytesForInserts(true);
    long bytes = javaBytesForInserts(true);
    assertWithMessage("Java bytes allocated for %s concurrent inserts (index alone: %s)", N, 8L * N)
        .that(bytes).isIn(com.google.common.collect.Range.closed(8L * N - SLACK, 8L * N + SLACK));
  }
}
