package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.purerocks.internal.memtable.HashRepHarness.assertSameKeys;
import static dev.purerocks.internal.memtable.HashRepHarness.bytes;
import static dev.purerocks.internal.memtable.HashRepHarness.seekKey;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Behaviour both hash representations share, checked against a {@link java.util.TreeMap} model:
 * total order, bucket-local gets and prefix seeks, collisions, out-of-domain keys, snapshots, and
 * the factory's capabilities. Subclasses add what differs (backward movement in buckets, bucket
 * forms, logging).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractHashRepTest {

  /** A configuration to run the model checks under. */
  record Config(
      String label,
      MemTableRepFactory factory,
      long bucketCount,
      PrefixExtractor extractor,
      UserComparator comparator) {
    @Override
    public String toString() {
      return label;
    }

    HashRepHarness harness() {
      return new HashRepHarness(factory, bucketCount, extractor, comparator);
    }
  }

  /** A factory with the representation's defaults except the bucket count. */
  abstract MemTableRepFactory factory(long bucketCount);

  /** Extra factories (shapes) the random model checks also run with. */
  abstract List<MemTableRepFactory> shapes(long bucketCount);

  /** Whether the prefix cursor can move backward inside a bucket. */
  abstract boolean prefixCursorMovesBackward();

  abstract String expectedFactoryName();

  Stream<Config> configs() {
    List<Config> out = new ArrayList<>();
    long[] bucketCounts = {1, 3, 61, 4096};
    PrefixExtractor[] extractors = {PrefixExtractor.fixed(3), PrefixExtractor.capped(3), null};
    UserComparator[] comparators = {
      BytewiseComparators.BYTEWISE, BytewiseComparators.REVERSE_BYTEWISE
    };
    for (long n : bucketCounts) {
      for (PrefixExtractor e : extractors) {
        for (UserComparator c : comparators) {
          List<MemTableRepFactory> fs = shapes(n);
          for (int i = 0; i < fs.size(); i++) {
            String label =
                "buckets=" + n + " extractor=" + e + " cmp=" + c.name() + " shape=" + fs.get(i);
            out.add(new Config(label, fs.get(i), n, e, c));
          }
        }
      }
    }
    return out.stream();
  }

  // ---- workload ------------------------------------------------------------------------------

  /**
   * A user key: a 3-byte prefix from a small alphabet and 0-3 more bytes, or, one time in ten, a
   * key of 0-2 bytes (outside a fixed(3) extractor's domain).
   */
  static byte[] randomUserKey(SplittableRandom rnd) {
    int len = rnd.nextInt(10) == 0 ? rnd.nextInt(3) : 3 + rnd.nextInt(4);
    byte[] k = new byte[len];
    for (int i = 0; i < len; i++) {
      k[i] = (byte) (i < 3 ? 'a' + rnd.nextInt(i == 0 ? 4 : 3) : rnd.nextInt(256));
    }
    return k;
  }

  /** Inserts {@code n} entries with random keys, types and distinct sequence numbers. */
  static void insertRandom(HashRepHarness h, SplittableRandom rnd, int n, long[] nextSeq) {
    int[] types = {
      ValueType.VALUE.code(),
      ValueType.DELETION.code(),
      ValueType.MERGE.code(),
      ValueType.SINGLE_DELETION.code()
    };
    for (int i = 0; i < n; i++) {
      byte[] key = randomUserKey(rnd);
      long seq = nextSeq[0]++;
      byte[] value = new byte[rnd.nextInt(12)];
      rnd.nextBytes(value);
      assertThat(h.add(key, seq, types[rnd.nextInt(types.length)], value)).isTrue();
    }
  }

  /** A target for seeks: a random key at a random snapshot, or an existing entry exactly. */
  static byte[] randomTarget(HashRepHarness h, SplittableRandom rnd, long maxSeq) {
    if (!h.model.isEmpty() && rnd.nextBoolean()) {
      List<byte[]> keys = h.modelKeys();
      byte[] k = keys.get(rnd.nextInt(keys.size()));
      if (rnd.nextBoolean()) {
        return k;
      }
      return seekKey(
          Arrays.copyOf(k, k.length - InternalKeys.TRAILER_SIZE), rnd.nextLong(maxSeq + 1));
    }
    return seekKey(randomUserKey(rnd), rnd.nextLong(maxSeq + 1));
  }

  // ---- model checks --------------------------------------------------------------------------

  @Spec("REP-HASH-TOTAL-1")
  @ParameterizedTest
  @MethodSource("configs")
  void totalOrderCursor_equalsFullSortOfAllEntries_inBothDirectionsAndAfterSeeks(Config config) {
    String id = getClass().getSimpleName() + ".totalOrder." + config;
    SplittableRandom rnd = TestSeed.random(id);
    String seed = " [seed " + Long.toHexString(TestSeed.master()) + ", " + config + "]";
    HashRepHarness h = config.harness();
    long[] seq = {1};
    for (int round = 0; round < 4; round++) {
      insertRandom(h, rnd, 150 + round * 100, seq);
      MemTableRep.Cursor c = h.rep.iterator();
      c.seekToFirst();
      assertSameKeys("forward scan" + seed, h.modelKeys(), h.drainForward(c));
      c.seekToLast();
      assertSameKeys("backward scan" + seed, h.modelKeysDescending(), h.drainBackward(c));
      for (int i = 0; i < 60; i++) {
        byte[] target = randomTarget(h, rnd, seq[0]);
        byte[] expected;
        if (rnd.nextBoolean()) {
          c.seek(target, 0, target.length);
          expected = h.model.ceilingKey(target);
        } else {
          c.seekForPrev(target, 0, target.length);
          expected = h.model.floorKey(target);
        }
        // Random steps with direction switches, each checked against the model's neighbours.
        for (int step = 0; step < 12; step++) {
          if (expected == null) {
            assertWithMessage("cursor should be invalid" + seed).that(c.isValid()).isFalse();
            break;
          }
          assertWithMessage("position" + seed).that(c.isValid()).isTrue();
          assertSameKeys("position" + seed, List.of(expected), List.of(h.internalKey(c.entry())));
          if (rnd.nextBoolean()) {
            c.next();
            expected = h.model.higherKey(expected);
          } else {
            c.prev();
            expected = h.model.lowerKey(expected);
          }
        }
      }
    }
  }

  @Spec("REP-HASH-GET-1")
  @ParameterizedTest
  @MethodSource("configs")
  void get_visitsOnlyTheKeysBucket_fromTheLookupKeyOn(Config config) {
    SplittableRandom rnd = TestSeed.random(getClass().getSimpleName() + ".get." + config);
    String seed = " [seed " + Long.toHexString(TestSeed.master()) + ", " + config + "]";
    HashRepHarness h = config.harness();
    long[] seq = {1};
    insertRandom(h, rnd, 600, seq);
    for (int i = 0; i < 200; i++) {
      byte[] target = randomTarget(h, rnd, seq[0]);
      assertSameKeys("get" + seed, h.modelBucketTail(target), h.getAll(target));
    }
  }

  @Spec("REP-HASH-PREFIX-1")
  @ParameterizedTest
  @MethodSource("configs")
  void prefixSeek_walksOnlyTheTargetsBucket_inOrder(Config config) {
    SplittableRandom rnd = TestSeed.random(getClass().getSimpleName() + ".prefix." + config);
    String seed = " [seed " + Long.toHexString(TestSeed.master()) + ", " + config + "]";
    HashRepHarness h = config.harness();
    long[] seq = {1};
    MemTableRep.Cursor c = h.rep.prefixIterator();
    for (int round = 0; round < 3; round++) {
      insertRandom(h, rnd, 250, seq);
      for (int i = 0; i < 80; i++) {
        byte[] target = randomTarget(h, rnd, seq[0]);
        c.seek(target, 0, target.length);
        List<byte[]> expected = h.modelBucketTail(target);
        if (!prefixCursorMovesBackward() || expected.isEmpty()) {
          assertSameKeys("prefix seek" + seed, expected, h.drainForward(c));
          continue;
        }
        // Backward from the seek position stays inside the bucket. (Bounded walks: a bucket list
        // of height 1 makes every step back a linear search.)
        assertSameKeys(
            "prefix seek then prev" + seed,
            first(h.modelBucketHeadDescending(expected.get(0)), BACKWARD_STEPS),
            h.drainBackward(c, BACKWARD_STEPS));
        c.seekForPrev(target, 0, target.length);
        assertSameKeys(
            "prefix seekForPrev" + seed,
            first(h.modelBucketHeadDescending(target), BACKWARD_STEPS),
            h.drainBackward(c, BACKWARD_STEPS));
      }
    }
  }

  private static final int BACKWARD_STEPS = 40;

  private static List<byte[]> first(List<byte[]> l, int n) {
    return l.subList(0, Math.min(n, l.size()));
  }

  @Spec("REP-HASH-PREFIX-2")
  @Test
  void prefixCursor_seekToFirstAndSeekToLast_leaveItInvalid() {
    HashRepHarness h = HashRepHarness.bytewise(factory(1), 1, PrefixExtractor.fixed(1));
    h.put("a1", 1, "v");
    h.put("b1", 2, "v");
    MemTableRep.Cursor c = h.rep.prefixIterator();
    c.seekToFirst();
    assertThat(c.isValid()).isFalse();
    c.seekToLast();
    assertThat(c.isValid()).isFalse();
    byte[] t = seekKey("a", 10);
    c.seek(t, 0, t.length);
    assertThat(h.at(c)).isEqualTo("a1");
    c.seekToFirst();
    assertThat(c.isValid()).isFalse();
  }

  // ---- RocksDB's recorded answers (ExpB, ExpB2) ----------------------------------------------

  private static final String[] EXP_B_KEYS = {
    "ba2", "aa1", "zz9", "ab1", "aa3", "ba1", "ab2", "aa2", "ca1"
  };

  private static List<String> prefixWalk(HashRepHarness h, String target) {
    MemTableRep.Cursor c = h.rep.prefixIterator();
    byte[] t = seekKey(target, InternalKeys.MAX_SEQUENCE_NUMBER);
    List<String> out = new ArrayList<>();
    for (c.seek(t, 0, t.length); c.isValid(); c.next()) {
      out.add(h.userKey(c.entry()));
    }
    return out;
  }

  @Spec("REP-HASH-PREFIX-1")
  @Test
  void prefixSeek_matchesRocksDbExpB_withDefaultAndSingleBucket() {
    HashRepHarness many = HashRepHarness.bytewise(factory(1_000), 1_000, PrefixExtractor.fixed(2));
    HashRepHarness one = HashRepHarness.bytewise(factory(1), 1, PrefixExtractor.fixed(2));
    long seq = 1;
    for (String k : EXP_B_KEYS) {
      many.put(k, seq, "v-" + k);
      one.put(k, seq++, "v-" + k);
    }
    // ExpB, default ReadOptions: Seek(ab) -> [ab1, ab2]; Seek(ab3) -> []; Seek(ac) -> [].
    // (With 1,000 buckets "ab" and "ac" could collide; the bucket function says they do not.)
    assertThat(many.bucketOf(seekKey("ab", 1))).isNotEqualTo(many.bucketOf(seekKey("ac", 1)));
    assertThat(prefixWalk(many, "ab")).containsExactly("ab1", "ab2").inOrder();
    assertThat(prefixWalk(many, "ab3")).isEmpty();
    assertThat(prefixWalk(many, "ac")).isEmpty();
    // ExpB, bucket_count=1: every prefix collides, so the walk crosses prefixes in order.
    assertThat(prefixWalk(one, "ab"))
        .containsExactly("ab1", "ab2", "ba1", "ba2", "ca1", "zz9")
        .inOrder();
    assertThat(prefixWalk(one, "ab3")).containsExactly("ba1", "ba2", "ca1", "zz9").inOrder();
  }

  @Spec("REP-HASH-OOD-1")
  @Test
  void outOfDomainKeys_areFoundByGet_andLiveInTheirOwnSortedBucket() {
    HashRepHarness h = HashRepHarness.bytewise(factory(1_000), 1_000, PrefixExtractor.fixed(4));
    // ExpB2: RocksDB loses "ab" and "a" to Get with a fixed(4) extractor; we must not.
    h.put("ab", 1, "short-v1");
    h.put("a", 2, "short-a");
    h.put("abcd1", 3, "x1");
    h.put("abcd2", 4, "x2");
    h.put("ab", 5, "short-v2");
    h.put("", 6, "empty");
    assertThat(userKeys(h, h.getAll(seekKey("ab", 100)))).containsExactly("ab", "ab");
    assertThat(h.userKey(firstVisited(h, seekKey("ab", 100)))).isEqualTo("ab");
    assertThat(HashRepHarness.str(Entries.value(h.arena, firstVisited(h, seekKey("ab", 100)))))
        .isEqualTo("short-v2");
    assertThat(HashRepHarness.str(Entries.value(h.arena, firstVisited(h, seekKey("ab", 4)))))
        .isEqualTo("short-v1");
    assertThat(h.userKey(firstVisited(h, seekKey("a", 100)))).isEqualTo("a");
    assertThat(h.userKey(firstVisited(h, seekKey("", 100)))).isEqualTo("");
    // The dedicated bucket holds exactly the out-of-domain keys, sorted: a prefix seek there
    // walks them and nothing else.
    assertThat(prefixWalk(h, "")).containsExactly("", "a", "ab", "ab").inOrder();
    assertThat(prefixWalk(h, "ab")).containsExactly("ab", "ab").inOrder();
    assertThat(prefixWalk(h, "abcd")).containsExactly("abcd1", "abcd2").inOrder();
    // Total order sees everything.
    MemTableRep.Cursor c = h.rep.iterator();
    c.seekToFirst();
    assertSameKeys("total order", h.modelKeys(), h.drainForward(c));
  }

  private static long firstVisited(HashRepHarness h, byte[] lookup) {
    long[] first = {0};
    h.rep.get(
        lookup,
        0,
        lookup.length,
        e -> {
          first[0] = e;
          return false;
        });
    assertWithMessage("get found nothing").that(first[0]).isNotEqualTo(0L);
    return first[0];
  }

  @Spec("REP-HASH-OOD-2")
  @Test
  void nullPrefixExtractor_putsEveryKeyInOneSortedBucket() {
    HashRepHarness h = HashRepHarness.bytewise(factory(64), 64, null);
    for (String k : EXP_B_KEYS) {
      h.put(k, 1, "v");
    }
    assertThat(prefixWalk(h, "b")).containsExactly("ba1", "ba2", "ca1", "zz9").inOrder();
    assertThat(h.userKey(firstVisited(h, seekKey("ca1", 5)))).isEqualTo("ca1");
  }

  // ---- snapshots -----------------------------------------------------------------------------

  @Spec("REP-HASH-TOTAL-2")
  @Test
  void totalOrderCursor_seesEntriesPresentAtItsCreation_only() {
    HashRepHarness h = HashRepHarness.bytewise(factory(16), 16, PrefixExtractor.fixed(1));
    h.put("a1", 1, "v");
    h.put("c1", 2, "v");
    MemTableRep.Cursor before = h.rep.iterator();
    h.put("b1", 3, "v");
    MemTableRep.Cursor after = h.rep.iterator();
    before.seekToFirst();
    assertThat(userKeys(h, h.drainForward(before))).containsExactly("a1", "c1").inOrder();
    after.seekToFirst();
    assertThat(userKeys(h, h.drainForward(after))).containsExactly("a1", "b1", "c1").inOrder();
  }

  @Spec("REP-HASH-TOTAL-2")
  @Test
  void totalOrderSnapshot_isReusedUntilTheNextInsert_andCountedInMemory() {
    HashRepHarness h = HashRepHarness.bytewise(factory(16), 16, PrefixExtractor.fixed(1));
    for (int i = 0; i < 100; i++) {
      h.put("k" + i, i + 1, "v");
    }
    long without = h.rep.approximateMemoryUsage();
    h.rep.iterator();
    long with = h.rep.approximateMemoryUsage();
    assertThat(with - without).isAtLeast(8L * 100);
    h.rep.iterator();
    assertThat(h.rep.approximateMemoryUsage()).isEqualTo(with);
    h.put("k999", 1000, "v"); // an existing bucket: only the snapshot goes away
    assertThat(h.rep.approximateMemoryUsage()).isEqualTo(without);
  }

  static List<String> userKeys(HashRepHarness h, List<byte[]> internalKeys) {
    List<String> out = new ArrayList<>();
    for (byte[] k : internalKeys) {
      out.add(HashRepHarness.str(Arrays.copyOf(k, k.length - InternalKeys.TRAILER_SIZE)));
    }
    return out;
  }

  // ---- duplicates, empty rep, memory, factory ------------------------------------------------

  @Spec("REP-HASH-DUP-1")
  @Test
  void equalEntry_isRefused_andChangesNothing() {
    HashRepHarness h = HashRepHarness.bytewise(factory(4), 4, PrefixExtractor.fixed(1));
    for (int i = 0; i < 20; i++) {
      assertThat(h.put("a" + i, 7, "v")).isTrue();
    }
    for (int i = 0; i < 20; i++) {
      assertThat(h.put("a" + i, 7, "other type, same key and seq")).isFalse();
    }
    assertThat(h.add(bytes("a3"), 7, ValueType.DELETION.code(), new byte[0])).isFalse();
    MemTableRep.Cursor c = h.rep.iterator();
    c.seekToFirst();
    assertSameKeys("after refused duplicates", h.modelKeys(), h.drainForward(c));
  }

  @Spec("REP-HASH-TOTAL-1")
  @Test
  void emptyRepresentation_hasNoEntriesInAnyView() {
    HashRepHarness h = HashRepHarness.bytewise(factory(8), 8, PrefixExtractor.fixed(1));
    MemTableRep.Cursor c = h.rep.iterator();
    c.seekToFirst();
    assertThat(c.isValid()).isFalse();
    c.seekToLast();
    assertThat(c.isValid()).isFalse();
    byte[] t = seekKey("a", 1);
    c.seek(t, 0, t.length);
    assertThat(c.isValid()).isFalse();
    c.seekForPrev(t, 0, t.length);
    assertThat(c.isValid()).isFalse();
    MemTableRep.Cursor p = h.rep.prefixIterator();
    p.seek(t, 0, t.length);
    assertThat(p.isValid()).isFalse();
    assertThat(h.getAll(t)).isEmpty();
  }

  @Spec("REP-HASH-MEM-1")
  @Test
  void bucketArray_isChargedToTheArena_atLeastEightBytesPerBucket() {
    for (long buckets : new long[] {1, 1_000, 1_000_000}) {
      HashRepHarness h =
          HashRepHarness.bytewise(factory(buckets), buckets, PrefixExtractor.fixed(2));
      assertThat(h.arena.memoryAllocatedBytes() + h.rep.approximateMemoryUsage())
          .isAtLeast(8 * buckets);
    }
  }

  @Spec({"REP-HASH-FACTORY-1", "REP-FACTORY-1"})
  @Test
  void factory_namesItselfAsRocksDb_andAdvertisesNoConcurrentInsertNorDuplicateDetection() {
    MemTableRepFactory f = factory(10);
    assertThat(f.name()).isEqualTo(expectedFactoryName());
    assertThat(f.isInsertConcurrentlySupported()).isFalse();
    assertThat(f.canHandleDuplicatedKey()).isFalse();
    HashRepHarness h = HashRepHarness.bytewise(f, 10, PrefixExtractor.fixed(1));
    long entry = h.rep.allocate(Entries.encodedLength(1, 0, 0));
    assertThrows(IllegalStateException.class, () -> h.rep.insertConcurrently(entry));
    assertThat(h.rep.approximateNumEntries(seekKey("a", 1), seekKey("z", 1))).isEqualTo(0);
  }

  @Spec("REP-HASH-FACTORY-2")
  @Test
  void factory_rejectsBucketCountsItCannotHonour() {
    for (long bad : new long[] {0, -1, Long.MIN_VALUE, PrefixBuckets.MAX_BUCKET_COUNT + 1}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> factory(bad));
      assertThat(e).hasMessageThat().contains("bucket_count");
      assertThat(e).hasMessageThat().contains(Long.toString(bad));
    }
  }
}
