package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PrefixBucketsTest {
  @Spec("REP-HASH-OOD-1")
  @Test
  void keysOutsideTheDomain_goToTheDedicatedBucket_andOthersHashByPrefixOnly() {
    PrefixBuckets b = new PrefixBuckets(new Arena(4096), PrefixExtractor.fixed(3), 97);
    assertThat(b.outOfDomainBucket()).isEqualTo(97);
    assertThat(b.bucketOfUserKey(new byte[] {1, 2}, 0, 2)).isEqualTo(97);
    assertThat(b.bucketOfUserKey(new byte[0], 0, 0)).isEqualTo(97);
    byte[] k1 = {1, 2, 3, 4};
    byte[] k2 = {9, 1, 2, 3, 7, 7}; // same prefix at offset 1
    assertThat(b.bucketOfUserKey(k1, 0, 4)).isEqualTo(b.bucketOfUserKey(k2, 1, 5));
    assertThat(b.bucketOfUserKey(k1, 0, 4)).isLessThan(97);
  }

  @Spec("REP-HASH-OOD-2")
  @Test
  void noExtractor_sendsEveryKeyToTheDedicatedBucket_cappedSendsNone() {
    PrefixBuckets none = new PrefixBuckets(new Arena(4096), null, 5);
    PrefixBuckets capped = new PrefixBuckets(new Arena(4096), PrefixExtractor.capped(3), 5);
    for (byte[] k : new byte[][] {{}, {1}, {1, 2, 3, 4}}) {
      assertThat(none.bucketOfUserKey(k, 0, k.length)).isEqualTo(5);
      assertThat(capped.bucketOfUserKey(k, 0, k.length)).isLessThan(5);
    }
  }

  @Spec("REP-HASH-MEM-1")
  @Test
  void bucketsAreInRange_spreadOverAllBuckets_andStartEmpty() {
    SplittableRandom rnd = TestSeed.random("PrefixBucketsTest.spread");
    for (long count : new long[] {1, 2, 7, 1000}) {
      Arena arena = new Arena(4096);
      long before = arena.approximateMemoryUsage();
      PrefixBuckets b = new PrefixBuckets(arena, PrefixExtractor.fixed(8), count);
      assertThat(arena.approximateMemoryUsage() - before).isAtLeast(8 * (count + 1));
      int[] hits = new int[(int) count];
      for (int i = 0; i < 20_000; i++) {
        byte[] k = new byte[8];
        rnd.nextBytes(k);
        int bucket = b.bucketOfUserKey(k, 0, 8);
        assertThat(bucket).isIn(com.google.common.collect.Range.closedOpen(0, (int) count));
        hits[bucket]++;
      }
      for (int i = 0; i < count; i++) {
        assertWithMessage("bucket %s of %s never hit", i, count).that(hits[i]).isGreaterThan(0);
        assertThat(b.slot(i)).isEqualTo(0);
      }
      assertThat(b.slot(b.outOfDomainBucket())).isEqualTo(0);
    }
  }
}
