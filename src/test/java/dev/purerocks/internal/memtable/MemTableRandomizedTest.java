package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.purerocks.internal.memtable.MemTableFixtures.b;
import static dev.purerocks.internal.memtable.MemTableFixtures.s;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.LookupKey;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Random operation logs against a simple model: a TreeMap of internal keys per memtable plus a
 * list of range tombstones. Reads go through a chain of memtables (switched at random points), on
 * both orders, two representations, with and without bloom, protection bytes and in-place
 * updates.
 */
class MemTableRandomizedTest {
  private static final String[] ALPHABET = {
    "", "a", "aa", "ab", "b", "ba", "bb", "c", "ca", "d", "\u00ff", "\u00ff\u00ff", "e\u0000"
  };

  private record Entry(String key, long seq, int type, String value) {}

  private record Tombstone(String begin, String end, long seq) {}

  /** One memtable and its model. */
  private static final class Pair {
    final MemTable mem;
    final TreeMap<byte[], Entry> model;

    Pair(MemTable mem, UserComparator cmp) {
      this.mem = mem;
      Comparator<byte[]> order =
          (x, y) -> InternalKeys.compare(cmp, x, 0, x.length, y, 0, y.length);
      this.model = new TreeMap<>(order);
    }
  }

  @Spec("MT-GET-6")
  @Test
  void randomLogs_matchTheModel() {
    String testId = getClass().getName() + "#randomLogs_matchTheModel";
    SplittableRandom rnd = TestSeed.random(testId);
    for (int round = 0; round < 80; round++) {
      long roundSeed = rnd.nextLong();
      runRound(new SplittableRandom(roundSeed), round, roundSeed);
    }
  }

  private void runRound(SplittableRandom rnd, int round, long roundSeed) {
    UserComparator cmp =
        rnd.nextBoolean() ? BytewiseComparators.BYTEWISE : BytewiseComparators.REVERSE_BYTEWISE;
    boolean inplace = rnd.nextInt(4) == 0;
    MemTableOptions.Builder ob =
        MemTableOptions.builder()
            .userComparator(cmp)
            .repFactory(rnd.nextBoolean() ? SkipListRep.factory(rnd.nextInt(3))
                : SortedCopyRep.factory())
            .protectionBytesPerKey(new int[] {0, 1, 8}[rnd.nextInt(3)])
            .inplaceUpdateSupport(inplace);
    if (rnd.nextBoolean()) {
      ob.prefixExtractor(PrefixExtractor.capped(1))
          .wholeKeyFiltering(rnd.nextBoolean())
          .prefixBloomSizeRatio(0.001)
          .writeBufferSize(1 << 20);
    }
    MemTableOptions options = ob.build();
    String where =
        "tests.seed=" + Long.toHexString(TestSeed.master()) + " round " + round + " (seed "
            + Long.toHexString(roundSeed) + ", " + options + ")";
    List<Pair> chain = new ArrayList<>(); // newest first
    List<Tombstone> tombstones = new ArrayList<>();
    chain.add(new Pair(new MemTable(options, 0), cmp));
    long seq = 0;
    int ops = 50 + rnd.nextInt(300);
    long expectedEntries = 0;
    for (int i = 0; i < ops; i++) {
      Pair cur = chain.get(0);
      seq += 1 + (rnd.nextInt(10) == 0 ? rnd.nextInt(3) : 0);
      String key = ALPHABET[rnd.nextInt(ALPHABET.length)];
      int dice = rnd.nextInt(100);
      if (dice < 40) {
        String value = "v" + seq + "x".repeat(rnd.nextInt(4));
        if (inplace) {
          inplacePut(cur, cmp, tombstones, seq, key, value);
        } else {
          add(cur, cmp, seq, ValueType.VALUE, key, value);
        }
      } else if (dice < 60) {
        add(cur, cmp, seq, ValueType.MERGE, key, "m" + seq);
      } else if (dice < 72) {
        add(cur, cmp, seq, ValueType.DELETION, key, "");
      } else if (dice < 80) {
        add(cur, cmp, seq, ValueType.SINGLE_DELETION, key, "");
      } else if (dice < 90) {
        String other = ALPHABET[rnd.nextInt(ALPHABET.length)];
        String begin = cmp.compare(b(key), b(other)) <= 0 ? key : other;
        String end = begin.equals(key) ? other : key;
        cur.mem.add(seq, ValueType.RANGE_DELETION, b(begin), b(end));
        if (!begin.equals(end)) {
          tombstones.add(new Tombstone(begin, end, seq));
        }
      } else if (dice < 93) {
        cur.mem.markImmutable();
        chain.add(0, new Pair(new MemTable(options, seq), cmp));
      } else {
        checkReads(chain, tombstones, cmp, seq, rnd, where);
      }
    }
    checkReads(chain, tombstones, cmp, seq, rnd, where);
    for (Pair p : chain) {
      checkIteration(p, cmp, rnd, where);
      expectedEntries += p.model.size();
    }
    long actualEntries = chain.stream().mapToLong(p -> p.mem.numEntries()).sum();
    long tombstonesStored = chain.stream().mapToLong(p -> p.mem.numRangeDeletes()).sum();
    assertWithMessage(where).that(tombstonesStored).isEqualTo((long) tombstones.size());
    assertWithMessage(where).that(actualEntries).isEqualTo(expectedEntries + tombstones.size());
  }

  private static void add(
      Pair p, UserComparator cmp, long seq, ValueType type, String key, String value) {
    if (!p.mem.add(seq, type, b(key), b(value))) {
      throw new AssertionError("unexpected duplicate");
    }
    p.model.put(InternalKeys.encode(b(key), seq, type), new Entry(key, seq, type.code(), value));
  }

  /**
   * The model of {@link MemTable#update}: overwrite the newest value if it is long enough and no
   * newer range tombstone covers it (MT-INPLACE-4; a tombstone newer than an entry of the active
   * memtable is in that memtable too).
   */
  private static void inplacePut(
      Pair p, UserComparator cmp, List<Tombstone> tombstones, long seq, String key, String value) {
    byte[] k = b(key);
    MemTable.UpdateOutcome outcome = p.mem.update(seq, k, 0, k.length, b(value), 0, value.length());
    Map.Entry<byte[], Entry> newest =
        p.model.ceilingEntry(InternalKeys.encode(k, 0, k.length, seq, 0x18));
    boolean fits =
        newest != null
            && newest.getValue().key().equals(key)
            && newest.getValue().type() == ValueType.CODE_VALUE
            && newest.getValue().value().length() >= value.length()
            && tombstones.stream().noneMatch(t -> t.seq() > newest.getValue().seq()
                && cmp.compare(b(t.begin()), b(key)) <= 0 && cmp.compare(b(key), b(t.end())) < 0);
    if (fits) {
      Entry e = newest.getValue();
      p.model.put(newest.getKey(), new Entry(key, e.seq(), e.type(), value));
      if (outcome != MemTable.UpdateOutcome.UPDATED_IN_PLACE) {
        throw new AssertionError("expected an in-place update of " + key + " at " + seq);
      }
    } else {
      p.model.put(InternalKeys.encode(k, seq, ValueType.VALUE),
          new Entry(key, seq, ValueType.CODE_VALUE, value));
      if (outcome != MemTable.UpdateOutcome.APPENDED) {
        throw new AssertionError("expected an append of " + key + " at " + seq);
      }
    }
  }

  private static void checkReads(
      List<Pair> chain,
      List<Tombstone> tombstones,
      UserComparator cmp,
      long lastSeq,
      SplittableRandom rnd,
      String where) {
    MemTable[] mems = chain.stream().map(p -> p.mem).toArray(MemTable[]::new);
    for (int i = 0; i < 12; i++) {
      long snap = rnd.nextInt(4) == 0 ? lastSeq : rnd.nextLong(lastSeq + 2);
      String key =
          rnd.nextInt(8) == 0 ? "zz" + rnd.nextInt(3) : ALPHABET[rnd.nextInt(ALPHABET.length)];
      String want = modelRead(chain, tombstones, cmp, key, snap);
      GetContext ctx = new GetContext();
      LookupKey lk = new LookupKey(b(key), snap);
      for (MemTable m : mems) {
        if (m.get(lk, ctx)) {
          break;
        }
      }
      assertWithMessage("%s: get(%s) at %s -> %s", where, key, snap, ctx)
          .that(MemTableFixtures.resolve(ctx))
          .isEqualTo(want);
    }
  }

  /** Newest visible entry wins; a newer covering tombstone deletes; merges stack on a base. */
  private static String modelRead(
      List<Pair> chain, List<Tombstone> tombstones, UserComparator cmp, String key, long snap) {
    long covering = 0;
    for (Tombstone t : tombstones) {
      if (t.seq() <= snap
          && cmp.compare(b(t.begin()), b(key)) <= 0
          && cmp.compare(b(key), b(t.end())) < 0) {
        covering = Math.max(covering, t.seq());
      }
    }
    List<String> operands = new ArrayList<>();
    String base = null;
    outer:
    for (Pair p : chain) {
      for (Entry e : p.model.values()) {
        if (!e.key().equals(key) || e.seq() > snap) {
          continue;
        }
        if (e.seq() < covering) {
          break outer;
        }
        if (e.type() == ValueType.CODE_MERGE) {
          operands.add(0, e.value());
          continue;
        }
        if (e.type() == ValueType.CODE_VALUE) {
          base = e.value();
        }
        break outer;
      }
    }
    if (base == null && operands.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (base != null) {
      parts.add(base);
    }
    parts.addAll(operands);
    return String.join(",", parts);
  }

  private static void checkIteration(
      Pair p, UserComparator cmp, SplittableRandom rnd, String where) {
    List<String> want = new ArrayList<>();
    for (Entry e : p.model.values()) {
      want.add(e.key() + "@" + e.seq() + ":" + e.type() + "=" + e.value());
    }
    MemTableIterator it = p.mem.newIterator(false);
    it.seekToFirst();
    assertWithMessage(where).that(MemTableFixtures.scan(it)).isEqualTo(want);
    List<String> backward = new ArrayList<>();
    for (it.seekToLast(); it.isValid(); it.prev()) {
      backward.add(0, MemTableFixtures.describe(it));
    }
    assertWithMessage(where).that(backward).isEqualTo(want);
    for (int i = 0; i < 20; i++) {
      String key = ALPHABET[rnd.nextInt(ALPHABET.length)] + (rnd.nextBoolean() ? "" : "0");
      long seq = rnd.nextLong(400);
      byte[] target = InternalKeys.encode(b(key), 0, key.length(), seq, 0x18);
      Map.Entry<byte[], Entry> ceiling = p.model.ceilingEntry(target);
      it.seek(target, 0, target.length);
      assertWithMessage("%s seek %s@%s", where, key, seq)
          .that(it.isValid() ? s(it.userKey()) + "@" + it.sequence() : null)
          .isEqualTo(ceiling == null ? null : ceiling.getValue().key() + "@"
              + ceiling.getValue().seq());
      byte[] prevTarget = InternalKeys.encode(b(key), 0, key.length(), seq, 0);
      Map.Entry<byte[], Entry> floor = p.model.floorEntry(prevTarget);
      it.seekForPrev(prevTarget, 0, prevTarget.length);
      assertWithMessage("%s seekForPrev %s@%s", where, key, seq)
          .that(it.isValid() ? s(it.userKey()) + "@" + it.sequence() : null)
          .isEqualTo(floor == null ? null : floor.getValue().key() + "@" + floor.getValue().seq());
    }
  }
}
