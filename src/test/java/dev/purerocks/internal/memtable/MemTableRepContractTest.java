package dev.purerocks.internal.memtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.LookupKey;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memory.Arena;
import dev.purerocks.internal.memtable.MemTableRep.Cursor;
import dev.purerocks.internal.memtable.RepModel.Entry;
import dev.purerocks.internal.util.InfoLog;
import dev.purerocks.testing.TestSeed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract every {@link MemTableRep} keeps, checked against {@link RepModel}. Subclass once per
 * representation (and configuration): implement {@link #factory()}, and override the hooks that
 * differ. Every test runs once per {@link KeyOrder}; after every test, {@link #checkInvariants()}
 * scans the representation in both directions and compares it with the model.
 *
 * <p>Hooks: {@link #prefixExtractor()} (null), {@link #comparator()} (the class parameter),
 * {@link #detectsDuplicates()} (the factory's answer), {@link #prefixIteratorIsTotalOrder()}
 * (true; hash representations answer false and then prefix-mode checks look only at entries with
 * the target's prefix) and {@link #arenaBlockSize()}.
 *
 * <p>When a key generator is given an extractor, it only produces keys inside the extractor's
 * domain: RocksDB's hash representations misfile keys outside it (M30), which is not part of this
 * contract.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(MemTableRepContractTest.KeyOrder.class)
public abstract class MemTableRepContractTest {
  /** The user-key orders every representation is checked with. */
  public enum KeyOrder {
    BYTEWISE(BytewiseComparators.BYTEWISE),
    REVERSE_BYTEWISE(BytewiseComparators.REVERSE_BYTEWISE);

    final UserComparator comparator;

    KeyOrder(UserComparator comparator) {
      this.comparator = comparator;
    }
  }

  private static final byte[] WIDE_ALPHABET = {0x00, 0x01, 0x61, 0x7F, (byte) 0x80, (byte) 0xFE, (byte) 0xFF};
  private static final byte[] NARROW_ALPHABET = {0x00, (byte) 0xFF};
  private static final int MAX_KEY_LENGTH = 6;

  @Parameter KeyOrder keyOrder;

  // ---- hooks ------------------------------------------------------------------------------

  /** The factory of the representation under test. */
  protected abstract MemTableRepFactory factory();

  /** The column family's prefix extractor handed to the factory; null by default. */
  protected PrefixExtractor prefixExtractor() {
    return null;
  }

  /** The user comparator; by default the class parameter (bytewise, then reverse bytewise). */
  protected UserComparator comparator() {
    return keyOrder.comparator;
  }

  /** Whether the representation refuses an entry equal (user key, seq) to one it holds. */
  protected boolean detectsDuplicates() {
    return factory().canHandleDuplicatedKey();
  }

  /**
   * Whether {@link MemTableRep#prefixIterator()} and {@link MemTableRep#get} see every entry in
   * total order. Hash representations return false: their prefix cursor and their get see only
   * the target's bucket, so those checks compare only entries sharing the target's prefix.
   */
  protected boolean prefixIteratorIsTotalOrder() {
    return true;
  }

  /** Regular block size of the arena the representation allocates from. */
  protected int arenaBlockSize() {
    return Arena.MIN_BLOCK_SIZE;
  }

  // ---- per-test state ---------------------------------------------------------------------

  Arena arena;
  KeyComparator keyComparator;
  MemTableRepFactory repFactory;
  MemTableRep rep;
  RepModel model;
  int acceptedInserts;
  SplittableRandom rnd;
  private String testId;

  @BeforeEach
  void createRep(TestInfo info) {
    testId =
        getClass().getName()
            + "#"
            + info.getTestMethod().map(m -> m.getName()).orElse("?")
            + "["
            + keyOrder
            + "]";
    rnd = TestSeed.random(testId);
    arena = new Arena(arenaBlockSize());
    keyComparator = new KeyComparator(arena, comparator());
    repFactory = factory();
    rep = repFactory.create(keyComparator, prefixExtractor(), InfoLog.NONE);
    model = new RepModel(comparator());
    acceptedInserts = 0;
    if (!prefixIteratorIsTotalOrder()) {
      assertTrue(prefixExtractor() != null, "a bucket-limited representation needs an extractor");
    }
  }

  /** Invariants after every test: strict order both ways, count = accepted inserts, = model. */
  @AfterEach
  void checkInvariants() {
    List<Entry> forward = scanForward(rep.iterator());
    assertEquals(acceptedInserts, forward.size(), where("entry count = accepted inserts"));
    assertOrdered(forward, +1, "forward scan");
    List<Entry> backward = scanBackward(rep.iterator());
    assertOrdered(backward, -1, "backward scan");
    List<Entry> reversed = new ArrayList<>(backward);
    java.util.Collections.reverse(reversed);
    assertMatches(model.entries(), forward, "forward scan vs model");
    assertMatches(model.entries(), reversed, "backward scan vs model");
  }

  // ---- tests: empty representation ---------------------------------------------------------

  // @Spec("REP-CONTRACT-6")
  @Test
  void emptyRep_everyPositioningLeavesCursorInvalid() {
    byte[] key = allowedKey(bytes(1, 2));
    byte[] seekKey = RepModel.internalKey(key, 5, ValueType.FOR_SEEK.code());
    byte[] backKey = RepModel.internalKey(key, 5, ValueType.FOR_SEEK_FOR_PREV.code());
    Cursor p = rep.prefixIterator();
    p.seek(seekKey, 0, seekKey.length);
    assertFalse(p.isValid(), where("prefix cursor seek on empty"));
    Cursor c = rep.iterator();
    c.seek(seekKey, 0, seekKey.length);
    assertFalse(c.isValid(), where("seek on empty"));
    c.seekForPrev(backKey, 0, backKey.length);
    assertFalse(c.isValid(), where("seekForPrev on empty"));
    byte[] emptyKey = RepModel.internalKey(new byte[0], 0, 0);
    c.seek(emptyKey, 0, emptyKey.length);
    assertFalse(c.isValid(), where("seek('') on empty"));
    c.seekForPrev(emptyKey, 0, emptyKey.length);
    assertFalse(c.isValid(), where("seekForPrev('') on empty"));
    c.seekToFirst();
    assertFalse(c.isValid(), where("seekToFirst on empty"));
    c.seekToLast();
    assertFalse(c.isValid(), where("seekToLast on empty"));
    assertFalse(rep.iterator().isValid(), where("fresh cursor"));
    byte[] lookup = new LookupKey(key, InternalKeys.MAX_SEQUENCE_NUMBER).buffer();
    rep.get(lookup, 0, lookup.length, e -> fail(where("get visited an entry of an empty rep")));
  }

  // ---- tests: scans and positioning --------------------------------------------------------

  // @Spec("REP-CONTRACT-2")
  @Test
  void fullScan_forwardAndBackward_visitEveryEntryInMemtableOrder() {
    insertRandom(400, WIDE_ALPHABET, 3);
    assertMatches(model.entries(), scanForward(rep.iterator()), "forward");
    List<Entry> backward = scanBackward(rep.iterator());
    java.util.Collections.reverse(backward);
    assertMatches(model.entries(), backward, "backward");
  }

  // @Spec("REP-CONTRACT-2")
  @Test
  void seekToFirstAndSeekToLast_landOnTheSmallestAndLargestEntries() {
    add(bytes(7), 3, ValueType.CODE_VALUE, bytes(1));
    Cursor c = rep.iterator();
    c.seekToFirst();
    assertAt(c, 0, "seekToFirst, one entry");
    c.seekToLast();
    assertAt(c, 0, "seekToLast, one entry");
    c.prev();
    assertAt(c, -1, "prev before the only entry");
    c.seekToLast();
    c.next();
    assertAt(c, -1, "next after the only entry");
    insertRandom(100, WIDE_ALPHABET, 2);
    c = rep.iterator();
    c.seekToFirst();
    assertAt(c, model.first(), "seekToFirst");
    c.seekToLast();
    assertAt(c, model.last(), "seekToLast");
  }

  // @Spec("REP-CONTRACT-2")
  @Test
  void seek_landsOnFirstEntryAtOrAfterTarget() {
    insertRandom(300, WIDE_ALPHABET, 3);
    Cursor c = rep.iterator();
    for (byte[] target : boundaryTargets()) {
      c.seek(target, 0, target.length);
      assertAt(c, model.seek(target), "seek " + describe(target));
    }
  }

  // @Spec("REP-CONTRACT-2")
  @Test
  void seekForPrev_landsOnLastEntryAtOrBeforeTarget() {
    insertRandom(300, WIDE_ALPHABET, 3);
    Cursor c = rep.iterator();
    for (byte[] target : boundaryTargets()) {
      c.seekForPrev(target, 0, target.length);
      assertAt(c, model.seekForPrev(target), "seekForPrev " + describe(target));
    }
  }

  // @Spec("REP-CONTRACT-2")
  @Test
  void seekPastBothEnds_isInvalidOrLandsOnTheNearestEnd() {
    insertRandom(50, WIDE_ALPHABET, 2);
    Entry first = model.get(0);
    Entry last = model.get(model.last());
    byte[] beforeFirst = RepModel.internalKey(first.userKey(), InternalKeys.MAX_SEQUENCE_NUMBER, 0x18);
    byte[] afterLast = RepModel.internalKey(last.userKey(), 0, 0);
    Cursor c = rep.iterator();
    c.seek(beforeFirst, 0, beforeFirst.length);
    assertAt(c, 0, "seek before the first entry");
    c.seekForPrev(beforeFirst, 0, beforeFirst.length);
    assertAt(c, -1, "seekForPrev before the first entry");
    c.seek(afterLast, 0, afterLast.length);
    assertAt(c, -1, "seek after the last entry");
    c.seekForPrev(afterLast, 0, afterLast.length);
    assertAt(c, model.last(), "seekForPrev after the last entry");
  }

  // @Spec("REP-CONTRACT-2")
  @Test
  void randomWalk_everyCursorOperation_matchesModelStepByStep() {
    for (int round = 0; round < 4; round++) {
      insertRandom(60 + rnd.nextInt(100), WIDE_ALPHABET, 3);
      // Two cursors, created after the inserts, walked alternately: they must not interfere.
      Cursor[] cursors = {rep.iterator(), rep.iterator()};
      int[] positions = {-1, -1};
      randomWalk(cursors, positions, 600, false, "round " + round);
    }
  }

  // @Spec("REP-CONTRACT-4")
  @Test
  void prefixIterator_whenTotalOrder_behavesExactlyLikeIterator() {
    assumeTrue(prefixIteratorIsTotalOrder(), "bucket-limited prefix cursor: see the prefix test");
    insertRandom(250, WIDE_ALPHABET, 3);
    Cursor[] cursors = {rep.iterator(), rep.prefixIterator()};
    int[] positions = {-1, -1};
    randomWalk(cursors, positions, 1500, true, "lockstep");
  }

  // @Spec("REP-CONTRACT-4")
  @Test
  void prefixIterator_seek_seesEveryEntryOfTheTargetPrefixInOrder() {
    insertRandom(300, WIDE_ALPHABET, 3);
    for (int i = 0; i < 150; i++) {
      byte[] target = randomTarget(ValueType.FOR_SEEK.code());
      if (!keyAllowed(RepModel.userKey(target))) {
        continue;
      }
      Cursor c = rep.prefixIterator();
      c.seek(target, 0, target.length);
      List<Entry> seen = new ArrayList<>();
      while (c.isValid()) {
        seen.add(RepModel.decode(arena, c.entry()));
        if (seen.size() > model.size()) {
          fail(where("prefix cursor did not end after " + seen.size() + " entries"));
        }
        c.next();
      }
      checkPrefixLimited(seen, model.tail(model.seek(target)), target, false, "prefix seek " + describe(target));
    }
  }

  // ---- tests: get ---------------------------------------------------------------------------

  // @Spec("REP-CONTRACT-7")
  @Test
  void get_visitsEntriesInOrderFromLookupKey_untilVisitorDeclines() {
    insertRandom(300, WIDE_ALPHABET, 4);
    for (int i = 0; i < 300; i++) {
      byte[] target = randomTarget(ValueType.FOR_SEEK.code());
      byte[] userKey = RepModel.userKey(target);
      if (!keyAllowed(userKey)) {
        continue;
      }
      checkGet(userKey, RepModel.seq(target), 1 + rnd.nextInt(6));
    }
  }

  // @Spec("REP-CONTRACT-7")
  @Test
  void get_skipsVersionsNewerThanSnapshot_andStopsAtOnceWhenVisitorDeclines() {
    byte[] k = allowedKey(bytes(0x61, 0x62));
    for (long seq : new long[] {5, 10, 20}) {
      add(k, seq, ValueType.CODE_VALUE, bytes((int) seq));
    }
    add(allowedKey(bytes(0x61, 0x63)), 1, ValueType.CODE_VALUE, bytes(1));
    checkGet(k, 15, 1); // lands on seq 10 and stops
    checkGet(k, 20, 2);
    checkGet(k, 4, 100);
    checkGet(k, InternalKeys.MAX_SEQUENCE_NUMBER, 100);
    List<Long> seqs = new ArrayList<>();
    byte[] lookup = new LookupKey(k, 15).buffer();
    rep.get(lookup, 0, lookup.length, e -> {
      seqs.add(Entries.sequence(arena, e));
      return false;
    });
    assertEquals(List.of(10L), seqs, where("get at snapshot 15 visits seq 10 only"));
  }

  // ---- tests: duplicates and versions -------------------------------------------------------

  // @Spec("REP-CONTRACT-3")
  @Test
  void duplicateEntry_sameUserKeyAndSeq_isRefusedIffRepDetectsDuplicates() {
    byte[] k = allowedKey(bytes(0x10, 0x20, 0x30));
    assertTrue(add(k, 42, ValueType.CODE_VALUE, bytes(1)), where("first insert"));
    boolean second = add(k, 42, ValueType.CODE_VALUE, bytes(1));
    assertEquals(!detectsDuplicates(), second, where("identical duplicate accepted?"));
    // The type is not part of the order (M5): a different type with the same seq is a duplicate.
    boolean third = add(k, 42, ValueType.CODE_DELETION, bytes());
    assertEquals(!detectsDuplicates(), third, where("same key+seq, other type, accepted?"));
    assertTrue(add(k, 43, ValueType.CODE_VALUE, bytes(2)), where("same key, other seq"));
    assertTrue(add(k, 41, ValueType.CODE_VALUE, bytes(3)), where("same key, other seq"));
    byte[] longer = Arrays.copyOf(k, k.length + 1);
    assertTrue(add(longer, 42, ValueType.CODE_VALUE, bytes(4)), where("other key, same seq"));
  }

  // @Spec("REP-CONTRACT-3")
  @Test
  void duplicateEntry_viaInsertConcurrently_isRefusedIffRepDetectsDuplicates() {
    assumeTrue(factory().isInsertConcurrentlySupported(), "no concurrent insert");
    byte[] k = allowedKey(bytes(0x33));
    assertTrue(addConcurrently(k, 7, ValueType.CODE_MERGE, bytes(1)), where("first insert"));
    assertEquals(!detectsDuplicates(), addConcurrently(k, 7, ValueType.CODE_VALUE, bytes(2)), where("duplicate"));
    assertTrue(addConcurrently(k, 8, ValueType.CODE_VALUE, bytes(3)), where("newer version"));
    rep.batchPostProcess();
  }

  // @Spec("REP-CONTRACT-2")
  @Test
  void manyVersionsOfOneKey_orderBySequenceDescending() {
    byte[] k = allowedKey(bytes(0x61));
    List<Long> seqs = new ArrayList<>(List.of(0L, 1L, InternalKeys.MAX_SEQUENCE_NUMBER, 1L << 55));
    while (seqs.size() < 300) {
      long s = rnd.nextLong(1, 1L << 40);
      if (!seqs.contains(s)) {
        seqs.add(s);
      }
    }
    for (int i = seqs.size() - 1; i > 0; i--) {
      java.util.Collections.swap(seqs, i, rnd.nextInt(i + 1)); // insert in random order
    }
    add(allowedKey(bytes(0x60)), 5, ValueType.CODE_VALUE, bytes());
    add(allowedKey(bytes(0x62)), 5, ValueType.CODE_VALUE, bytes());
    for (long s : seqs) {
      add(k, s, rnd.nextBoolean() ? ValueType.CODE_VALUE : ValueType.CODE_MERGE, longBytes(s));
    }
    Cursor c = rep.iterator();
    for (int i = 0; i < 200; i++) {
      long snapshot = rnd.nextInt(4) == 0 ? seqs.get(rnd.nextInt(seqs.size())) : rnd.nextLong(0, 1L << 41);
      byte[] target = RepModel.internalKey(k, snapshot, ValueType.FOR_SEEK.code());
      c.seek(target, 0, target.length);
      assertAt(c, model.seek(target), "seek at snapshot " + snapshot);
      byte[] back = RepModel.internalKey(k, snapshot, ValueType.FOR_SEEK_FOR_PREV.code());
      c.seekForPrev(back, 0, back.length);
      assertAt(c, model.seekForPrev(back), "seekForPrev at snapshot " + snapshot);
      checkGet(k, snapshot, 3);
    }
  }

  // ---- tests: unusual keys and values -------------------------------------------------------

  // @Spec("REP-CONTRACT-2")
  @Test
  void emptyUserKey_sortsAndSeeksLikeAnyOtherKey() {
    byte[] empty = new byte[0];
    assumeTrue(keyAllowed(empty), "the extractor's domain excludes the empty key");
    add(empty, 3, ValueType.CODE_VALUE, bytes());
    add(empty, 9, ValueType.CODE_DELETION, bytes());
    add(allowedKey(bytes(0x00)), 4, ValueType.CODE_VALUE, bytes(1));
    add(allowedKey(bytes(0xFF)), 4, ValueType.CODE_VALUE, bytes(2));
    Cursor c = rep.iterator();
    c.seekToFirst();
    // Bytewise: the empty key is the smallest; reverse bytewise: the largest.
    assertAt(c, model.first(), "seekToFirst");
    for (long snapshot : new long[] {0, 3, 5, 9, InternalKeys.MAX_SEQUENCE_NUMBER}) {
      byte[] target = RepModel.internalKey(empty, snapshot, ValueType.FOR_SEEK.code());
      c.seek(target, 0, target.length);
      assertAt(c, model.seek(target), "seek('', " + snapshot + ")");
      c.seekForPrev(target, 0, target.length);
      assertAt(c, model.seekForPrev(target), "seekForPrev('', " + snapshot + ")");
      checkGet(empty, snapshot, 5);
    }
  }

  // @Spec("REP-CONTRACT-2")
  @Test
  void keysOfZeroAndFfBytesWithSharedPrefixes_orderByComparator() {
    // Two symbols and lengths 0..6: nearly every key is a prefix of several others.
    insertRandom(300, NARROW_ALPHABET, 2);
    Cursor[] cursors = {rep.iterator(), rep.iterator()};
    randomWalk(cursors, new int[] {-1, -1}, 800, false, "narrow alphabet");
  }

  // @Spec("REP-CONTRACT-1")
  @Test
  void largeValues_biggerThanAnArenaBlock_roundTripIntact() {
    int block = arenaBlockSize();
    int[] sizes = {block / 4, block / 4 + 1, block - 1, block, block + 1, 3 << 20, 5 << 20, 0, 1};
    for (int i = 0; i < sizes.length; i++) {
      byte[] value = new byte[sizes[i]];
      rnd.nextBytes(value);
      add(allowedKey(bytes(0x40 + i, 0x55)), 100 + i, ValueType.CODE_VALUE, value);
      add(allowedKey(bytes(0x40 + i)), 10, ValueType.CODE_VALUE, bytes(i));
    }
    // Contents are compared byte for byte by the invariant check; here also through get().
    for (int i = 0; i < sizes.length; i++) {
      checkGet(allowedKey(bytes(0x40 + i, 0x55)), InternalKeys.MAX_SEQUENCE_NUMBER, 1);
    }
  }

  // ---- tests: lifecycle ---------------------------------------------------------------------

  // @Spec("REP-CONTRACT-5")
  @Test
  void markReadOnly_thenEveryReadMatchesModel() {
    insertRandom(300, WIDE_ALPHABET, 3);
    rep.markReadOnly();
    Cursor[] cursors = {rep.iterator(), rep.iterator()};
    randomWalk(cursors, new int[] {-1, -1}, 800, false, "read-only");
    for (int i = 0; i < 100; i++) {
      byte[] target = randomTarget(ValueType.FOR_SEEK.code());
      if (keyAllowed(RepModel.userKey(target))) {
        checkGet(RepModel.userKey(target), RepModel.seq(target), 1 + rnd.nextInt(4));
      }
    }
  }

  // @Spec("REP-CONTRACT-2")
  @Test
  void cursorsCreatedAfterFurtherInserts_seeTheNewEntries() {
    for (int round = 0; round < 6; round++) {
      insertRandom(40, WIDE_ALPHABET, 2);
      assertMatches(model.entries(), scanForward(rep.iterator()), "round " + round);
      Cursor c = rep.iterator();
      c.seekToLast();
      assertAt(c, model.last(), "seekToLast, round " + round);
    }
  }

  // ---- tests: estimates ---------------------------------------------------------------------

  // @Spec("REP-CONTRACT-8")
  @Test
  void approximateNumEntries_whenEstimated_isZeroForEmptyRangesAndBoundedOtherwise() {
    byte[] lo = RepModel.internalKey(new byte[0], InternalKeys.MAX_SEQUENCE_NUMBER, 0x18);
    byte[] hi = RepModel.internalKey(filled(MAX_KEY_LENGTH + 2, 0xFF), 0, 0);
    assertEquals(0, rep.approximateNumEntries(lo, hi), where("empty rep, whole range"));
    assertEquals(0, rep.approximateNumEntries(hi, lo), where("empty rep, inverted range"));
    insertRandom(1500, WIDE_ALPHABET, 3);
    byte[] beforeFirst = RepModel.internalKey(model.get(0).userKey(), InternalKeys.MAX_SEQUENCE_NUMBER, 0x18);
    byte[] afterLast = RepModel.internalKey(model.get(model.last()).userKey(), 0, 0);
    long whole = rep.approximateNumEntries(beforeFirst, afterLast);
    boolean estimates = whole != 0;
    int n0 = model.size();
    assertTrue(!estimates || (whole >= (n0 + 7) / 8 && whole <= 8L * n0), where("whole-range estimate " + whole + " for " + n0));
    for (int i = 0; i < 300; i++) {
      byte[] start = randomTarget(0x18);
      byte[] end = i == 0 ? afterLast : randomTarget(0x18);
      long estimate = rep.approximateNumEntries(start, end);
      int n = model.countInRange(start, end);
      String what = "estimate " + estimate + " for " + n + " entries in [" + describe(start) + ", " + describe(end) + ")";
      if (!estimates || n == 0) {
        assertEquals(0, estimate, where(what));
      } else {
        // RocksDB's estimate (count on the lowest level with enough samples, scaled) is not
        // monotonic in the range; its spread is ~20 %, so a factor of 8 never fails in practice.
        assertTrue(estimate >= (n + 7) / 8 && estimate <= 8L * n, where(what));
      }
    }
  }

  // ---- walking ------------------------------------------------------------------------------

  /**
   * Applies {@code steps} random operations, each to one of the cursors (chosen at random), and
   * checks it against its model position after each step; with {@code lockstep}, every operation
   * is applied to every cursor (which must then all agree with the model).
   */
  private void randomWalk(Cursor[] cursors, int[] positions, int steps, boolean lockstep, String phase) {
    List<String> history = new ArrayList<>();
    for (int step = 0; step < steps; step++) {
      int op = rnd.nextInt(10);
      byte[] target = randomTarget(op < 3 ? ValueType.FOR_SEEK.code() : ValueType.FOR_SEEK_FOR_PREV.code());
      int which = rnd.nextInt(cursors.length);
      for (int i = 0; i < cursors.length; i++) {
        if (!lockstep && i != which) {
          continue;
        }
        Cursor c = cursors[i];
        int p = positions[i];
        String name;
        switch (op) {
          case 0, 1, 2 -> {
            name = "seek " + describe(target);
            c.seek(target, 0, target.length);
            p = model.seek(target);
          }
          case 3, 4 -> {
            name = "seekForPrev " + describe(target);
            c.seekForPrev(target, 0, target.length);
            p = model.seekForPrev(target);
          }
          case 5, 6 -> {
            name = "next";
            if (p < 0) {
              continue; // Requires: valid
            }
            c.next();
            p = model.next(p);
          }
          case 7, 8 -> {
            name = "prev";
            if (p < 0) {
              continue;
            }
            c.prev();
            p = model.prev(p);
          }
          default -> {
            if (rnd.nextBoolean()) {
              name = "seekToFirst";
              c.seekToFirst();
              p = model.first();
            } else {
              name = "seekToLast";
              c.seekToLast();
              p = model.last();
            }
          }
        }
        positions[i] = p;
        history.add("cursor " + i + ": " + name);
        if (history.size() > 8) {
          history.remove(0);
        }
        assertAt(c, p, phase + ", step " + step + ", last ops " + history);
      }
    }
  }

  private List<Entry> scanForward(Cursor c) {
    List<Entry> out = new ArrayList<>();
    for (c.seekToFirst(); c.isValid(); c.next()) {
      out.add(RepModel.decode(arena, c.entry()));
      if (out.size() > acceptedInserts + 1) {
        fail(where("forward scan did not end after " + out.size() + " entries"));
      }
    }
    return out;
  }

  private List<Entry> scanBackward(Cursor c) {
    List<Entry> out = new ArrayList<>();
    for (c.seekToLast(); c.isValid(); c.prev()) {
      out.add(RepModel.decode(arena, c.entry()));
      if (out.size() > acceptedInserts + 1) {
        fail(where("backward scan did not end after " + out.size() + " entries"));
      }
    }
    return out;
  }

  // ---- checks -------------------------------------------------------------------------------

  /** The cursor is at model index {@code expected}, or invalid when it is -1. */
  void assertAt(Cursor c, int expected, String what) {
    if (expected < 0) {
      if (c.isValid()) {
        fail(where(what + ": expected invalid, at " + RepModel.decode(arena, c.entry())));
      }
      return;
    }
    if (!c.isValid()) {
      fail(where(what + ": expected " + model.get(expected) + ", cursor invalid"));
    }
    Entry actual = RepModel.decode(arena, c.entry());
    if (!RepModel.same(model.get(expected), actual)) {
      fail(where(what + ": expected " + model.get(expected) + ", at " + actual));
    }
  }

  /** Consecutive entries strictly ordered in {@code direction}; equal ones only if duplicates kept. */
  private void assertOrdered(List<Entry> entries, int direction, String what) {
    for (int i = 1; i < entries.size(); i++) {
      int c = model.order().compare(entries.get(i - 1), entries.get(i)) * direction;
      if (c > 0 || (c == 0 && detectsDuplicates())) {
        fail(where(what + ": out of order at " + i + ": " + entries.get(i - 1) + " then " + entries.get(i)));
      }
    }
  }

  /** Same entries in the same order; runs of equal (duplicate) entries compare as sets. */
  private void assertMatches(List<Entry> expected, List<Entry> actual, String what) {
    int n = Math.min(expected.size(), actual.size());
    int i = 0;
    while (i < n) {
      int j = i + 1;
      while (j < n && model.order().compare(expected.get(i), expected.get(j)) == 0) {
        j++;
      }
      List<Entry> e = sortedByAddress(expected.subList(i, j));
      List<Entry> a = sortedByAddress(actual.subList(i, j));
      for (int k = 0; k < e.size(); k++) {
        if (!RepModel.same(e.get(k), a.get(k))) {
          fail(where(what + ": at " + (i + k) + " expected " + e.get(k) + " but was " + a.get(k)));
        }
      }
      i = j;
    }
    assertEquals(expected.size(), actual.size(), where(what + ": number of entries"));
  }

  private static List<Entry> sortedByAddress(List<Entry> run) {
    List<Entry> copy = new ArrayList<>(run);
    copy.sort((x, y) -> Long.compare(x.address(), y.address()));
    return copy;
  }

  /** Runs get() with a visitor that declines after {@code stopAfter} entries and checks it. */
  void checkGet(byte[] userKey, long snapshot, int stopAfter) {
    LookupKey lookup = new LookupKey(userKey, snapshot);
    List<Entry> visited = new ArrayList<>();
    rep.get(
        lookup.buffer(),
        0,
        lookup.internalKeyLength(),
        e -> {
          visited.add(RepModel.decode(arena, e));
          return visited.size() < stopAfter;
        });
    String what = "get(" + describe(lookup.buffer()) + ", stop after " + stopAfter + ")";
    assertTrue(visited.size() <= stopAfter, where(what + ": visited after the visitor declined: " + visited));
    List<Entry> all = model.tail(model.seek(lookup.buffer()));
    if (prefixIteratorIsTotalOrder()) {
      assertMatches(all.subList(0, Math.min(stopAfter, all.size())), visited, what);
    } else {
      checkPrefixLimited(visited, all, lookup.buffer(), visited.size() == stopAfter, what);
    }
  }

  /**
   * Checks what a bucket-limited read saw from {@code target} on: a subsequence of the model's
   * entries at and after the target, which includes every one of them sharing the target's prefix
   * (all of them, or the leading ones if the read was cut short). For a total-order
   * representation it must be exactly the model's entries.
   */
  private void checkPrefixLimited(List<Entry> seen, List<Entry> all, byte[] target, boolean truncated, String what) {
    if (prefixIteratorIsTotalOrder()) {
      assertMatches(truncated ? all.subList(0, Math.min(seen.size(), all.size())) : all, seen, what);
      return;
    }
    int j = 0;
    for (Entry e : seen) {
      while (j < all.size() && !RepModel.same(all.get(j), e)) {
        j++;
      }
      if (j == all.size()) {
        fail(where(what + ": " + e + " is not an entry at/after the target, or out of order; saw " + seen));
      }
      j++;
    }
    byte[] prefix = RepModel.prefix(prefixExtractor(), RepModel.userKey(target));
    List<Entry> expected = withPrefix(all, prefix);
    List<Entry> actual = withPrefix(seen, prefix);
    if (truncated && actual.size() < expected.size()) {
      expected = expected.subList(0, actual.size());
    }
    assertMatches(expected, actual, what + " (entries with prefix " + RepModel.hex(prefix) + ")");
  }

  private List<Entry> withPrefix(List<Entry> entries, byte[] prefix) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      if (Arrays.equals(prefix, RepModel.prefix(prefixExtractor(), e.userKey()))) {
        out.add(e);
      }
    }
    return out;
  }

  // ---- inserting ----------------------------------------------------------------------------

  /** Allocates, encodes and inserts one entry; records it in the model if accepted. */
  boolean add(byte[] userKey, long seq, int type, byte[] value) {
    long address = encode(userKey, seq, type, value);
    boolean accepted = rep.insert(address);
    record(accepted, userKey, seq, type, value, address);
    return accepted;
  }

  boolean addConcurrently(byte[] userKey, long seq, int type, byte[] value) {
    long address = encode(userKey, seq, type, value);
    boolean accepted = rep.insertConcurrently(address);
    record(accepted, userKey, seq, type, value, address);
    return accepted;
  }

  private long encode(byte[] userKey, long seq, int type, byte[] value) {
    long address = rep.allocate(Entries.encodedLength(userKey.length, value.length, 0));
    Entries.encode(arena, address, userKey, 0, userKey.length, InternalKeys.packTrailer(seq, type), value, 0, value.length);
    return address;
  }

  private void record(boolean accepted, byte[] userKey, long seq, int type, byte[] value, long address) {
    if (accepted) {
      model.add(new Entry(userKey.clone(), seq, type, value.clone(), address));
      acceptedInserts++;
    }
  }

  /**
   * Inserts {@code count} entries with random keys over {@code alphabet}, each key getting up to
   * {@code maxVersions} versions, with sequence numbers never used before for that key.
   */
  void insertRandom(int count, byte[] alphabet, int maxVersions) {
    int inserted = 0;
    while (inserted < count) {
      byte[] key = randomKey(alphabet);
      int versions = 1 + rnd.nextInt(maxVersions);
      for (int v = 0; v < versions && inserted < count; v++) {
        long seq = rnd.nextLong(1, 1L << 20);
        if (model.contains(key, seq)) {
          continue;
        }
        int type = switch (rnd.nextInt(4)) {
          case 0 -> ValueType.CODE_DELETION;
          case 1 -> ValueType.CODE_MERGE;
          default -> ValueType.CODE_VALUE;
        };
        byte[] value = new byte[rnd.nextInt(type == ValueType.CODE_DELETION ? 1 : 40)];
        rnd.nextBytes(value);
        assertTrue(add(key, seq, type, value), where("insert of a new key+seq refused"));
        inserted++;
      }
    }
  }

  byte[] randomKey(byte[] alphabet) {
    byte[] key = new byte[rnd.nextInt(MAX_KEY_LENGTH + 1)];
    for (int i = 0; i < key.length; i++) {
      key[i] = alphabet[rnd.nextInt(alphabet.length)];
    }
    return allowedKey(key);
  }

  /** The key itself, or the key extended with 'a' bytes until the extractor's domain holds it. */
  byte[] allowedKey(byte[] key) {
    while (!keyAllowed(key)) {
      if (key.length > 64) {
        throw new IllegalStateException("extractor domain needs keys longer than 64 bytes");
      }
      key = Arrays.copyOf(key, key.length + 1);
      key[key.length - 1] = 0x61;
    }
    return key;
  }

  boolean keyAllowed(byte[] key) {
    PrefixExtractor extractor = prefixExtractor();
    return extractor == null || extractor.inDomain(key, 0, key.length);
  }

  /** A target internal key: existing, near existing, fresh, or beyond either end. */
  byte[] randomTarget(int type) {
    int kind = rnd.nextInt(10);
    if (model.size() == 0 || kind >= 8) {
      byte[] key = kind == 9 ? filled(rnd.nextInt(2) * (MAX_KEY_LENGTH + 2), 0xFF) : randomKey(WIDE_ALPHABET);
      return RepModel.internalKey(key, rnd.nextLong(0, 1L << 21), type);
    }
    Entry e = model.get(rnd.nextInt(model.size()));
    long seq = switch (kind) {
      case 0, 1, 2 -> e.seq();
      case 3 -> Math.max(0, e.seq() - 1);
      case 4 -> Math.min(InternalKeys.MAX_SEQUENCE_NUMBER, e.seq() + 1);
      case 5 -> InternalKeys.MAX_SEQUENCE_NUMBER;
      case 6 -> 0;
      default -> rnd.nextLong(0, 1L << 21);
    };
    return RepModel.internalKey(e.userKey(), seq, type);
  }

  /** Targets at, around and beyond every kind of position. */
  private List<byte[]> boundaryTargets() {
    List<byte[]> targets = new ArrayList<>();
    for (Entry e : model.entries()) {
      targets.add(RepModel.internalKey(e.userKey(), e.seq(), 0x18));
      targets.add(RepModel.internalKey(e.userKey(), e.seq(), 0));
      targets.add(RepModel.internalKey(e.userKey(), Math.min(InternalKeys.MAX_SEQUENCE_NUMBER, e.seq() + 1), 0x18));
      targets.add(RepModel.internalKey(e.userKey(), Math.max(0, e.seq() - 1), 0));
    }
    for (int i = 0; i < 200; i++) {
      targets.add(RepModel.internalKey(randomKey(WIDE_ALPHABET), rnd.nextLong(0, 1L << 21), 0x18));
    }
    for (byte[] key : List.of(new byte[0], filled(MAX_KEY_LENGTH + 2, 0xFF), filled(MAX_KEY_LENGTH + 2, 0))) {
      for (long seq : new long[] {0, 1, InternalKeys.MAX_SEQUENCE_NUMBER}) {
        targets.add(RepModel.internalKey(key, seq, 0x18));
      }
    }
    targets.add(RepModel.internalKey(model.get(0).userKey(), InternalKeys.MAX_SEQUENCE_NUMBER, 0x18));
    targets.add(RepModel.internalKey(model.get(model.last()).userKey(), 0, 0));
    return targets;
  }

  // ---- helpers --------------------------------------------------------------------------------

  static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  static byte[] filled(int length, int value) {
    byte[] b = new byte[length];
    Arrays.fill(b, (byte) value);
    return b;
  }

  private static byte[] longBytes(long v) {
    byte[] b = new byte[8];
    dev.purerocks.internal.util.Coding.putFixed64(b, 0, v);
    return b;
  }

  private static String describe(byte[] internalKey) {
    return "'" + RepModel.hex(RepModel.userKey(internalKey)) + "'@" + RepModel.seq(internalKey);
  }

  /** A failure message with the seed and the test id, to reproduce the run. */
  String where(String what) {
    return what
        + " [rep "
        + repFactory
        + ", "
        + testId
        + "; reproduce with -Dtests.seed="
        + Long.toHexString(TestSeed.master())
        + "]";
  }
}
