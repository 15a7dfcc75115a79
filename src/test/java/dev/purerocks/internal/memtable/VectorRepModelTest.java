package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.InternalKeys;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memtable.RepTestSupport.Fixture;
import dev.purerocks.internal.memtable.RepTestSupport.ModelKey;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link VectorRep} against a sorted model ({@code TreeSet} in internal-key order, then insertion
 * order for equal entries), under random mixes of inserts, gets, cursor creation and cursor walks:
 * the mutable case that RocksDB answers by copying and sorting the vector every time.
 */
class VectorRepModelTest {
  private static final int[] TYPES = {
    ValueType.CODE_VALUE, ValueType.CODE_DELETION, ValueType.CODE_MERGE, ValueType.CODE_SINGLE_DELETION
  };
  /** Few symbols, short keys: many shared prefixes, equal user keys and equal (key, seq) pairs. */
  private static final byte[] ALPHABET = {0x00, 'a', 'b', (byte) 0xff};

  static Stream<Arguments> comparators() {
    return Stream.of(
        Arguments.of("bytewise", BytewiseComparators.BYTEWISE),
        Arguments.of("reverse-bytewise", BytewiseComparators.REVERSE_BYTEWISE));
  }

  /** A random test's state: the representation, the model and the generator. */
  private static final class Run {
    final Fixture f;
    final VectorRep rep;
    final TreeSet<ModelKey> model;
    final SplittableRandom rnd;
    final String seed;

    Run(String testId, UserComparator uc) {
      this.f = new Fixture(VectorRep.factory(0), uc);
      this.rep = (VectorRep) f.rep;
      this.model = new TreeSet<>(f.modelOrder());
      this.rnd = TestSeed.random(testId);
      this.seed = "seed " + Long.toHexString(TestSeed.master()) + " test " + testId;
    }

    byte[] randomUserKey() {
      byte[] k = new byte[rnd.nextInt(5)];
      for (int i = 0; i < k.length; i++) {
        k[i] = ALPHABET[rnd.nextInt(ALPHABET.length)];
      }
      return k;
    }

    byte[] randomTarget() {
      return RepTestSupport.ikey(randomUserKey(), rnd.nextInt(60), ValueType.FOR_SEEK.code());
    }

    void insertRandom() {
      byte[] value = new byte[rnd.nextInt(12)];
      rnd.nextBytes(value);
      model.add(f.put(randomUserKey(), 1 + rnd.nextInt(50), TYPES[rnd.nextInt(TYPES.length)], value));
    }

    void checkGet(String step) {
      byte[] target = randomTarget();
      int limit = 1 + rnd.nextInt(6);
      List<Long> seen = new ArrayList<>();
      rep.get(target, 0, target.length, e -> {
        seen.add(e);
        return seen.size() < limit;
      });
      List<Long> expected = new ArrayList<>();
      for (ModelKey m : model.tailSet(ModelKey.lowest(target), true)) {
        if (expected.size() == limit) {
          break;
        }
        expected.add(m.addr);
      }
      assertWithMessage("%s, %s: get(%s) limit %s", seed, step, RepTestSupport.printable(target), limit)
          .that(seen).containsExactlyElementsIn(expected).inOrder();
    }

    void checkScans(String step) {
      List<Long> expected = new ArrayList<>();
      for (ModelKey m : model) {
        expected.add(m.addr);
      }
      assertWithMessage("%s, %s: forward scan", seed, step)
          .that(f.scanForward(rep.iterator())).containsExactlyElementsIn(expected).inOrder();
      List<Long> backward = new ArrayList<>(expected);
      java.util.Collections.reverse(backward);
      assertWithMessage("%s, %s: backward scan", seed, step)
          .that(f.scanBackward(rep.iterator())).containsExactlyElementsIn(backward).inOrder();
    }

    /** Walks a fresh cursor and a frozen copy of the model side by side. */
    void walkCursor(String step, int moves) {
      MemTableRep.Cursor c = rep.iterator();
      TreeSet<ModelKey> snap = new TreeSet<>(model);
      walk(step, c, snap, moves);
    }

    void walk(String step, MemTableRep.Cursor c, TreeSet<ModelKey> snap, int moves) {
      ModelKey cur = null;
      StringBuilder trail = new StringBuilder();
      for (int i = 0; i < moves; i++) {
        int op = rnd.nextInt(cur == null ? 4 : 8);
        switch (op) {
          case 0: {
            byte[] t = randomTarget();
            c.seek(t, 0, t.length);
            cur = snap.ceiling(ModelKey.lowest(t));
            trail.append(" seek(").append(RepTestSupport.printable(t)).append(')');
            break;
          }
          case 1: {
            byte[] t = randomTarget();
            c.seekForPrev(t, 0, t.length);
            cur = snap.floor(ModelKey.highest(t));
            trail.append(" seekForPrev(").append(RepTestSupport.printable(t)).append(')');
            break;
          }
          case 2:
            c.seekToFirst();
            cur = snap.isEmpty() ? null : snap.first();
            trail.append(" seekToFirst");
            break;
          case 3:
            c.seekToLast();
            cur = snap.isEmpty() ? null : snap.last();
            trail.append(" seekToLast");
            break;
          case 4:
          case 5:
            c.next();
            cur = snap.higher(cur);
            trail.append(" next");
            break;
          default:
            c.prev();
            cur = snap.lower(cur);
            trail.append(" prev");
            break;
        }
        assertWithMessage("%s, %s: valid after%s", seed, step, trail)
            .that(c.isValid()).isEqualTo(cur != null);
        if (cur != null) {
          assertWithMessage("%s, %s: entry after%s (expected %s)", seed, step, trail, cur)
              .that(c.entry()).isEqualTo(cur.addr);
        }
      }
    }

    void checkRunInvariant(String step) {
      long n = model.size();
      int maxRuns = n == 0 ? 0 : 64 - Long.numberOfLeadingZeros(n);
      assertWithMessage("%s, %s: runs for %s entries", seed, step, n)
          .that(rep.runCount()).isAtMost(maxRuns);
      assertWithMessage("%s, %s: memory", seed, step)
          .that(rep.approximateMemoryUsage()).isEqualTo(8 * n);
    }
  }

  @Spec({"REP-VECTOR-2", "REP-VECTOR-3", "REP-VECTOR-9", "REP-CONTRACT-2"})
  @ParameterizedTest(name = "{0}")
  @MethodSource("comparators")
  void interleavedInsertsGetsAndCursors_matchSortedModel(String name, UserComparator uc) {
    Run r = new Run("VectorRepModelTest.interleaved." + name, uc);
    for (int step = 0; step < 6000; step++) {
      int op = r.rnd.nextInt(100);
      String where = "step " + step;
      if (op < 65) {
        r.insertRandom();
      } else if (op < 82) {
        r.checkGet(where);
      } else if (op < 96) {
        r.walkCursor(where, 1 + r.rnd.nextInt(30));
      } else {
        r.checkScans(where);
      }
      r.checkRunInvariant(where);
    }
    r.checkScans("end");
  }

  @Spec("REP-VECTOR-2")
  @ParameterizedTest(name = "{0}")
  @MethodSource("comparators")
  void burstsOfInsertsBetweenReads_matchSortedModel(String name, UserComparator uc) {
    // Large, varied tails: a burst of up to 3000 inserts, then a few reads.
    Run r = new Run("VectorRepModelTest.bursts." + name, uc);
    for (int round = 0; round < 25; round++) {
      int burst = r.rnd.nextInt(4) == 0 ? r.rnd.nextInt(3000) : r.rnd.nextInt(40);
      for (int i = 0; i < burst; i++) {
        r.insertRandom();
      }
      String where = "round " + round;
      r.checkGet(where);
      r.walkCursor(where, 40);
      r.checkRunInvariant(where);
    }
    r.checkScans("end");
  }

  @Spec("REP-VECTOR-4")
  @ParameterizedTest(name = "{0}")
  @MethodSource("comparators")
  void cursorIsSnapshotAtCreation_laterInsertsAreNotSeen(String name, UserComparator uc) {
    Run r = new Run("VectorRepModelTest.snapshot." + name, uc);
    List<MemTableRep.Cursor> cursors = new ArrayList<>();
    List<TreeSet<ModelKey>> snapshots = new ArrayList<>();
    for (int round = 0; round < 40; round++) {
      int burst = r.rnd.nextInt(80);
      for (int i = 0; i < burst; i++) {
        r.insertRandom();
      }
      if (r.rnd.nextBoolean()) {
        r.checkGet("round " + round); // absorbs, changes the runs under older cursors
      }
      cursors.add(r.rep.iterator());
      snapshots.add(new TreeSet<>(r.model));
    }
    for (int i = 0; i < cursors.size(); i++) {
      r.walk("cursor " + i, cursors.get(i), snapshots.get(i), 60);
      List<Long> expected = new ArrayList<>();
      snapshots.get(i).forEach(m -> expected.add(m.addr));
      assertWithMessage("%s: cursor %s full scan", r.seed, i)
          .that(r.f.scanForward(cursors.get(i))).containsExactlyElementsIn(expected).inOrder();
    }
  }

  @Spec("REP-VECTOR-6")
  @ParameterizedTest(name = "{0}")
  @MethodSource("comparators")
  void markReadOnly_collapsesToOneRun_andOldCursorsKeepTheirSnapshot(String name, UserComparator uc) {
    Run r = new Run("VectorRepModelTest.readOnly." + name, uc);
    for (int i = 0; i < 2500; i++) {
      r.insertRandom();
      if (r.rnd.nextInt(50) == 0) {
        r.checkGet("insert " + i);
      }
    }
    MemTableRep.Cursor before = r.rep.iterator();
    TreeSet<ModelKey> snapBefore = new TreeSet<>(r.model);
    for (int i = 0; i < 100; i++) {
      r.insertRandom();
    }
    r.rep.markReadOnly();
    r.checkGet("after markReadOnly");
    assertWithMessage("%s: runs after the first read-only read", r.seed)
        .that(r.rep.runCount()).isEqualTo(1);
    for (int i = 0; i < 200; i++) {
      r.walkCursor("read-only walk " + i, 10);
      r.checkGet("read-only get " + i);
    }
    r.checkScans("read-only");
    r.walk("cursor made before markReadOnly", before, snapBefore, 200);
    assertWithMessage("%s: memory", r.seed)
        .that(r.rep.approximateMemoryUsage()).isEqualTo(8L * r.model.size());
  }

  @Spec("REP-VECTOR-5")
  @ParameterizedTest(name = "{0}")
  @MethodSource("comparators")
  void equalEntries_keepInsertionOrder_acrossRunsAndMerges(String name, UserComparator uc) {
    Run r = new Run("VectorRepModelTest.duplicates." + name, uc);
    byte[] key = RepTestSupport.bytes("dup");
    byte[][] others = {RepTestSupport.bytes("a"), RepTestSupport.bytes("dup"), RepTestSupport.bytes("z")};
    for (int i = 0; i < 700; i++) {
      // Mostly the very same (key, seq 7); reads in between put the copies into different runs.
      byte[] k = r.rnd.nextInt(4) == 0 ? others[r.rnd.nextInt(others.length)] : key;
      long seq = r.rnd.nextInt(4) == 0 ? 1 + r.rnd.nextInt(10) : 7;
      r.model.add(r.f.put(k, seq, TYPES[r.rnd.nextInt(TYPES.length)], new byte[] {(byte) i}));
      if (r.rnd.nextInt(5) == 0) {
        r.checkGet("insert " + i);
      }
      if (r.rnd.nextInt(20) == 0) {
        r.walkCursor("insert " + i, 20);
      }
    }
    r.checkScans("end");
    byte[] target = RepTestSupport.ikey(key, 7, ValueType.VALUE.code());
    MemTableRep.Cursor c = r.rep.iterator();
    c.seek(target, 0, target.length);
    assertWithMessage("%s: seek lands on the first equal entry", r.seed)
        .that(c.entry()).isEqualTo(r.model.ceiling(ModelKey.lowest(target)).addr);
    c.seekForPrev(target, 0, target.length);
    assertWithMessage("%s: seekForPrev lands on the last equal entry", r.seed)
        .that(c.entry()).isEqualTo(r.model.floor(ModelKey.highest(target)).addr);
    r.rep.markReadOnly();
    r.checkScans("read-only");
  }

  @Spec("REP-CONTRACT-2")
  @ParameterizedTest(name = "{0}")
  @MethodSource("comparators")
  void maximalAndMinimalSequences_orderBySequenceDescending(String name, UserComparator uc) {
    Run r = new Run("VectorRepModelTest.sequences." + name, uc);
    long[] seqs = {0, 1, InternalKeys.MAX_SEQUENCE_NUMBER, 1L << 40, 255, 256};
    for (long s : seqs) {
      r.model.add(r.f.put(RepTestSupport.bytes("k"), s, ValueType.CODE_VALUE, new byte[0]));
      r.model.add(r.f.put(RepTestSupport.bytes("k\0"), s, ValueType.CODE_DELETION, new byte[0]));
      r.checkGet("seq " + s);
    }
    r.checkScans("end");
    r.walkCursor("end", 200);
  }
}
