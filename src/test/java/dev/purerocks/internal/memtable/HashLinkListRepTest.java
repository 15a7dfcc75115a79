package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.purerocks.internal.memtable.HashRepHarness.assertSameKeys;
import static dev.purerocks.internal.memtable.HashRepHarness.seekKey;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.util.InfoLog;
import dev.purerocks.internal.memtable.HashLinkListRep.BucketForm;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HashLinkListRepTest extends AbstractHashRepTest {
  @Override
  MemTableRepFactory factory(long bucketCount) {
    return HashLinkListRep.factory(bucketCount, 0, 4096, true, 256);
  }

  @Override
  List<MemTableRepFactory> shapes(long bucketCount) {
    return List.of(
        HashLinkListRep.factory(bucketCount, 0, 4096, true, 256),
        HashLinkListRep.factory(bucketCount, 0, 0, false, 3), // converts as early as allowed
        HashLinkListRep.factory(bucketCount, 0, 0, false, 17));
  }

  @Override
  boolean prefixCursorMovesBackward() {
    return false;
  }

  @Override
  String expectedFactoryName() {
    return "HashLinkListRepFactory";
  }

  private static HashRepHarness oneBucket(int thresholdUseSkiplist, int loggingThreshold) {
    return HashRepHarness.bytewise(
        HashLinkListRep.factory(1, 0, loggingThreshold, false, thresholdUseSkiplist),
        1,
        PrefixExtractor.fixed(1));
  }

  private static BucketForm form(HashRepHarness h, String userKey) {
    return ((HashLinkListRep) h.rep).bucketForm(h.bucketOf(seekKey(userKey, 1)));
  }

  /** Every view of the representation against the model. */
  private static void assertAllViewsMatchModel(HashRepHarness h, String context) {
    MemTableRep.Cursor c = h.rep.iterator();
    c.seekToFirst();
    assertSameKeys(context + ": total order", h.modelKeys(), h.drainForward(c));
    c.seekToLast();
    assertSameKeys(context + ": total order backward", h.modelKeysDescending(), h.drainBackward(c));
    MemTableRep.Cursor p = h.rep.prefixIterator();
    for (byte[] k : h.modelKeys()) {
      p.seek(k, 0, k.length);
      assertSameKeys(context + ": prefix seek", h.modelBucketTail(k), h.drainForward(p));
      assertSameKeys(context + ": get", h.modelBucketTail(k), h.getAll(k));
    }
  }

  // ---- bucket forms --------------------------------------------------------------------------

  @Spec("REP-HLL-2")
  @ParameterizedTest
  @ValueSource(ints = {3, 5, 12})
  void bucket_becomesSkipList_onTheInsertAfterItHoldsThresholdEntries(int threshold) {
    HashRepHarness h = oneBucket(threshold, 0);
    assertThat(form(h, "a")).isEqualTo(BucketForm.EMPTY);
    for (int i = 1; i <= threshold + 4; i++) {
      // Descending keys put every new entry at the head; odd ones go to the tail.
      String key = i % 2 == 0 ? "a" + (char) ('z' - i) : "a" + (char) ('A' + i);
      h.put(key, i, "v" + i);
      BucketForm expected =
          i == 1
              ? BucketForm.SINGLE
              : i <= threshold ? BucketForm.LINKED_LIST : BucketForm.SKIP_LIST;
      assertWithMessage("after %s entries (threshold %s)", i, threshold)
          .that(form(h, "a"))
          .isEqualTo(expected);
      assertAllViewsMatchModel(h, "after " + i + " entries");
    }
  }

  @Spec("REP-HLL-2")
  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1, 2, 3})
  void thresholdBelowThree_meansThree_andNegativeMeansNeverBecauseRocksDbReadsItUnsigned(int t) {
    HashRepHarness h = oneBucket(t, 0);
    int n = t < 0 ? 600 : 4;
    for (int i = 0; i < n; i++) {
      h.put(String.format("a%04d", i), i + 1, "v");
    }
    assertThat(form(h, "a")).isEqualTo(t < 0 ? BucketForm.LINKED_LIST : BucketForm.SKIP_LIST);
    if (t >= 0) {
      HashRepHarness justBelow = oneBucket(t, 0);
      for (int i = 0; i < 3; i++) {
        justBelow.put("a" + i, i + 1, "v");
      }
      assertThat(form(justBelow, "a")).isEqualTo(BucketForm.LINKED_LIST);
    }
    assertAllViewsMatchModel(h, "threshold " + t);
  }

  @Spec("REP-HLL-2")
  @Test
  void cursorInAnOldLinkedList_keepsWalkingItSortedAfterTheBucketConverts() {
    HashRepHarness h = oneBucket(3, 0);
    h.put("a1", 1, "v");
    h.put("a3", 2, "v");
    h.put("a5", 3, "v");
    MemTableRep.Cursor old = h.rep.prefixIterator();
    byte[] a1 = seekKey("a1", 100);
    old.seek(a1, 0, a1.length);
    assertThat(h.at(old)).isEqualTo("a1");
    h.put("a2", 4, "v"); // converts
    h.put("a4", 5, "v");
    assertThat(form(h, "a")).isEqualTo(BucketForm.SKIP_LIST);
    List<String> rest = new ArrayList<>();
    for (old.next(); old.isValid(); old.next()) {
      rest.add(h.userKey(old.entry()));
    }
    assertThat(rest).containsExactly("a3", "a5").inOrder();
    MemTableRep.Cursor fresh = h.rep.prefixIterator();
    fresh.seek(a1, 0, a1.length);
    assertThat(userKeys(h, h.drainForward(fresh)))
        .containsExactly("a1", "a2", "a3", "a4", "a5")
        .inOrder();
  }

  // ---- backward movement ---------------------------------------------------------------------

  @Spec("REP-HLL-3")
  @ParameterizedTest
  @ValueSource(ints = {256, 3})
  void prefixPrevAndSeekForPrev_makeTheCursorInvalid_inEveryBucketForm(int threshold) {
    // ExpJ2: with threshold 3 the bucket is a skip list and RocksDB hangs in both calls; a
    // linked-list bucket answers "invalid". We answer "invalid" in both forms.
    HashRepHarness h =
        HashRepHarness.bytewise(
            HashLinkListRep.factory(50_000, 0, 4096, true, threshold),
            50_000,
            PrefixExtractor.fixed(1));
    long seq = 1;
    for (String k : new String[] {"a1", "a2", "a3", "a4", "a5", "a6", "b1"}) {
      h.put(k, seq++, "v");
    }
    assertThat(form(h, "a"))
        .isEqualTo(threshold == 3 ? BucketForm.SKIP_LIST : BucketForm.LINKED_LIST);
    MemTableRep.Cursor c = h.rep.prefixIterator();
    byte[] a1 = seekKey("a1", 100);
    c.seek(a1, 0, a1.length);
    assertThat(userKeys(h, h.drainForward(c)))
        .containsExactly("a1", "a2", "a3", "a4", "a5", "a6")
        .inOrder();
    byte[] a4 = seekKey("a4", 100);
    c.seek(a4, 0, a4.length);
    assertThat(h.at(c)).isEqualTo("a4");
    c.prev();
    assertThat(c.isValid()).isFalse();
    c.seekForPrev(a4, 0, a4.length);
    assertThat(c.isValid()).isFalse();
    // The memtable's SeekForPrev composition (M50) therefore finds nothing, as in ExpJ.
    assertThat(HashSkipListRepTest.memtableSeekForPrevWalk(h, "a4")).isEmpty();
    // Total order is unaffected.
    MemTableRep.Cursor t = h.rep.iterator();
    byte[] a4Last = InternalKeys.encode(HashRepHarness.bytes("a4"), 0, 2, 0, 0);
    t.seekForPrev(a4Last, 0, a4Last.length);
    assertThat(userKeys(h, h.drainBackward(t))).containsExactly("a4", "a3", "a2", "a1").inOrder();
  }

  // ---- logging -------------------------------------------------------------------------------

  @Spec("REP-HLL-4")
  @ParameterizedTest
  @ValueSource(ints = {256, 3})
  void crowdedBucket_logsOneInfoLine_whenAnInsertTakesItPastTheThreshold(int thresholdUseSkiplist) {
    HashRepHarness h = oneBucket(thresholdUseSkiplist, 4);
    for (int i = 1; i <= 4; i++) {
      h.put("a" + i, i, "v");
    }
    assertThat(h.infoLines).isEmpty();
    h.put("a5", 5, "v");
    assertThat(h.infoLines).hasSize(1);
    assertThat(h.infoLines.get(0)).contains("bucket 0");
    assertThat(h.infoLines.get(0)).contains("more than 4 entries");
    assertThat(h.infoLines.get(0)).contains("0x6135"); // "a5"
    for (int i = 6; i <= 20; i++) {
      h.put("a" + i, i, "v");
    }
    assertThat(h.infoLines).hasSize(1);
  }

  @Spec("REP-HLL-4")
  @Test
  void crowdedBucketLog_coversSingleEntryAndOutOfDomainBuckets_andZeroDisablesIt() {
    HashRepHarness one = oneBucket(256, 1);
    one.put("a", 1, "v");
    assertThat(one.infoLines).isEmpty();
    one.put("b", 2, "v");
    assertThat(one.infoLines).hasSize(1);

    HashRepHarness ood =
        HashRepHarness.bytewise(
            HashLinkListRep.factory(16, 0, 2, false, 256), 16, PrefixExtractor.fixed(4));
    ood.put("x", 1, "v");
    ood.put("y", 2, "v");
    ood.put("z", 3, "v");
    assertThat(ood.infoLines).hasSize(1);
    assertThat(ood.infoLines.get(0)).contains("out-of-domain bucket");

    for (int disabled : new int[] {0, -5}) {
      HashRepHarness quiet = oneBucket(3, disabled);
      for (int i = 0; i < 50; i++) {
        quiet.put("a" + i, i + 1, "v");
      }
      assertThat(quiet.infoLines).isEmpty();
    }
  }

  @Spec("REP-HLL-5")
  @Test
  void bucketDistribution_isLoggedOnce_whenAReadOnlyMemtablesTotalOrderIsFirstBuilt() {
    HashRepHarness h =
        HashRepHarness.bytewise(
            HashLinkListRep.factory(1000, 0, 0, true, 256), 1000, PrefixExtractor.fixed(1));
    assertThat(h.bucketOf(seekKey("a", 1))).isNotEqualTo(h.bucketOf(seekKey("b", 1)));
    h.put("a1", 1, "v");
    h.put("a2", 2, "v");
    h.put("a3", 3, "v");
    h.put("b1", 4, "v");
    h.put("", 5, "out of domain");
    h.rep.iterator(); // mutable: no line
    assertThat(h.infoLines).isEmpty();
    h.rep.markReadOnly();
    h.rep.iterator();
    h.rep.iterator();
    assertThat(h.infoLines).hasSize(1);
    String line = h.infoLines.get(0);
    assertThat(line).contains("4 entries in 2 of 1000 buckets");
    assertThat(line).contains("largest 3");
    assertThat(line).contains("0: 998, 1: 1, 2-3: 1");
    assertThat(line).contains("out-of-domain bucket: 1 entries");
  }

  @Spec("REP-HLL-5")
  @Test
  void bucketDistribution_isNotLogged_whenTheOptionIsOff() {
    HashRepHarness h =
        HashRepHarness.bytewise(
            HashLinkListRep.factory(1000, 0, 0, false, 256), 1000, PrefixExtractor.fixed(1));
    h.put("a1", 1, "v");
    h.rep.markReadOnly();
    h.rep.iterator();
    assertThat(h.infoLines).isEmpty();
  }

  @Spec("REP-HLL-6")
  @Test
  void hugePageTlbSize_isAcceptedWhateverItsValue_andChangesNothing() {
    SplittableRandom rnd = TestSeed.random("HashLinkListRepTest.hugePage");
    for (long huge : new long[] {0, 2 << 20, -1, Long.MAX_VALUE}) {
      HashRepHarness h =
          HashRepHarness.bytewise(
              HashLinkListRep.factory(64, huge, 4096, true, 256), 64, PrefixExtractor.fixed(2));
      long before = h.arena.memoryAllocatedBytes();
      insertRandom(h, rnd, 100, new long[] {1});
      assertThat(before).isLessThan(2048L + 64 * 8 + 64);
      assertAllViewsMatchModel(h, "huge page size " + huge);
    }
  }

  @Spec("REP-HLL-1")
  @Test
  void defaultShape_chargesItsBucketArrayToTheArena() {
    // RocksDB's empty default HashLinkList memtable reports about 402,056 bytes (ExpH, M54).
    HashRepHarness h = HashRepHarness.bytewise(factory(50_000), 50_000, PrefixExtractor.fixed(8));
    long total = h.arena.memoryAllocatedBytes() + h.rep.approximateMemoryUsage();
    assertThat(total).isAtLeast(400_008L);
    assertThat(total).isLessThan(410_000L);
  }

  // ---- appends -------------------------------------------------------------------------------

  /** Bytewise order, counting the user-key comparisons. */
  private static final class CountingComparator implements UserComparator {
    long calls;

    @Override
    public String name() {
      return "counting";
    }

    @Override
    public int compare(byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) {
      calls++;
      return BytewiseComparators.BYTEWISE.compare(a, aOff, aLen, b, bOff, bLen);
    }
  }

  @Spec("REP-HLL-7")
  @Test
  void sortedInserts_compareOncePerInsert_whereRocksDbWalksTheWholeList() {
    CountingComparator counting = new CountingComparator();
    Arena arena = new Arena(64 * 1024);
    MemTableRep rep =
        HashLinkListRep.factory(1, 0, 0, false, -1)
            .create(new KeyComparator(arena, counting), PrefixExtractor.fixed(1), InfoLog.NONE);
    int n = 500;
    for (int i = 0; i < n; i++) {
      assertThat(insert(rep, arena, String.format("a%04d", i), i + 1)).isTrue();
    }
    // The second insert compares with the single entry, each later one with the remembered tail.
    assertThat(counting.calls).isEqualTo(n - 1);
    assertThat(((HashLinkListRep) rep).bucketForm(0)).isEqualTo(BucketForm.LINKED_LIST);
    // A duplicate of the tail is refused by that one comparison; one before it walks from the head.
    assertThat(insert(rep, arena, String.format("a%04d", n - 1), n)).isFalse();
    assertThat(counting.calls).isEqualTo(n);
    assertThat(insert(rep, arena, "a0000", 1)).isFalse();
    assertThat(insert(rep, arena, "a0250x", n + 1)).isTrue();
    List<String> keys = new ArrayList<>();
    MemTableRep.Cursor c = rep.iterator();
    for (c.seekToFirst(); c.isValid(); c.next()) {
      long e = c.entry();
      int at = Entries.keyOffset(arena, e);
      keys.add(HashRepHarness.str(
          Arrays.copyOfRange(arena.block(e), at, at + Entries.userKeyLength(arena, e))));
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      expected.add(String.format("a%04d", i));
    }
    expected.add(251, "a0250x");
    assertThat(keys).containsExactlyElementsIn(expected).inOrder();
  }

  /** Encodes a Put of {@code userKey} at {@code seq} into {@code rep}, as a memtable does. */
  private static boolean insert(MemTableRep rep, Arena arena, String userKey, long seq) {
    byte[] k = HashRepHarness.bytes(userKey);
    long entry = rep.allocate(Entries.encodedLength(k.length, 1, 0));
    Entries.encode(arena, entry, k, 0, k.length,
        InternalKeys.packTrailer(seq, ValueType.CODE_VALUE), new byte[] {'v'}, 0, 1);
    return rep.insert(entry);
  }

  @Spec("REP-HLL-7")
  @ParameterizedTest
  @ValueSource(ints = {-1, 3, 40})
  void mostlySortedInserts_intoBucketsSharingTailSlots_matchTheModel(int thresholdUseSkiplist) {
    String id = "HashLinkListRepTest.mostlySorted." + thresholdUseSkiplist;
    SplittableRandom rnd = TestSeed.random(id);
    String seed = " [seed " + TestSeed.masterHex() + ", threshold " + thresholdUseSkiplist + "]";
    // More buckets than remembered tails, so that buckets share a slot and evict each other.
    int buckets = 4 * HashLinkListRep.TAIL_HINTS;
    HashRepHarness h =
        HashRepHarness.bytewise(
            HashLinkListRep.factory(buckets, 0, 0, false, thresholdUseSkiplist),
            buckets,
            PrefixExtractor.fixed(3));
    int prefixes = 3 * HashLinkListRep.TAIL_HINTS;
    int[] next = new int[prefixes];
    String lastKey = null;
    long seq = 1;
    for (int i = 0; i < 60_000; i++) {
      if (lastKey != null && rnd.nextInt(25) == 0) {
        // The last entry is usually its bucket's tail: the remembered node itself.
        assertWithMessage("an exact duplicate of %s@%s is refused%s", lastKey, seq - 1, seed)
            .that(h.put(lastKey, seq - 1, "v"))
            .isFalse();
        continue;
      }
      int p = rnd.nextInt(8) == 0 ? rnd.nextInt(prefixes) : rnd.nextInt(40);
      // Mostly the next suffix of the prefix (an append); sometimes an earlier one, which goes
      // before the tail (a new version of an existing user key, or a new key in between).
      int suffix = rnd.nextInt(20) == 0 && next[p] > 0 ? rnd.nextInt(next[p]) : next[p]++;
      String key = String.format("%03x%05d%s", p, suffix, rnd.nextBoolean() ? "" : "+");
      assertWithMessage("insert of %s@%s%s", key, seq, seed).that(h.put(key, seq, "v")).isTrue();
      lastKey = key;
      seq++;
    }
    assertAllViewsMatchModel(h, "mostly sorted inserts" + seed);
  }

  // ---- list indexes --------------------------------------------------------------------------

  @Spec("REP-HLL-8")
  @Test
  void randomInserts_intoALongList_compareLogarithmicallyPerGet_whereRocksDbWalksHalfTheList() {
    String seed = " [seed " + TestSeed.masterHex() + "]";
    SplittableRandom rnd = TestSeed.random("HashLinkListRepTest.longList");
    CountingComparator counting = new CountingComparator();
    Arena arena = new Arena(64 * 1024);
    MemTableRep rep =
        HashLinkListRep.factory(1, 0, 0, false, -1)
            .create(new KeyComparator(arena, counting), PrefixExtractor.fixed(1), InfoLog.NONE);
    int n = 4000;
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String key = String.format("a%016x", rnd.nextLong());
      assertWithMessage("insert of %s%s", key, seed).that(insert(rep, arena, key, i + 1)).isTrue();
      keys.add(key);
    }
    assertThat(((HashLinkListRep) rep).bucketForm(0)).isEqualTo(BucketForm.LINKED_LIST);
    // A walk from the head compares with half of the list per insert on average (4 million in
    // all); the index leaves a binary search over its nodes and a few steps of the list.
    assertWithMessage("comparisons for %s random inserts%s", n, seed)
        .that(counting.calls)
        .isLessThan(20L * n);
    counting.calls = 0;
    for (String key : keys) {
      byte[] lookup = HashRepHarness.seekKey(key, InternalKeys.MAX_SEQUENCE_NUMBER);
      long[] found = {0};
      rep.get(lookup, 0, lookup.length, e -> {
        found[0] = e;
        return false;
      });
      assertWithMessage("get %s%s", key, seed).that(found[0]).isNotEqualTo(0L);
      int at = Entries.keyOffset(arena, found[0]);
      assertWithMessage("get %s%s", key, seed)
          .that(HashRepHarness.str(Arrays.copyOfRange(
              arena.block(found[0]), at, at + Entries.userKeyLength(arena, found[0]))))
          .isEqualTo(key);
    }
    // log2(1,000 indexed nodes) + 1 for the search, at most 1.5 x 4 nodes walked, one more to stop.
    assertWithMessage("comparisons for %s gets%s", n, seed).that(counting.calls).isAtMost(18L * n);
  }

  @Spec("REP-HLL-8")
  @ParameterizedTest
  @ValueSource(ints = {-1, 40, 256})
  void randomInserts_intoIndexedLists_matchTheModel_forPresentAndMissingKeys(int threshold) {
    String id = "HashLinkListRepTest.indexed." + threshold;
    SplittableRandom rnd = TestSeed.random(id);
    String seed = " [seed " + TestSeed.masterHex() + ", threshold " + threshold + "]";
    HashRepHarness h =
        HashRepHarness.bytewise(
            HashLinkListRep.factory(61, 0, 0, false, threshold), 61, PrefixExtractor.fixed(2));
    long seq = 1;
    String last = null;
    for (int i = 0; i < 12_000; i++) {
      if (last != null && rnd.nextInt(50) == 0) {
        assertWithMessage("an exact duplicate of %s@%s is refused%s", last, seq - 1, seed)
            .that(h.put(last, seq - 1, "v"))
            .isFalse();
        continue;
      }
      // 40 prefixes in 61 buckets: lists of ~300 entries, some buckets with two prefixes; a
      // quarter of the inserts are a new version of the last key.
      String key =
          last != null && rnd.nextInt(4) == 0
              ? last
              : String.format("%02d%x", rnd.nextInt(40), rnd.nextInt(1 << 20));
      if (h.put(key, seq, "v")) {
        last = key;
        seq++;
      }
    }
    assertAllViewsMatchModel(h, "random inserts" + seed);
    MemTableRep.Cursor p = h.rep.prefixIterator();
    for (int i = 0; i < 2_000; i++) {
      String user = String.format("%02d%x", rnd.nextInt(41), rnd.nextInt(1 << 20));
      byte[] target = HashRepHarness.seekKey(user, 1 + rnd.nextLong(seq + 1));
      p.seek(target, 0, target.length);
      assertSameKeys("prefix seek to " + user + seed, h.modelBucketTail(target), h.drainForward(p));
      assertSameKeys("get " + user + seed, h.modelBucketTail(target), h.getAll(target));
    }
  }

  @Spec("REP-HLL-8")
  @Test
  void listIndexes_areChargedToTheRepresentation_aboutTwoBytesPerListedEntry() {
    HashRepHarness h = oneBucket(-1, 0);
    long empty = h.rep.approximateMemoryUsage();
    for (int i = 0; i < HashLinkListRep.INDEX_MIN_LIST - 1; i++) {
      h.put(String.format("a%05d", i), i + 1, "v");
    }
    assertWithMessage("lists shorter than %s have no index", HashLinkListRep.INDEX_MIN_LIST)
        .that(h.rep.approximateMemoryUsage())
        .isEqualTo(empty);
    int n = 3000;
    for (int i = HashLinkListRep.INDEX_MIN_LIST - 1; i < n; i++) {
      h.put(String.format("a%05d", i), i + 1, "v");
    }
    long charged = h.rep.approximateMemoryUsage() - empty;
    // The per-bucket table (two buckets: one and the out-of-domain one) and an index built when
    // the list had between about n / 1.5 and n nodes, 8 bytes per 4 nodes.
    long table = 16 + 4 * 2;
    assertThat(charged).isAtLeast(table + 16 + 8L * (n / 2 - 1) / HashLinkListRep.INDEX_SPACING);
    assertThat(charged).isAtMost(table + 16 + 8L * (n - 1) / HashLinkListRep.INDEX_SPACING);
  }
}
