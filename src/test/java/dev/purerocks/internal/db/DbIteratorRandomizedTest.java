package dev.purerocks.internal.db;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.purerocks.internal.db.IterFixtures.b;
import static dev.purerocks.internal.db.IterFixtures.s;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.dbformat.UserComparator;
import dev.purerocks.internal.dbformat.ValueType;
import dev.purerocks.internal.memtable.MemTable;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Random write logs spread over several memtables, read back through the DB iterator and compared
 * step by step with {@link IterModel}: full scans both ways, random walks mixing every cursor
 * operation, read sequences in the middle of the history, bounds, prefix_same_as_start, and the
 * reverse bytewise order.
 */
class DbIteratorRandomizedTest {
  private static final String ALPHABET = "abc";

  /** One generated history: memtables newest first and the model of the same writes. */
  private record History(List<MemTable> mems, IterModel model, long lastSeq) {}

  private static String randomKey(SplittableRandom r) {
    int len = 1 + r.nextInt(3);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) {
      sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  /** A target that may be absent, empty or outside the written keys. */
  private static String randomTarget(SplittableRandom r) {
    int k = r.nextInt(10);
    if (k == 0) {
      return "";
    }
    if (k == 1) {
      return "d";
    }
    return randomKey(r);
  }

  private static History generate(
      SplittableRandom r, UserComparator cmp, PrefixExtractor extractor, boolean rangeDeletes) {
    IterModel model = new IterModel(cmp);
    int maxMems = 1 + r.nextInt(4);
    List<MemTable> oldestFirst = new ArrayList<>();
    oldestFirst.add(IterFixtures.memTable(IterFixtures.options(cmp, extractor)));
    int ops = 1 + r.nextInt(80);
    long seq = 0;
    for (int i = 0; i < ops; i++) {
      if (oldestFirst.size() < maxMems && r.nextInt(ops) < maxMems) {
        oldestFirst.get(oldestFirst.size() - 1).markImmutable();
        oldestFirst.add(IterFixtures.memTable(IterFixtures.options(cmp, extractor)));
      }
      MemTable m = oldestFirst.get(oldestFirst.size() - 1);
      seq++;
      String key = randomKey(r);
      int dice = r.nextInt(100);
      ValueType type;
      String value;
      if (dice < 40) {
        type = ValueType.VALUE;
        value = "v" + seq;
      } else if (dice < 65) {
        type = ValueType.MERGE;
        value = "m" + seq;
      } else if (dice < 80) {
        type = ValueType.DELETION;
        value = "";
      } else if (dice < 88 || !rangeDeletes) {
        type = ValueType.SINGLE_DELETION;
        value = "";
      } else {
        type = ValueType.RANGE_DELETION;
        value = randomKey(r);
        if (cmp.compare(b(key), b(value)) > 0) {
          String t = key;
          key = value;
          value = t;
        }
      }
      IterFixtures.add(m, seq, type, key, value);
      model.record(seq, type, key, value);
    }
    List<MemTable> newestFirst = new ArrayList<>(oldestFirst);
    java.util.Collections.reverse(newestFirst);
    return new History(newestFirst, model, seq);
  }

  private static void check(String ctx, DbIterator it, IterModel.Cursor m) {
    assertWithMessage("%s: status", ctx).that(it.status().isOk()).isTrue();
    assertWithMessage("%s: valid", ctx).that(it.isValid()).isEqualTo(m.valid());
    if (m.valid()) {
      assertWithMessage("%s: key", ctx).that(s(it.key())).isEqualTo(m.key());
      assertWithMessage("%s: value", ctx).that(s(it.value())).isEqualTo(m.value());
      byte[] inPlace =
          Arrays.copyOfRange(it.valueArray(), it.valueOffset(), it.valueOffset() + it.valueLength());
      assertWithMessage("%s: in-place value", ctx).that(s(inPlace)).isEqualTo(m.value());
      byte[] key =
          Arrays.copyOfRange(it.keyArray(), it.keyOffset(), it.keyOffset() + it.keyLength());
      assertWithMessage("%s: in-place key", ctx).that(s(key)).isEqualTo(m.key());
    }
  }

  private void run(String testId, UserComparator cmp, boolean bounds, boolean prefixSameAsStart) {
    SplittableRandom r = TestSeed.random(testId);
    PrefixExtractor extractor = prefixSameAsStart ? PrefixExtractor.fixed(1) : null;
    for (int round = 0; round < 150; round++) {
      History h = generate(r, cmp, extractor, true);
      long readSeq = r.nextInt(4) == 0 ? r.nextLong(h.lastSeq + 1) : h.lastSeq;
      String lower = bounds && r.nextBoolean() ? randomTarget(r) : null;
      String upper = bounds && r.nextBoolean() ? randomTarget(r) : null;
      ReadSettings settings =
          new ReadSettings(b(lower), b(upper), prefixSameAsStart, false, false);
      IteratorView view =
          new IteratorView(cmp, IterFixtures.APPEND, extractor, h.mems, readSeq);
      DbIterator it = new DbIterator(view, settings);
      TreeMap<String, String> visible = h.model.resolve(readSeq);
      String ctx0 =
          "seed=" + TestSeed.masterHex() + " round=" + round + " readSeq=" + readSeq + " lower="
              + lower + " upper=" + upper;
      // Full scans, without prefix_same_as_start (which stops early by design).
      if (!prefixSameAsStart) {
        IterModel.Cursor m = new IterModel.Cursor(h.model, visible, lower, upper, null);
        List<String> expected = new ArrayList<>();
        for (m.seekToFirst(); m.valid(); m.next()) {
          expected.add(m.key() + "=" + m.value());
        }
        it.seekToFirst();
        assertWithMessage("%s forward scan", ctx0)
            .that(IterFixtures.forward(it))
            .containsExactlyElementsIn(expected)
            .inOrder();
        it.seekToLast();
        List<String> back = IterFixtures.backward(it);
        java.util.Collections.reverse(back);
        assertWithMessage("%s backward scan", ctx0)
            .that(back)
            .containsExactlyElementsIn(expected)
            .inOrder();
      }
      IterModel.Cursor m =
          new IterModel.Cursor(h.model, visible, lower, upper, prefixSameAsStart ? extractor : null);
      StringBuilder trail = new StringBuilder();
      for (int step = 0; step < 60; step++) {
        int op = r.nextInt(10);
        if (!m.valid() && op >= 4) {
          if (op == 9) {
            assertThrows(IteratorNotValidException.class, it::next);
            assertThrows(IteratorNotValidException.class, it::prev);
            assertThrows(IteratorNotValidException.class, it::key);
            assertThrows(IteratorNotValidException.class, it::value);
          }
          op = r.nextInt(4);
        }
        switch (op) {
          case 0 -> {
            trail.append(" first");
            it.seekToFirst();
            m.seekToFirst();
          }
          case 1 -> {
            trail.append(" last");
            it.seekToLast();
            m.seekToLast();
          }
          case 2 -> {
            String t = randomTarget(r);
            trail.append(" seek(").append(t).append(')');
            it.seek(b(t));
            m.seek(t);
          }
          case 3 -> {
            String t = randomTarget(r);
            trail.append(" seekForPrev(").append(t).append(')');
            it.seekForPrev(b(t));
            m.seekForPrev(t);
          }
          case 4, 5, 6 -> {
            trail.append(" next");
            it.next();
            m.next();
          }
          default -> {
            trail.append(" prev");
            it.prev();
            m.prev();
          }
        }
        check(ctx0 + " ops:" + trail, it, m);
      }
    }
  }

  @Spec({"ITER-MERGE-1", "ITER-RT-1", "ITER-VERSION-1", "ITER-VERSION-2", "ITER-DIR-1"})
  @Test
  void randomHistories_scansAndWalks_matchTheModel() {
    run(TestSeed.testId(getClass(), "randomHistories_scansAndWalks_matchTheModel"),
        BytewiseComparators.BYTEWISE, false, false);
  }

  @Spec({"ITER-DIR-1", "ITER-CMP-1"})
  @Test
  void randomHistories_reverseBytewise_matchTheModel() {
    run(TestSeed.testId(getClass(), "randomHistories_reverseBytewise_matchTheModel"),
        BytewiseComparators.REVERSE_BYTEWISE, false, false);
  }

  @Spec("ITER-BOUNDS-1")
  @Test
  void randomHistories_withBounds_matchTheModel() {
    run(TestSeed.testId(getClass(), "randomHistories_withBounds_matchTheModel"),
        BytewiseComparators.BYTEWISE, true, false);
  }

  @Spec("ITER-BOUNDS-1")
  @Test
  void randomHistories_withBounds_reverseBytewise_matchTheModel() {
    run(TestSeed.testId(getClass(), "randomHistories_withBounds_reverseBytewise_matchTheModel"),
        BytewiseComparators.REVERSE_BYTEWISE, true, false);
  }

  @Spec("ITER-PREFIX-2")
  @Test
  void randomHistories_prefixSameAsStart_matchTheModel() {
    run(TestSeed.testId(getClass(), "randomHistories_prefixSameAsStart_matchTheModel"),
        BytewiseComparators.BYTEWISE, true, true);
  }
}
