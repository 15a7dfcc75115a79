package dev.purerocks.oracle;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The configuration matrix itself: old config lines keep their meaning, every axis value is drawn,
 * and nothing RocksDB refuses to open or the avoid-list rules out is drawn or generated.
 */
class EngineConfigTest {
  private static final int DRAWS = 3000;
  private static final Set<String> FIRST_ARG_KEY = Set.of("put", "merge", "delete",
      "singleDelete", "get", "keyMayExist", "iter seek", "iter seekForPrev");

  @Test
  void firstCutConfigLines_parseWithTheirOldMeaning() {
    final EngineConfig c = EngineConfig.parse(
        "rep=hashskiplist prefix=fixed2 cmp=reverse merge=uint64add wbs=large inplace=off");
    assertThat(c.toString()).isEqualTo("rep=hashskiplist buckets=7 threshold=3 height=4"
        + " branching=4 reserved=0 prefix=fixed2 bloom=0.0 wholekey=off cmp=reverse"
        + " merge=uint64add wbs=67108864 maxwbn=2 minmerge=1 concurrent=off maxmerges=0"
        + " inplace=off");
    final EngineConfig small = EngineConfig.parse("wbs=small merge=stringappend");
    assertThat(small.wbs()).isEqualTo(64L << 10);
    assertThat(small.delimiter()).isEqualTo(",");
    assertThat(small.charDelimiter()).isTrue();
    assertThat(EngineConfig.parse("merge=stringappend(\"\")").delimiter()).isEmpty();
    assertThat(EngineConfig.parse("merge=stringappend(\"--\")").charDelimiter()).isFalse();
  }

  @Spec("CONF-OPEN-1")
  @Test
  void configsRocksDbRefusesOrTheAvoidListRulesOut_areRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> EngineConfig.parse("rep=hashlinklist concurrent=on"));
    assertThrows(IllegalArgumentException.class,
        () -> EngineConfig.parse("inplace=on concurrent=on"));
    assertThrows(IllegalArgumentException.class, () -> EngineConfig.parse("rep=vector inplace=on"));
    assertThrows(IllegalArgumentException.class,
        () -> EngineConfig.parse("rep=hashskiplist prefix=fixed3"));
    assertThrows(IllegalArgumentException.class, () -> EngineConfig.parse("colour=blue"));
    assertThat(EngineConfig.parse("rep=vector concurrent=on").concurrent()).isTrue();
  }

  @Test
  void draws_coverEveryAxisValueAndRespectTheRestrictions() {
    final SplittableRandom rnd = TestSeed.random(TestSeed.testId(getClass(), "draws"));
    final Set<String> seen = new TreeSet<>();
    for (int i = 0; i < DRAWS; i++) {
      final EngineConfig c = EngineConfig.draw(rnd);
      final String why = "seed " + TestSeed.masterHex() + " config " + c;
      assertWithMessage(why).that(EngineConfig.parse(c.toString())).isEqualTo(c);
      assertWithMessage(why).that(c.concurrent() && (c.hashRep() || c.inplace())).isFalse();
      assertWithMessage(why).that(c.inplace() && !c.rep().equals("skiplist")).isFalse();
      assertWithMessage(why).that(c.hashRep() && c.fixedPrefixLength() > 2).isFalse();
      for (final String kv : c.toString().split(" ")) {
        seen.add(kv);
      }
    }
    for (final String rep : EngineConfig.REPS) {
      assertThat(seen).contains("rep=" + rep);
    }
    for (final String cmp : EngineConfig.CMPS) {
      assertThat(seen).contains("cmp=" + cmp);
    }
    for (final String merge : EngineConfig.MERGES) {
      assertThat(seen).contains("merge=" + merge);
    }
    for (final double bloom : EngineConfig.BLOOMS) {
      assertThat(seen).contains("bloom=" + bloom);
    }
    for (final long wbs : EngineConfig.TINY_WBS) {
      assertThat(seen).contains("wbs=" + wbs);
    }
    assertThat(seen).containsAtLeast("wbs=" + EngineConfig.LARGE_WBS, "prefix=none",
        "prefix=fixed1", "prefix=fixed3", "prefix=capped1", "prefix=capped3", "wholekey=on",
        "concurrent=on", "inplace=on", "maxmerges=1", "maxmerges=3", "maxwbn=4", "minmerge=2",
        "buckets=1", "buckets=16", "threshold=1", "threshold=8", "height=1", "branching=2",
        "reserved=64");
  }

  @Test
  void hashRepsWithAFixedExtractor_getOnlyKeysInItsDomain() {
    final SplittableRandom rnd = TestSeed.random(TestSeed.testId(getClass(), "domain"));
    int checked = 0;
    for (int i = 0; i < DRAWS && checked < 40; i++) {
      final EngineConfig c = EngineConfig.draw(rnd);
      if (!c.hashRep() || c.fixedPrefixLength() == 0) {
        continue;
      }
      checked++;
      for (final Op op : new OpGenerator(c, rnd).generate(250)) {
        for (final Op w : op.verb().equals("batch") ? op.batch() : List.of(op)) {
          // Only the verbs whose arguments are keys (the first, or all of them); a verb added
          // later with other arguments is not checked here.
          final boolean allKeys = w.verb().equals("deleteRange") || w.verb().equals("multiGet");
          final boolean keyed = allKeys || FIRST_ARG_KEY.contains(w.verb());
          for (int a = 0; keyed && a < (allKeys ? w.args().size() : 1); a++) {
            assertWithMessage("seed %s config %s op %s", TestSeed.masterHex(), c, w)
                .that(w.arg(a).length).isAtLeast(c.fixedPrefixLength());
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(0);
  }
}
