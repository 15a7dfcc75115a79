package dev.purerocks.internal.db;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.purerocks.internal.db.IterFixtures.b;
import static dev.purerocks.internal.db.IterFixtures.s;

import dev.purerocks.internal.dbformat.BytewiseComparators;
import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.internal.memtable.HashLinkListRep;
import dev.purerocks.internal.memtable.HashSkipListRep;
import dev.purerocks.internal.memtable.MemTable;
import dev.purerocks.internal.memtable.MemTableRepFactory;
import dev.purerocks.internal.memtable.SkipListRep;
import dev.purerocks.testing.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Prefix mode through the DB iterator, reproducing RocksJava 11.8.1's recorded answers for every
 * representation and read-option combination of ExpB (fixed(2) prefix) and ExpJ (fixed(1)), and
 * ExpL's prefix bloom (M46, M47, M48, M20).
 */
class DbIteratorPrefixModeTest {
  private static final List<String> ALL =
      List.of("aa1", "aa2", "aa3", "ab1", "ab2", "ba1", "ba2", "ca1", "zz9");
  private static final List<String> SEEK_AB = List.of("ab1", "ab2", "ba1", "ba2", "ca1", "zz9");
  private static final List<String> SEEK_AB3 = List.of("ba1", "ba2", "ca1", "zz9");
  private static final List<String> SFP_AB = List.of("ab2", "ab1", "aa3", "aa2", "aa1");

  static MemTableRepFactory rep(String name) {
    return switch (name) {
      case "skiplist" -> SkipListRep.factory(0);
      case "hash_skiplist" -> HashSkipListRep.factory(1_000_000, 4, 4);
      case "hash_linkedlist" -> HashLinkListRep.factory(50_000, 0, 4096, true, 256);
      case "hash_skiplist1" -> HashSkipListRep.factory(1, 4, 4);
      case "hash_linkedlist1" -> HashLinkListRep.factory(1, 0, 4096, true, 256);
      default -> throw new AssertionError(name);
    };
  }

  private static MemTable expBMemTable(String repName, PrefixExtractor extractor) {
    MemTable m =
        IterFixtures.memTable(
            IterFixtures.options(BytewiseComparators.BYTEWISE, extractor).repFactory(rep(repName)));
    long seq = 0;
    for (String k : new String[] {"ba2", "aa1", "zz9", "ab1", "aa3", "ba1", "ab2", "aa2", "ca1"}) {
      IterFixtures.put(m, ++seq, k, "v-" + k);
    }
    return m;
  }

  private static DbIterator open(MemTable m, PrefixExtractor extractor, ReadSettings settings) {
    IteratorView view =
        new IteratorView(
            BytewiseComparators.BYTEWISE, IterFixtures.APPEND, extractor, List.of(m), 100);
    return new DbIterator(view, settings);
  }

  private static List<String> seekWalk(DbIterator it, String target) {
    it.seek(b(target));
    return IterFixtures.keysForward(it);
  }

  private static List<String> seekForPrevWalk(DbIterator it, String target) {
    it.seekForPrev(b(target));
    return IterFixtures.keysBackward(it);
  }

  private static final Map<String, ReadSettings> SETTINGS =
      Map.of(
          "default", ReadSettings.DEFAULT,
          "total_order_seek", ReadSettings.DEFAULT.withTotalOrderSeek(true),
          "auto_prefix_mode", ReadSettings.DEFAULT.withAutoPrefixMode(true),
          "prefix_same_as_start", ReadSettings.DEFAULT.withPrefixSameAsStart(true));

  /** ExpB's seven answers for one representation and one read-option set. */
  private record ExpB(
      List<String> first,
      List<String> last,
      List<String> seekAb,
      List<String> seekAb3,
      List<String> seekAc,
      List<String> sfpAb9,
      List<String> sfpAb2) {}

  private static final ExpB TOTAL = new ExpB(ALL, List.of("zz9", "ca1", "ba2", "ba1", "ab2", "ab1", "aa3", "aa2", "aa1"), SEEK_AB, SEEK_AB3, SEEK_AB3,
      SFP_AB, SFP_AB);
  private static final ExpB SKIPLIST_PSAS = new ExpB(List.of("aa1", "aa2", "aa3"), List.of("zz9"),
      List.of("ab1", "ab2"), List.of(), List.of(), List.of("ab2", "ab1"), List.of("ab2", "ab1"));
  private static final ExpB HASH = new ExpB(List.of(), List.of(), List.of("ab1", "ab2"), List.of(),
      List.of(), List.of(), List.of());
  private static final ExpB HSL1_DEFAULT = new ExpB(List.of(), List.of(), SEEK_AB, SEEK_AB3,
      SEEK_AB3, SFP_AB, SFP_AB);
  private static final ExpB HSL1_PSAS = new ExpB(List.of(), List.of(), List.of("ab1", "ab2"),
      List.of(), List.of(), List.of("ab2", "ab1"), List.of("ab2", "ab1"));
  private static final ExpB HLL1_DEFAULT = new ExpB(List.of(), List.of(), SEEK_AB, SEEK_AB3,
      SEEK_AB3, List.of(), List.of());

  private static ExpB expected(String rep, String setting) {
    if (setting.equals("total_order_seek") || setting.equals("auto_prefix_mode")) {
      return TOTAL;
    }
    boolean psas = setting.equals("prefix_same_as_start");
    return switch (rep) {
      case "skiplist" -> psas ? SKIPLIST_PSAS : TOTAL;
      case "hash_skiplist", "hash_linkedlist" -> HASH;
      case "hash_skiplist1" -> psas ? HSL1_PSAS : HSL1_DEFAULT;
      case "hash_linkedlist1" -> psas ? HASH : HLL1_DEFAULT;
      default -> throw new AssertionError(rep);
    };
  }

  @Spec({"ITER-PREFIX-1", "ITER-PREFIX-2", "ITER-PREFIX-3"})
  @Test
  void everyRepAndReadOption_answersAsRocksJavaDidInExpB() {
    PrefixExtractor extractor = PrefixExtractor.fixed(2);
    for (String rep :
        List.of("skiplist", "hash_skiplist", "hash_linkedlist", "hash_skiplist1",
            "hash_linkedlist1")) {
      MemTable m = expBMemTable(rep, extractor);
      for (Map.Entry<String, ReadSettings> e : SETTINGS.entrySet()) {
        String ctx = rep + " / " + e.getKey();
        ExpB want = expected(rep, e.getKey());
        DbIterator it = open(m, extractor, e.getValue());
        it.seekToFirst();
        List<String> first = new ArrayList<>();
        for (; it.isValid(); it.next()) {
          first.add(s(it.key()));
          assertWithMessage(ctx).that(s(it.value())).isEqualTo("v-" + s(it.key()));
        }
        assertWithMessage("%s SeekToFirst", ctx).that(first).isEqualTo(want.first());
        it.seekToLast();
        assertWithMessage("%s SeekToLast", ctx)
            .that(IterFixtures.keysBackward(it))
            .isEqualTo(want.last());
        assertWithMessage("%s Seek(ab)", ctx).that(seekWalk(it, "ab")).isEqualTo(want.seekAb());
        assertWithMessage("%s Seek(ab3)", ctx).that(seekWalk(it, "ab3")).isEqualTo(want.seekAb3());
        assertWithMessage("%s Seek(ac)", ctx).that(seekWalk(it, "ac")).isEqualTo(want.seekAc());
        assertWithMessage("%s SeekForPrev(ab9)", ctx)
            .that(seekForPrevWalk(it, "ab9"))
            .isEqualTo(want.sfpAb9());
        assertWithMessage("%s SeekForPrev(ab2)", ctx)
            .that(seekForPrevWalk(it, "ab2"))
            .isEqualTo(want.sfpAb2());
        assertWithMessage("%s status", ctx).that(it.status().isOk()).isTrue();
      }
      // ExpB: default read options with iterate_upper_bound=ab2, Seek(aa).
      DbIterator bounded = open(m, extractor, ReadSettings.DEFAULT.withBounds(null, b("ab2")));
      List<String> want =
          rep.startsWith("hash") && !rep.endsWith("1")
              ? List.of("aa1", "aa2", "aa3")
              : List.of("aa1", "aa2", "aa3", "ab1");
      assertWithMessage("%s upper bound ab2", rep).that(seekWalk(bounded, "aa")).isEqualTo(want);
    }
  }

  /** A hash representation with a different extractor object than the view's is read in order. */
  @Spec("ITER-PREFIX-1")
  @Test
  void memtableBuiltWithAnotherExtractorObject_isReadInTotalOrder() {
    MemTable m = expBMemTable("hash_skiplist", PrefixExtractor.fixed(2));
    DbIterator it = open(m, PrefixExtractor.fixed(2), ReadSettings.DEFAULT);
    it.seekToFirst();
    assertWithMessage("SeekToFirst").that(IterFixtures.keysForward(it)).isEqualTo(ALL);
  }

  private static String seekThenPrev(DbIterator it, String target, int prevs) {
    List<String> out = new ArrayList<>();
    it.seek(b(target));
    out.add(it.isValid() ? s(it.key()) : "<invalid>");
    for (int i = 0; i < prevs && it.isValid(); i++) {
      it.prev();
      out.add("prev:" + (it.isValid() ? s(it.key()) : "<invalid>"));
    }
    if (it.isValid()) {
      it.next();
      out.add("next:" + (it.isValid() ? s(it.key()) : "<invalid>"));
    }
    return out.toString();
  }

  @Spec({"ITER-PREFIX-2", "ITER-PREFIX-3", "ITER-DIR-1"})
  @Test
  void seekForPrevAndPrev_answerAsRocksJavaDidInExpJ() {
    PrefixExtractor extractor = PrefixExtractor.fixed(1);
    String total =
        "[a3, a1]|[a3, a1]|[a5, a3, a1]|[]|[a5, a3, a1]|[c1, b3, b1, a5, a3, a1]"
            + "|[a5, prev:a3, prev:a1, prev:<invalid>]|[b1, prev:a5, prev:a3, next:a5]"
            + "|[c1=v, b3=v, b1=v, a5=v, a3=v2, a1=v]";
    String skiplistPsas =
        "[a3, a1]|[a3, a1]|[a5, a3, a1]|[]|[]|[]"
            + "|[a5, prev:a3, prev:a1, prev:<invalid>]|[b1, prev:<invalid>]|[c1=v]";
    String hashSkipList =
        "[a3, a1]|[a3, a1]|[]|[]|[]|[]"
            + "|[a5, prev:a3, prev:a1, prev:<invalid>]|[b1, prev:<invalid>]|[]";
    String hashLinkList = "[]|[]|[]|[]|[]|[]|[a5, prev:<invalid>]|[b1, prev:<invalid>]|[]";
    Map<String, Map<String, String>> expected =
        Map.of(
            "skiplist",
                Map.of("default", total, "total_order_seek", total,
                    "prefix_same_as_start", skiplistPsas),
            "hash_skiplist",
                Map.of("default", hashSkipList, "total_order_seek", total,
                    "prefix_same_as_start", hashSkipList),
            "hash_linkedlist",
                Map.of("default", hashLinkList, "total_order_seek", total,
                    "prefix_same_as_start", hashLinkList));
    for (String rep : expected.keySet()) {
      MemTable m =
          IterFixtures.memTable(
              IterFixtures.options(BytewiseComparators.BYTEWISE, extractor)
                  .repFactory(rep(rep)));
      long seq = 0;
      for (String k : new String[] {"a1", "a3", "a5", "b1", "b3", "c1"}) {
        IterFixtures.put(m, ++seq, k, "v");
      }
      IterFixtures.put(m, ++seq, "a3", "v2");
      for (Map.Entry<String, String> e : expected.get(rep).entrySet()) {
        DbIterator it = open(m, extractor, SETTINGS.get(e.getKey()));
        List<String> got = new ArrayList<>();
        for (String t : new String[] {"a3", "a4", "a9", "a0", "b", "d"}) {
          got.add(seekForPrevWalk(it, t).toString());
        }
        got.add(seekThenPrev(it, "a5", 3));
        got.add(seekThenPrev(it, "b1", 2));
        it.seekToLast();
        got.add(IterFixtures.backward(it).toString());
        assertWithMessage("%s / %s", rep, e.getKey())
            .that(String.join("|", got))
            .isEqualTo(e.getValue());
      }
    }
  }

  /** ExpL: with a prefix bloom, a default-options Seek whose prefix was never written is empty. */
  @Spec({"ITER-PREFIX-1", "ITER-PREFIX-4"})
  @Test
  void prefixBloom_emptiesSeeksToAbsentPrefixes_onlyInPrefixMode_likeExpL() {
    PrefixExtractor extractor = PrefixExtractor.fixed(2);
    for (double ratio : new double[] {0.0, 0.1}) {
      MemTable m =
          IterFixtures.memTable(
              IterFixtures.options(BytewiseComparators.BYTEWISE, extractor)
                  .prefixBloomSizeRatio(ratio));
      long seq = 0;
      for (String k : new String[] {"aa1", "aa2", "ab1", "ba1", "x"}) {
        IterFixtures.put(m, ++seq, k, "v");
      }
      boolean bloom = ratio > 0;
      DbIterator def = open(m, extractor, ReadSettings.DEFAULT);
      assertWithMessage("default Seek(ac) ratio=%s", ratio)
          .that(seekWalk(def, "ac"))
          .isEqualTo(bloom ? List.of() : List.of("ba1", "x"));
      assertWithMessage("default Seek(ab0)").that(seekWalk(def, "ab0"))
          .isEqualTo(List.of("ab1", "ba1", "x"));
      assertWithMessage("default Seek(x)").that(seekWalk(def, "x")).isEqualTo(List.of("x"));
      DbIterator total = open(m, extractor, ReadSettings.DEFAULT.withTotalOrderSeek(true));
      assertWithMessage("total Seek(ac)").that(seekWalk(total, "ac"))
          .isEqualTo(List.of("ba1", "x"));
      DbIterator psas = open(m, extractor, ReadSettings.DEFAULT.withPrefixSameAsStart(true));
      assertWithMessage("psas Seek(ab0)").that(seekWalk(psas, "ab0")).isEqualTo(List.of("ab1"));
    }
  }
}
