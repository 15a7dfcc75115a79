package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.Coding;
import dev.purerocks.internal.util.InfoLog;
import dev.purerocks.testing.Allocations;
import dev.purerocks.testing.Spec;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Micro-checks of Java heap allocation (no timing): the insert path allocates no object per entry,
 * and the per-bucket heap estimate is not below what a bucket really allocates. Java heap allocated
 * by this thread is read from {@code com.sun.management.ThreadMXBean}; the arena's own block growth
 * is subtracted, since arena memory is accounted separately.
 */
class HashRepAllocationTest {
  static Stream<MemTableRepFactory> factories() {
    return Stream.of(
        HashSkipListRep.factory(1024, 4, 4),
        HashLinkListRep.factory(1024, 0, 0, true, 256), // buckets stay linked lists
        HashLinkListRep.factory(1024, 0, 0, true, 3)); // buckets become skip lists
  }

  /** Writes the i-th 16-byte key (8-byte prefix from 64, 8-byte counter) into {@code key}. */
  private static void key(byte[] key, long i) {
    Coding.putFixed64(key, 0, 0x7072656669780000L + (i % 64));
    Coding.putFixed64(key, 8, Long.reverse(i));
  }

  private static void insert(
      MemTableRep rep, Arena arena, byte[] key, byte[] value, long from, long to) {
    for (long i = from; i < to; i++) {
      key(key, i);
      long e = rep.allocate(Entries.encodedLength(key.length, value.length, 0));
      Entries.encode(
          arena,
          e,
          key,
          0,
          key.length,
          InternalKeys.packTrailer(i + 1, ValueType.VALUE.code()),
          value,
          0,
          value.length);
      rep.insert(e);
    }
  }

  @Spec("REP-HASH-MEM-2")
  @ParameterizedTest
  @MethodSource("factories")
  void insertPath_allocatesNoJavaObjectPerEntry(MemTableRepFactory factory) {
    Arena arena = new Arena(1 << 20);
    MemTableRep rep =
        factory.create(
            new KeyComparator(arena, BytewiseComparators.BYTEWISE),
            PrefixExtractor.fixed(8),
            InfoLog.NONE);
    byte[] key = new byte[16];
    byte[] value = new byte[100];
    // Warm up: every bucket exists, the code is compiled or at least loaded.
    insert(rep, arena, key, value, 0, 20_000);
    int n = 100_000;
    long arenaBefore = arena.arrayBytes();
    long indexBefore = indexAllocatedBytes(rep);
    long heapBefore = Allocations.currentThreadAllocatedBytes();
    insert(rep, arena, key, value, 20_000, 20_000 + n);
    long heapAfter = Allocations.currentThreadAllocatedBytes();
    long arenaGrowth = arena.arrayBytes() - arenaBefore;
    // HashSkipList's shared tall-node index (REP-HSL-6) grows by copying its chunks: accounted
    // for, and bounded, separately.
    long indexGrowth = indexAllocatedBytes(rep) - indexBefore;
    double perEntry = (double) (heapAfter - heapBefore - arenaGrowth - indexGrowth) / n;
    assertWithMessage(
            "heap bytes per insert beyond arena blocks and index (%s): heap %s, arena %s, index %s",
            factory, heapAfter - heapBefore, arenaGrowth, indexGrowth)
        .that(perEntry)
        .isLessThan(1.0);
    if (rep instanceof HashSkipListRep) {
      assertWithMessage("index bytes allocated per insert (%s)", factory)
          .that((double) indexGrowth / n)
          .isIn(com.google.common.collect.Range.open(0.0, 24.0));
    }
  }

  private static long indexAllocatedBytes(MemTableRep rep) {
    return rep instanceof HashSkipListRep ? ((HashSkipListRep) rep).indexAllocatedBytes() : 0;
  }

  @Spec("REP-HASH-MEM-1")
  @Test
  void bucketListHeapEstimate_isNotBelowWhatABucketListAllocates() {
    for (int height : new int[] {1, 4, 12, 32}) {
      Arena arena = new Arena(1 << 20);
      KeyComparator cmp = new KeyComparator(arena, BytewiseComparators.BYTEWISE);
      new InlineSkipList(cmp, height, 4); // load and link the class first
      int lists = 1000;
      InlineSkipList[] keep = new InlineSkipList[lists];
      long arenaBefore = arena.arrayBytes();
      long heapBefore = Allocations.currentThreadAllocatedBytes();
      for (int i = 0; i < lists; i++) {
        keep[i] = new InlineSkipList(cmp, height, 4);
      }
      long heap = Allocations.currentThreadAllocatedBytes() - heapBefore;
      long perList = (heap - (arena.arrayBytes() - arenaBefore)) / lists;
      assertWithMessage("heap bytes of one bucket list of height %s", height)
          .that(HashSkipListRep.bucketListHeapBytes(height))
          .isAtLeast(perList);
      assertWithMessage("estimate far above reality for height %s", height)
          .that(HashSkipListRep.bucketListHeapBytes(height))
          .isAtMost(perList * 2);
      assertWithMessage("lists kept").that(keep[lists - 1]).isNotNull();
    }
  }
}
