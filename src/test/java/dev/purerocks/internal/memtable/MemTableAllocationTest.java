package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.testing.Allocations;
import dev.purerocks.testing.Spec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The single-writer insert path allocates no Java object per entry: the bytes the thread allocates
 * while adding entries are the arena's blocks and nothing else.
 */
class MemTableAllocationTest {
  private static final int ENTRIES = 100_000;

  private static MemTableOptions options(String variant) {
    MemTableOptions.Builder b = MemTableOptions.builder().writeBufferSize(256L << 20);
    switch (variant) {
      case "plain":
        break;
      case "bloom+protection":
        b.prefixExtractor(PrefixExtractor.fixed(8))
            .wholeKeyFiltering(true)
            .prefixBloomSizeRatio(0.02)
            .protectionBytesPerKey(8);
        break;
      case "lookahead":
        b.repFactory(SkipListRep.factory(4)).protectionBytesPerKey(2);
        break;
      default:
        throw new AssertionError(variant);
    }
    return b.build();
  }

  @Spec("MT-ADD-4")
  @ParameterizedTest
  @ValueSource(strings = {"plain", "bloom+protection", "lookahead"})
  void add_singleWriterPath_allocatesNoObjectPerEntry(String variant) {
    byte[][] keys = new byte[ENTRIES][];
    for (int i = 0; i < ENTRIES; i++) {
      // Scrambled order so that inserts land all over the list, not only at the end.
      keys[i] = new byte[16];
      dev.purerocks.internal.util.Coding.putFixed64(
          keys[i], 0, Long.reverseBytes(dev.purerocks.internal.util.Hashing.mix(i)));
      dev.purerocks.internal.util.Coding.putFixed64(keys[i], 8, i);
    }
    byte[] value = new byte[100];
    // Warm up on a throwaway memtable so that class loading and linkage are done.
    fill(new MemTable(options(variant), 0), keys, value, 20_000);

    MemTable m = new MemTable(options(variant), 0);
    long arenaBefore = m.arena().arrayBytes();
    int blocksBefore = m.arena().blockCount();
    SkipListRep rep = (SkipListRep) m.table();
    long indexBefore = rep.indexAllocatedBytes();
    long before = Allocations.currentThreadAllocatedBytes();
    fill(m, keys, value, ENTRIES);
    long after = Allocations.currentThreadAllocatedBytes();
    long arenaGrowth = m.arena().arrayBytes() - arenaBefore;
    long indexGrowth = rep.indexAllocatedBytes() - indexBefore;
    int newBlocks = m.arena().blockCount() - blocksBefore;
    // What remains beyond the blocks' bytes and what the tall-node index allocated (REP-SKIPLIST-5,
    // outgrown arrays included): the blocks' array headers and the arena's block table, which
    // doubles now and then: a few KB, i.e. about 0.05 byte per entry, where one object per entry
    // would be 16 bytes or more.
    double perEntry = (double) (after - before - arenaGrowth - indexGrowth) / ENTRIES;
    assertWithMessage(
            "bytes allocated per entry beyond the arena and the index (%s new blocks, %s arena"
                + " bytes, %s index bytes, %s total)",
            newBlocks, arenaGrowth, indexGrowth, after - before)
        .that(perEntry)
        .isLessThan(0.1);
    // The index copies its entries as chunks grow and split: a few copies of 16 bytes for one
    // entry in four.
    assertWithMessage("index bytes allocated per entry")
        .that((double) indexGrowth / ENTRIES)
        .isIn(com.google.common.collect.Range.open(0.0, 24.0));
    assertWithMessage("entries").that(m.numEntries()).isEqualTo((long) ENTRIES);
  }

  private static void fill(MemTable m, byte[][] keys, byte[] value, int n) {
    for (int i = 0; i < n; i++) {
      byte[] k = keys[i];
      m.add(i + 1, ValueType.VALUE, k, 0, k.length, value, 0, value.length);
    }
  }
}
