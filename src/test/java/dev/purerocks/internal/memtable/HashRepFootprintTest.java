package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.Coding;
import dev.purerocks.internal.util.Hashing;
import dev.purerocks.internal.util.InfoLog;
import dev.purerocks.testing.Spec;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Memory per entry on the baseline's data set (reference/baseline.md: 1,000,000 16-byte keys made
 * of 10,000 8-byte prefixes x 100 suffixes, 100-byte values, default bucket counts, 1 MiB arena
 * blocks), against RocksJava's measured {@code cur-size-all-mem-tables / N}: 156.2 B (HashSkipList)
 * and 145.4 B (HashLinkedList). Memory is deterministic but for random skip-list heights, so the
 * bound is RocksDB's figure itself. Counts arena blocks plus the representation's own heap.
 */
class HashRepFootprintTest {
  private static final int PREFIXES = 10_000;
  private static final int PER_PREFIX = 100;

  static Stream<Arguments> reps() {
    return Stream.of(
        Arguments.of(HashSkipListRep.factory(1_000_000, 4, 4), 156.2),
        Arguments.of(HashLinkListRep.factory(50_000, 0, 4096, true, 256), 145.4));
  }

  @Spec("REP-HASH-MEM-3")
  @ParameterizedTest
  @MethodSource("reps")
  void bytesPerEntry_onTheBaselineDataSet_doNotExceedRocksDbs(
      MemTableRepFactory factory, double rocksDbBytesPerEntry) {
    Arena arena = new Arena(1 << 20);
    MemTableRep rep =
        factory.create(
            new KeyComparator(arena, BytewiseComparators.BYTEWISE),
            PrefixExtractor.fixed(8),
            InfoLog.NONE);
    byte[] key = new byte[16];
    byte[] value = new byte[100];
    int n = PREFIXES * PER_PREFIX;
    for (int i = 0; i < n; i++) {
      // A random-looking order: the i-th insert is key number mix(i) mod n, a permutation.
      long k = permute(i, n);
      Coding.putFixed64(key, 0, Hashing.mix(k % PREFIXES + 1));
      Coding.putFixed64(key, 8, Hashing.mix(k + 0x5151));
      long e = rep.allocate(Entries.encodedLength(16, 100, 0));
      Entries.encode(
          arena,
          e,
          key,
          0,
          16,
          InternalKeys.packTrailer(i + 1, ValueType.VALUE.code()),
          value,
          0,
          100);
      rep.insert(e);
    }
    double perEntry = (double) (arena.memoryAllocatedBytes() + rep.approximateMemoryUsage()) / n;
    System.out.printf(
        "%s: %.1f bytes/entry (RocksDB %.1f)%n", factory, perEntry, rocksDbBytesPerEntry);
    assertWithMessage("bytes per entry of %s", factory)
        .that(perEntry)
        .isAtMost(rocksDbBytesPerEntry);
  }

  /** A bijection on {@code [0, n)}: an affine map with a multiplier coprime to n. */
  private static long permute(long i, long n) {
    return (i * 7_919_993L + 12_345) % n;
  }
}
