package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.purerocks.internal.memtable.MemTableFixtures.b;
import static dev.purerocks.internal.memtable.MemTableFixtures.s;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fragmenter (M57) against a brute-force model. */
class FragmentedRangeTombstonesTest {
  private static final UserComparator CMP = BytewiseComparators.BYTEWISE;

  private record Tombstone(String begin, String end, long seq) {}

  private static FragmentedRangeTombstones fragment(List<Tombstone> ts) {
    List<Tombstone> sorted = new ArrayList<>(ts);
    sorted.sort(Comparator.comparing(Tombstone::begin));
    byte[][] begins = new byte[sorted.size()][];
    byte[][] ends = new byte[sorted.size()][];
    long[] seqs = new long[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      begins[i] = b(sorted.get(i).begin());
      ends[i] = b(sorted.get(i).end());
      seqs[i] = sorted.get(i).seq();
    }
    return FragmentedRangeTombstones.fragment(CMP, begins, ends, seqs, sorted.size());
  }

  @Spec("RT-FRAG-1")
  @Test
  void fragment_splitsOverlapsIntoNonOverlappingPiecesWithDescendingSeqs() {
    FragmentedRangeTombstones f =
        fragment(List.of(new Tombstone("a", "e", 5), new Tombstone("c", "g", 9)));
    assertThat(describe(f)).containsExactly("[a,c)@5", "[c,e)@9,5", "[e,g)@9").inOrder();
    assertThat(f.unfragmentedCount()).isEqualTo(2);
  }

  @Spec("RT-FRAG-1")
  @Test
  void fragment_sameStart_nestedRanges_gaps_andEmptyRanges() {
    FragmentedRangeTombstones f =
        fragment(
            List.of(
                new Tombstone("a", "c", 3),
                new Tombstone("a", "e", 4),
                new Tombstone("b", "c", 7),
                new Tombstone("x", "x", 8),
                new Tombstone("m", "n", 1),
                new Tombstone("q", "p", 2)));
    assertThat(describe(f))
        .containsExactly("[a,b)@4,3", "[b,c)@7,4,3", "[c,e)@4", "[m,n)@1")
        .inOrder();
    assertThat(fragment(List.of()).isEmpty()).isTrue();
  }

  /** Every key, every read sequence: the covering seq equals the brute-force answer. */
  @Spec({"RT-FRAG-2", "RT-ITER-1"})
  @Test
  void fragment_randomTombstones_matchBruteForce() {
    String testId = getClass().getName() + "#fragment_randomTombstones_matchBruteForce";
    SplittableRandom rnd = TestSeed.random(testId);
    String seedNote = "tests.seed=" + Long.toHexString(TestSeed.master());
    for (int round = 0; round < 300; round++) {
      int n = rnd.nextInt(12);
      List<Tombstone> ts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String x = key(rnd);
        String y = key(rnd);
        ts.add(new Tombstone(x, y, 1 + rnd.nextInt(40)));
      }
      FragmentedRangeTombstones f = fragment(ts);
      checkInvariants(f, seedNote);
      for (int k = 0; k < 60; k++) {
        String key = k % 2 == 0 ? key(rnd) : key(rnd) + "0";
        for (long readSeq = 0; readSeq <= 41; readSeq += 1 + rnd.nextInt(5)) {
          long want = 0;
          for (Tombstone t : ts) {
            if (t.begin().compareTo(key) <= 0 && key.compareTo(t.end()) < 0 && t.seq() <= readSeq) {
              want = Math.max(want, t.seq());
            }
          }
          byte[] kb = b(key);
          assertWithMessage("%s tombstones %s key %s at %s", seedNote, ts, key, readSeq)
              .that(f.maxCoveringSeq(kb, 0, kb.length, readSeq))
              .isEqualTo(want);
        }
      }
      checkIterator(f, ts, rnd, seedNote);
    }
  }

  private static void checkInvariants(FragmentedRangeTombstones f, String seedNote) {
    for (int i = 0; i < f.size(); i++) {
      assertWithMessage(seedNote).that(CMP.compare(f.start(i), f.end(i))).isLessThan(0);
      if (i > 0) {
        assertWithMessage(seedNote).that(CMP.compare(f.end(i - 1), f.start(i))).isAtMost(0);
      }
      assertWithMessage(seedNote).that(f.seqCount(i)).isGreaterThan(0);
      for (int j = 1; j < f.seqCount(i); j++) {
        assertWithMessage(seedNote).that(f.seq(i, j - 1)).isAtLeast(f.seq(i, j));
      }
    }
  }

  /** Forward and backward visible-fragment walks, and seeks, against filtering the list. */
  private static void checkIterator(
      FragmentedRangeTombstones f, List<Tombstone> ts, SplittableRandom rnd, String seedNote) {
    long readSeq = rnd.nextInt(42);
    List<String> visible = new ArrayList<>();
    for (int i = 0; i < f.size(); i++) {
      long v = f.maxVisibleSeq(i, readSeq);
      if (v >= 0) {
        visible.add("[" + s(f.start(i)) + "," + s(f.end(i)) + ")@" + v);
      }
    }
    RangeTombstoneIterator it = f.iterator(readSeq);
    List<String> forward = new ArrayList<>();
    for (it.seekToFirst(); it.isValid(); it.next()) {
      forward.add(current(it));
    }
    assertWithMessage("%s %s", seedNote, ts).that(forward).isEqualTo(visible);
    List<String> backward = new ArrayList<>();
    for (it.seekToLast(); it.isValid(); it.prev()) {
      backward.add(0, current(it));
    }
    assertWithMessage("%s %s", seedNote, ts).that(backward).isEqualTo(visible);
    String target = key(rnd);
    byte[] t = b(target);
    it.seek(t, 0, t.length);
    String wantSeek = null;
    for (String v : visible) {
      String end = v.substring(v.indexOf(',') + 1, v.indexOf(')'));
      if (end.compareTo(target) > 0) {
        wantSeek = v;
        break;
      }
    }
    assertWithMessage("%s seek %s in %s", seedNote, target, ts)
        .that(it.isValid() ? current(it) : null)
        .isEqualTo(wantSeek);
    it.seekForPrev(t, 0, t.length);
    String wantPrev = null;
    for (String v : visible) {
      String start = v.substring(1, v.indexOf(','));
      if (start.compareTo(target) <= 0) {
        wantPrev = v;
      }
    }
    assertWithMessage("%s seekForPrev %s in %s", seedNote, target, ts)
        .that(it.isValid() ? current(it) : null)
        .isEqualTo(wantPrev);
  }

  private static String current(RangeTombstoneIterator it) {
    return "[" + s(it.startKey()) + "," + s(it.endKey()) + ")@" + it.sequence();
  }

  private static String key(SplittableRandom rnd) {
    return "" + (char) ('a' + rnd.nextInt(10));
  }

  private static List<String> describe(FragmentedRangeTombstones f) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < f.size(); i++) {
      StringBuilder sb = new StringBuilder("[" + s(f.start(i)) + "," + s(f.end(i)) + ")@");
      for (int j = 0; j < f.seqCount(i); j++) {
        sb.append(j == 0 ? "" : ",").append(f.seq(i, j));
      }
      out.add(sb.toString());
    }
    return out;
  }
}
