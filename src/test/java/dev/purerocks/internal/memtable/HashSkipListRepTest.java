package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static dev.purerocks.internal.memtable.HashRepHarness.assertSameKeys;
import static dev.purerocks.internal.memtable.HashRepHarness.seekKey;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HashSkipListRepTest extends AbstractHashRepTest {
  @Override
  MemTableRepFactory factory(long bucketCount) {
    return HashSkipListRep.factory(bucketCount, 4, 4);
  }

  @Override
  List<MemTableRepFactory> shapes(long bucketCount) {
    return List.of(
        HashSkipListRep.factory(bucketCount, 4, 4),
        HashSkipListRep.factory(bucketCount, 1, 4), // every bucket a plain linked list
        HashSkipListRep.factory(bucketCount, 6, 1)); // every node at full height
  }

  @Override
  boolean prefixCursorMovesBackward() {
    return true;
  }

  @Override
  String expectedFactoryName() {
    return "HashSkipListRepFactory";
  }

  // ---- RocksDB's recorded answers (ExpJ) -----------------------------------------------------

  /** ExpJ's data: fixed(1) extractor, keys a1 a3 a5 b1 b3 c1, then a second version of a3. */
  private static HashRepHarness expJ(MemTableRepFactory factory) {
    HashRepHarness h = HashRepHarness.bytewise(factory, 1_000_000, PrefixExtractor.fixed(1));
    long seq = 1;
    for (String k : new String[] {"a1", "a3", "a5", "b1", "b3", "c1"}) {
      h.put(k, seq++, "v");
    }
    h.put("a3", seq, "v2");
    return h;
  }

  /**
   * A DB-level SeekForPrev walk in prefix mode, as RocksDB composes it: the memtable seeks, falls
   * back to seekToLast, then steps back while past the target (M50); the walk then goes backward
   * and reports each user key once.
   */
  static List<String> memtableSeekForPrevWalk(HashRepHarness h, String target) {
    byte[] t =
        InternalKeys.encode(
            HashRepHarness.bytes(target),
            0,
            target.length(),
            0,
            ValueType.FOR_SEEK_FOR_PREV.code());
    MemTableRep.Cursor c = h.rep.prefixIterator();
    c.seek(t, 0, t.length);
    if (!c.isValid()) {
      c.seekToLast();
    }
    while (c.isValid() && h.comparator.compare(c.entry(), t, 0, t.length) > 0) {
      c.prev();
    }
    List<String> out = new ArrayList<>();
    for (; c.isValid(); c.prev()) {
      String k = h.userKey(c.entry());
      if (out.isEmpty() || !out.get(out.size() - 1).equals(k)) {
        out.add(k);
      }
    }
    return out;
  }

  @Spec("REP-HSL-3")
  @Test
  void memtableLevelSeekForPrev_inPrefixMode_matchesRocksDbExpJ() {
    HashRepHarness h = expJ(factory(1_000_000));
    assertThat(memtableSeekForPrevWalk(h, "a3")).containsExactly("a3", "a1").inOrder();
    assertThat(memtableSeekForPrevWalk(h, "a4")).containsExactly("a3", "a1").inOrder();
    assertThat(memtableSeekForPrevWalk(h, "a9")).isEmpty();
    assertThat(memtableSeekForPrevWalk(h, "a0")).isEmpty();
    assertThat(memtableSeekForPrevWalk(h, "b")).isEmpty();
    assertThat(memtableSeekForPrevWalk(h, "d")).isEmpty();
  }

  @Spec("REP-HSL-2")
  @Test
  void prefixPrev_staysInsideTheBucket_likeRocksDbExpJ() {
    HashRepHarness h = expJ(factory(1_000_000));
    MemTableRep.Cursor c = h.rep.prefixIterator();
    byte[] a5 = seekKey("a5", 100);
    c.seek(a5, 0, a5.length);
    List<String> walk = new ArrayList<>();
    for (; c.isValid(); c.prev()) {
      walk.add(h.userKey(c.entry()));
    }
    assertThat(walk).containsExactly("a5", "a3", "a3", "a1").inOrder();
    byte[] b1 = seekKey("b1", 100);
    c.seek(b1, 0, b1.length);
    assertThat(h.at(c)).isEqualTo("b1");
    c.prev();
    assertThat(c.isValid()).isFalse();
  }

  @Spec("REP-HSL-3")
  @Test
  void repLevelSeekForPrev_landsOnLastEntryAtOrBeforeTarget_withinTheTargetsBucket() {
    HashRepHarness h = expJ(factory(1_000_000));
    MemTableRep.Cursor c = h.rep.prefixIterator();
    // Unlike the memtable-level composition (empty for a9), the rep's own answer is a5.
    byte[] a9 = seekKey("a9", 100);
    c.seekForPrev(a9, 0, a9.length);
    assertThat(h.at(c)).isEqualTo("a5");
    byte[] exact = h.model.ceilingKey(seekKey("a3", 100)); // a3, newest version, exactly
    c.seekForPrev(exact, 0, exact.length);
    assertSameKeys("exact hit", List.of(exact), List.of(h.internalKey(c.entry())));
    byte[] b0 = seekKey("b0", 100);
    c.seekForPrev(b0, 0, b0.length);
    assertThat(c.isValid()).isFalse(); // nothing before b1 in bucket "b"; a5 is in another bucket
    byte[] d = seekKey("d", 100);
    c.seekForPrev(d, 0, d.length);
    assertThat(c.isValid()).isFalse();
  }

  // ---- shapes --------------------------------------------------------------------------------

  @Spec("REP-HSL-4")
  @Test
  void factory_rejectsHeightOrBranchingBelowOne_beforeAnyWrite() {
    for (int[] bad : new int[][] {{0, 4}, {-1, 4}, {4, 0}, {4, -3}, {Integer.MIN_VALUE, 4}}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> HashSkipListRep.factory(16, bad[0], bad[1]));
      assertThat(e).hasMessageThat().contains(bad[0] < 1 ? "skiplist_height" : "branching_factor");
    }
    KeyComparator cmp = new KeyComparator(new Arena(4096), BytewiseComparators.BYTEWISE);
    assertThrows(
        IllegalArgumentException.class,
        () -> new HashSkipListRep(cmp, PrefixExtractor.fixed(1), 16, 4, 0));
  }

  @Spec("REP-HSL-4")
  @Test
  void heightAboveThirtyTwo_isClampedAndWorks() {
    SplittableRandom rnd = TestSeed.random("HashSkipListRepTest.tallHeight");
    HashRepHarness h =
        HashRepHarness.bytewise(HashSkipListRep.factory(8, 1000, 2), 8, PrefixExtractor.fixed(3));
    insertRandom(h, rnd, 300, new long[] {1});
    MemTableRep.Cursor c = h.rep.iterator();
    c.seekToLast();
    assertSameKeys(
        "seed " + Long.toHexString(TestSeed.master()), h.modelKeysDescending(), h.drainBackward(c));
  }

  @Spec("REP-HSL-5")
  @Test
  void bucketLists_areCreatedOnlyForBucketsThatReceiveEntries() {
    HashRepHarness h = HashRepHarness.bytewise(factory(1 << 16), 1 << 16, PrefixExtractor.fixed(1));
    HashSkipListRep rep = (HashSkipListRep) h.rep;
    long empty = rep.approximateMemoryUsage();
    for (int i = 0; i < 200; i++) {
      h.put("a" + i, i + 1, "v");
    }
    assertThat(rep.nonEmptyBucketCount()).isEqualTo(1);
    assertThat(rep.approximateMemoryUsage() - empty)
        .isEqualTo(HashSkipListRep.bucketListHeapBytes(4));
    h.put("b", 1000, "v");
    assertThat(rep.nonEmptyBucketCount()).isEqualTo(2);
  }

  /**
   * One index serves every bucket: it holds about a quarter of all nodes, and a get or prefix seek
   * whose index start lies in another bucket (or under another prefix in its own bucket) still
   * finds exactly its bucket's entries, forward and backward. 61 buckets and 2-byte prefixes from 40 (so buckets mix
   * prefixes), plus out-of-domain keys shorter than the prefix.
   */
  @Spec("REP-HSL-6")
  @Test
  void sharedIndex_holdsAQuarterOfTheNodes_andEveryLookupStaysInItsBucket() {
    String id = "HashSkipListRepTest#sharedIndex";
    SplittableRandom rnd = TestSeed.random(id);
    String where = id + " [reproduce with -Dtests.seed=" + TestSeed.masterHex() + "]";
    HashRepHarness h = HashRepHarness.bytewise(factory(61), 61, PrefixExtractor.fixed(2));
    HashSkipListRep rep = (HashSkipListRep) h.rep;
    int n = 6000;
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String k =
          rnd.nextInt(50) == 0
              ? String.valueOf((char) ('a' + rnd.nextInt(3)))
              : (char) ('A' + rnd.nextInt(40)) + "" + (char) ('a' + rnd.nextInt(4))
                  + Integer.toString(rnd.nextInt(1_000_000), 36);
      if (h.put(k, 1 + rnd.nextInt(3), "v" + i)) {
        keys.add(k);
      }
    }
    assertThat(rep.indexedNodeCount()).isIn(com.google.common.collect.Range.closed(n / 6, n / 3));
    for (int q = 0; q < 3000; q++) {
      String k =
          rnd.nextBoolean()
              ? keys.get(rnd.nextInt(keys.size()))
              : (char) ('A' + rnd.nextInt(40)) + "" + (char) ('a' + rnd.nextInt(4))
                  + Integer.toString(rnd.nextInt(1_000_000), 36);
      byte[] target = seekKey(k, 10);
      List<byte[]> tail = h.modelBucketTail(target);
      assertSameKeys(where + " get " + k, tail, h.getAll(target));
      MemTableRep.Cursor c = h.rep.prefixIterator();
      c.seek(target, 0, target.length);
      assertSameKeys(where + " seek " + k + " and next", tail, h.drainForward(c));
      // Backward from the seek's entry: prev looks the bucket's list up itself.
      List<byte[]> backward = new ArrayList<>();
      if (!tail.isEmpty()) {
        backward.add(tail.get(0));
        backward.addAll(h.modelBucketHeadDescending(target));
      }
      c.seek(target, 0, target.length);
      assertSameKeys(
          where + " seek " + k + " and prev",
          backward.subList(0, Math.min(5, backward.size())),
          h.drainBackward(c, 5));
    }
  }

  @Spec("REP-HSL-6")
  @Test
  void customComparator_keepsNoIndex() {
    HashRepHarness h =
        new HashRepHarness(factory(61), 61, PrefixExtractor.fixed(2), RepTestSupport.OPAQUE_BYTEWISE);
    for (int i = 0; i < 500; i++) {
      h.put("ab" + i, i + 1, "v");
    }
    assertThat(((HashSkipListRep) h.rep).indexedNodeCount()).isEqualTo(0);
    assertThat(((HashSkipListRep) h.rep).indexHeapBytes()).isEqualTo(0L);
  }

  @Spec("REP-HSL-1")
  @Test
  void defaultShape_chargesEightMegabytesOfBucketsUpFront_likeRocksDb() {
    // RocksDB's empty default HashSkipList memtable reports about 8,005,616 bytes (ExpH, M54).
    HashRepHarness h =
        HashRepHarness.bytewise(
            HashSkipListRep.factory(1_000_000, 4, 4), 1_000_000, PrefixExtractor.fixed(8));
    long total = h.arena.memoryAllocatedBytes() + h.rep.approximateMemoryUsage();
    assertThat(total).isAtLeast(8_000_008L);
    assertThat(total).isLessThan(8_100_000L);
  }
}
