package dev.purerocks.internal.memtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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

/**
 * State and machinery of {@link MemTableRepContractTest}, kept apart so that the contract file
 * reads as its list of tests: the representation under test and its {@link RepModel}, inserting,
 * key and target generators, cursor walks, and the checks that compare a representation with the
 * model (all failure messages carry the seed and the test id).
 */
abstract class RepContractSupport {
  static final byte[] WIDE_ALPHABET = {0x00, 0x01, 0x61, 0x7F, (byte) 0x80, (byte) 0xFE, (byte) 0xFF};
  static final byte[] NARROW_ALPHABET = {0x00, (byte) 0xFF};
  static final int MAX_KEY_LENGTH = 6;

  // ---- hooks, with their defaults in MemTableRepContractTest --------------------------------

  protected abstract MemTableRepFactory factory();

  protected abstract PrefixExtractor prefixExtractor();

  protected abstract UserComparator comparator();

  protected abstract boolean detectsDuplicates();

  protected abstract boolean prefixIteratorIsTotalOrder();

  protected abstract int arenaBlockSize();

  // ---- per-test state ---------------------------------------------------------------------

  Arena arena;
  KeyComparator keyComparator;
  MemTableRepFactory repFactory;
  MemTableRep rep;
  RepModel model;
  int acceptedInserts;
  SplittableRandom rnd;
  private String testId;

  /** A fresh, empty representation and model for the test {@code id}. */
  void initState(String id) {
    testId = id;
    rnd = TestSeed.random(testId);
    arena = new Arena(arenaBlockSize());
    keyComparator = new KeyComparator(arena, comparator());
    repFactory = factory();
    rep = repFactory.create(keyComparator, prefixExtractor(), InfoLog.NONE);
    model = new RepModel(comparator());
    acceptedInserts = 0;
  }

  // ---- walking ------------------------------------------------------------------------------

  /**
   * Applies {@code steps} random operations, each to one of the cursors (chosen at random), and
   * checks it against its model position after each step; with {@code lockstep}, every operation
   * is applied to every cursor (which must then all agree with the model).
   */
  void randomWalk(Cursor[] cursors, int[] positions, int steps, boolean lockstep, String phase) {
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

  List<Entry> scanForward(Cursor c) {
    List<Entry> out = new ArrayList<>();
    for (c.seekToFirst(); c.isValid(); c.next()) {
      out.add(RepModel.decode(arena, c.entry()));
      if (out.size() > acceptedInserts + 1) {
        fail(where("forward scan did not end after " + out.size() + " entries"));
      }
    }
    return out;
  }

  List<Entry> scanBackward(Cursor c) {
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
  void assertOrdered(List<Entry> entries, int direction, String what) {
    for (int i = 1; i < entries.size(); i++) {
      int c = model.order().compare(entries.get(i - 1), entries.get(i)) * direction;
      if (c > 0 || (c == 0 && detectsDuplicates())) {
        fail(where(what + ": out of order at " + i + ": " + entries.get(i - 1) + " then " + entries.get(i)));
      }
    }
  }

  /** Same entries in the same order; runs of equal (duplicate) entries compare as sets. */
  void assertMatches(List<Entry> expected, List<Entry> actual, String what) {
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
  void checkPrefixLimited(List<Entry> seen, List<Entry> all, byte[] target, boolean truncated, String what) {
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
  List<byte[]> boundaryTargets() {
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

  static byte[] longBytes(long v) {
    byte[] b = new byte[8];
    dev.purerocks.internal.util.Coding.putFixed64(b, 0, v);
    return b;
  }

  static String describe(byte[] internalKey) {
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
