package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static dev.purerocks.internal.memtable.MemTableFixtures.b;
import static dev.purerocks.internal.memtable.MemTableFixtures.deleteRange;
import static dev.purerocks.internal.memtable.MemTableFixtures.put;

import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.memtable.MemTable.FlushState;
import dev.purerocks.testing.Spec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Memory accounting and the switch decision (M36, M37, M54). */
class MemTableFlushTest {
  private static final int KIB = 1024;

  private static MemTable small() {
    return new MemTable(MemTableOptions.builder().writeBufferSize(64 * KIB).build(), 0);
  }

  private static byte[] key16(int i) {
    return String.format("key-%012d", i).getBytes(StandardCharsets.US_ASCII);
  }

  @Spec("MT-MEM-1")
  @Test
  void emptySkipListMemtable_uses2048Bytes_likeRocksDB() {
    MemTable m = MemTableFixtures.memTable();
    assertThat(m.approximateMemoryUsage()).isEqualTo(2048);
    assertThat(m.cachedMemoryUsage()).isEqualTo(2048);
    assertThat(m.flushState()).isEqualTo(FlushState.NOT_REQUESTED);
    assertThat(m.shouldFlushNow()).isFalse();
    assertThat(small().approximateMemoryUsage()).isEqualTo(2048);
    assertThat(small().options().arenaBlockSize()).isEqualTo(8 * KIB);
  }

  /**
   * ExpH's shape: 64 KiB buffer, 8 KiB arena blocks, 16-byte keys, 100-byte values. RocksDB asks
   * for a flush after 443-444 entries with 8 blocks of 8,200 usable bytes; we ask after about
   * 466-471 with 8 blocks of 8,192: our nodes are 8-byte aligned (RocksDB aligns arena
   * allocations to alignof(max_align_t) = 16), so an average node takes ~138.5 bytes instead of
   * ~147 (the entry is 126 bytes plus 8 bytes per skip-list level). Random node heights move the
   * count by a few entries from run to run, as in RocksDB.
   */
  @Spec("MT-FLUSH-1")
  @Test
  void expHShape_flushIsRequestedAfterTheEighthBlockIsThreeQuartersFull() {
    MemTable m = small();
    int i = 0;
    while (m.flushState() == FlushState.NOT_REQUESTED) {
      i++;
      assertThat(i).isLessThan(10_000);
      m.add(i, ValueType.VALUE, key16(i), new byte[100]);
      if (i == 1) {
        assertThat(m.cachedMemoryUsage()).isEqualTo(2048);
      }
    }
    assertThat(i).isIn(com.google.common.collect.Range.closed(455, 485));
    assertThat(m.numEntries()).isEqualTo(i);
    assertThat(m.cachedMemoryUsage()).isEqualTo(2048 + 8 * 8192);
    assertThat(m.approximateMemoryUsage()).isEqualTo(2048 + 8 * 8192);
    assertThat(m.shouldScheduleFlush()).isTrue();
    assertThat(m.memoryInUse())
        .isEqualTo(m.approximateMemoryUsage() - m.arena().allocatedAndUnused());
    // Two-phase switch: the memtable only reports; it keeps accepting writes until the caller
    // switches at the next write, and the state does not move back.
    assertThat(m.markFlushScheduled()).isTrue();
    assertThat(m.markFlushScheduled()).isFalse();
    assertThat(m.flushState()).isEqualTo(FlushState.SCHEDULED);
    assertThat(m.shouldScheduleFlush()).isFalse();
    for (int j = 1; j <= 200; j++) {
      m.add(i + j, ValueType.VALUE, key16(i + j), new byte[100]);
    }
    assertThat(m.flushState()).isEqualTo(FlushState.SCHEDULED);
    // The cached size froze when the flush was requested; the fresh one kept growing.
    assertThat(m.cachedMemoryUsage()).isEqualTo(2048 + 8 * 8192);
    assertThat(m.approximateMemoryUsage()).isGreaterThan(64L * KIB);
  }

  /** Every write re-evaluates RocksDB's formula until a flush is requested. */
  @Spec("MT-FLUSH-1")
  @Test
  void shouldFlushNow_followsRocksDBsArithmetic_onEveryWrite() {
    for (int valueLen : new int[] {10, 100, 1000, 1900, 2100, 5000, 9000}) {
      MemTable m = small();
      Arena arena = m.arena();
      for (int i = 1; m.flushState() == FlushState.NOT_REQUESTED; i++) {
        m.add(i, ValueType.VALUE, key16(i), new byte[valueLen]);
        long allocated = arena.memoryAllocatedBytes();
        double w = 64 * KIB;
        double blk = 8 * KIB;
        boolean want;
        if (allocated + blk < w + blk * 0.6) {
          want = false;
        } else if (allocated > w + blk * 0.6) {
          want = true;
        } else {
          want = arena.allocatedAndUnused() < 8 * KIB / 4;
        }
        assertThat(m.flushState() == FlushState.REQUESTED).isEqualTo(want);
      }
    }
  }

  /** The middle band: allocation close to the buffer, decided by the current block's room. */
  @Spec("MT-FLUSH-1")
  @Test
  void shouldFlushNow_inTheMiddleBand_dependsOnTheCurrentBlocksFreeRoom() {
    // Dedicated blocks (values > B/4) leave the current block alone. Start a regular block with an
    // entry that does not fit the inline block's 1,856 free bytes, then push allocation into
    // [W - 0.4 B, W + 0.6 B] with a big one: the current block still has most of its 8 KiB free,
    // so no flush.
    MemTable m = small();
    m.add(1, ValueType.VALUE, b("medium"), new byte[1900]);
    assertThat(m.arena().allocatedAndUnused()).isGreaterThan(6 * KIB);
    m.add(2, ValueType.VALUE, b("big"), new byte[40_000]);
    put(m, 3, "fill", "v");
    assertThat(m.flushState()).isEqualTo(FlushState.NOT_REQUESTED);
    long allocated = m.arena().memoryAllocatedBytes();
    m.add(4, ValueType.VALUE, b("big2"), new byte[(int) (64 * KIB - allocated - 1000)]);
    allocated = m.arena().memoryAllocatedBytes();
    assertThat((double) allocated + 8 * KIB).isAtLeast(64 * KIB + 0.6 * 8 * KIB);
    assertThat((double) allocated).isAtMost(64 * KIB + 0.6 * 8 * KIB);
    assertThat(m.arena().allocatedAndUnused()).isAtLeast(2 * KIB);
    assertThat(m.flushState()).isEqualTo(FlushState.NOT_REQUESTED);
    // Without a regular block yet, the inline block has less than B/4 free: flush.
    MemTable n = small();
    n.add(1, ValueType.VALUE, b("big"), new byte[64 * KIB - 3000]);
    assertThat(n.arena().allocatedAndUnused()).isLessThan(2 * KIB);
    assertThat(n.flushState()).isEqualTo(FlushState.REQUESTED);
  }

  @Spec("MT-FLUSH-2")
  @Test
  void maxRangeDeletions_requestsAFlushWhenReached() {
    MemTable m =
        new MemTable(MemTableOptions.builder().maxRangeDeletions(3).build(), 0);
    deleteRange(m, 1, "a", "b");
    deleteRange(m, 2, "c", "d");
    assertThat(m.flushState()).isEqualTo(FlushState.NOT_REQUESTED);
    assertThat(m.rangeDeletionLimitReached()).isFalse();
    deleteRange(m, 3, "e", "f");
    assertThat(m.rangeDeletionLimitReached()).isTrue();
    assertThat(m.flushState()).isEqualTo(FlushState.REQUESTED);
    // Read as unsigned 32 bits: -1 is about four billion, i.e. never in practice.
    MemTable n = new MemTable(MemTableOptions.builder().maxRangeDeletions(-1).build(), 0);
    deleteRange(n, 1, "a", "b");
    assertThat(n.options().maxRangeDeletions()).isEqualTo(4_294_967_295L);
    assertThat(n.flushState()).isEqualTo(FlushState.NOT_REQUESTED);
  }

  @Spec("MT-FLUSH-3")
  @Test
  void markForFlush_isPickedUpByTheNextWrite() {
    MemTable m = MemTableFixtures.memTable();
    put(m, 1, "a", "v");
    m.markForFlush();
    assertThat(m.isMarkedForFlush()).isTrue();
    assertThat(m.flushState()).isEqualTo(FlushState.NOT_REQUESTED);
    put(m, 2, "b", "v");
    assertThat(m.flushState()).isEqualTo(FlushState.REQUESTED);
  }

  @Spec("MT-FLUSH-3")
  @Test
  void concurrentPath_updatesFlushStateAtBatchPostProcess() {
    MemTable m = MemTableFixtures.memTable();
    m.markForFlush();
    PostProcessInfo info = new PostProcessInfo();
    m.addConcurrently(1, ValueType.VALUE, b("a"), 0, 1, b("v"), 0, 1, info);
    assertThat(m.flushState()).isEqualTo(FlushState.NOT_REQUESTED);
    m.batchPostProcess(info);
    assertThat(m.flushState()).isEqualTo(FlushState.REQUESTED);
  }

  @Spec("MT-FLUSH-4")
  @Test
  void updateWriteBufferSize_lowersAlways_raisesOnlyWithoutBloom() {
    MemTable m = small();
    put(m, 1, "a", "v");
    m.updateWriteBufferSize(1000);
    assertThat(m.writeBufferSize()).isEqualTo(1000);
    put(m, 2, "b", "v");
    assertThat(m.flushState()).isEqualTo(FlushState.REQUESTED);
    m.updateWriteBufferSize(1 << 20);
    assertThat(m.writeBufferSize()).isEqualTo(1 << 20);
    MemTable withBloom =
        new MemTable(
            MemTableOptions.builder()
                .writeBufferSize(64 * KIB)
                .wholeKeyFiltering(true)
                .prefixBloomSizeRatio(0.1)
                .build(),
            0);
    withBloom.updateWriteBufferSize(1 << 20);
    assertThat(withBloom.writeBufferSize()).isEqualTo(64 * KIB);
    withBloom.updateWriteBufferSize(32 * KIB);
    assertThat(withBloom.writeBufferSize()).isEqualTo(32 * KIB);
  }

  /** A buffer smaller than an empty memtable (dynamic SetOptions, M33) asks to flush at once. */
  @Spec("MT-FLUSH-1")
  @Test
  void tinyWriteBuffer_requestsAFlushFromTheStart() {
    MemTable m =
        new MemTable(
            MemTableOptions.builder().writeBufferSize(4096).arenaBlockSize(8192).build(), 0);
    assertThat(m.flushState()).isEqualTo(FlushState.REQUESTED);
  }

  @Spec("MT-STATS-1")
  @Test
  void approximateStats_countFromTheRepresentation_sizeFromTheAverageEntry() {
    MemTable m = MemTableFixtures.memTable();
    assertThat(m.approximateStats(b("a"), b("z"))).isEqualTo(new MemTable.ApproximateStats(0, 0));
    for (int i = 0; i < 2000; i++) {
      m.add(i + 1, ValueType.VALUE, key16(i), new byte[50]);
    }
    MemTable.ApproximateStats all = m.approximateStats(key16(0), key16(2000));
    long avg = m.dataSize() / m.numEntries();
    assertThat(all.count()).isAtLeast(1000);
    assertThat(all.count()).isAtMost(2000);
    assertThat(all.size()).isEqualTo(all.count() * avg);
    MemTable.ApproximateStats none = m.approximateStats(b("zzz"), b("zzzz"));
    assertThat(none).isEqualTo(new MemTable.ApproximateStats(0, 0));
    MemTable other =
        new MemTable(MemTableOptions.builder().repFactory(SortedCopyRep.factory()).build(), 0);
    put(other, 1, "a", "v");
    assertThat(other.approximateStats(b("a"), b("z")))
        .isEqualTo(new MemTable.ApproximateStats(0, 0));
    // Representation memory outside the arena counts (8 bytes per entry for this one).
    assertThat(other.approximateMemoryUsage()).isEqualTo(2048 + 8);
  }
}
