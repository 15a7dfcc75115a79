package dev.purerocks.internal.memtable;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.purerocks.internal.memtable.MemTableFixtures.b;
import static dev.purerocks.internal.memtable.MemTableFixtures.put;
import static dev.purerocks.internal.memtable.MemTableFixtures.read;
import static dev.purerocks.internal.memtable.MemTableFixtures.s;
import static dev.purerocks.internal.memtable.MemTableFixtures.seekForPrevKey;
import static dev.purerocks.internal.memtable.MemTableFixtures.seekKey;

import dev.purerocks.internal.dbformat.PrefixExtractor;
import dev.purerocks.testing.Spec;
import dev.purerocks.testing.TestSeed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The memtable bloom (M20). */
class MemTableBloomTest {

  private static MemTable withBloom(double ratio, boolean wholeKey, PrefixExtractor prefix) {
    return new MemTable(
        MemTableOptions.builder()
            .prefixExtractor(prefix)
            .wholeKeyFiltering(wholeKey)
            .prefixBloomSizeRatio(ratio)
            .build(),
        0);
  }

  @Spec("BLOOM-1")
  @Test
  void bloom_isMadeOnlyWithAPrefixExtractorOrWholeKeyFiltering_andAPositiveSize() {
    assertThat(withBloom(0.0, true, PrefixExtractor.fixed(2)).approximateMemoryUsage())
        .isEqualTo(2048);
    assertThat(withBloom(0.1, false, null).approximateMemoryUsage()).isEqualTo(2048);
    // 64 MiB x 0.1 = 6,710,886 bytes = 53,687,088 bits, rounded up to whole 256-bit groups.
    long bloomBytes = 6_710_912;
    assertThat(withBloom(0.1, false, PrefixExtractor.fixed(2)).approximateMemoryUsage())
        .isEqualTo(2048 + bloomBytes);
    assertThat(withBloom(0.1, true, null).approximateMemoryUsage()).isEqualTo(2048 + bloomBytes);
    // A ratio above 0.25 is clamped (ExpC: 0.9 -> 0.25).
    assertThat(withBloom(0.9, true, null).approximateMemoryUsage())
        .isEqualTo(withBloom(0.25, true, null).approximateMemoryUsage());
    // So tiny that (long) (W * ratio) is 0 bits: no bloom.
    MemTable tiny =
        new MemTable(
            MemTableOptions.builder()
                .writeBufferSize(3)
                .arenaBlockSize(4096)
                .wholeKeyFiltering(true)
                .prefixBloomSizeRatio(0.25)
                .build(),
            0);
    assertThat(tiny.approximateMemoryUsage()).isEqualTo(2048);
  }

  /** A negative answer is never wrong: every added key and prefix answers "may contain". */
  @Spec("BLOOM-2")
  @Test
  void bloom_hasNoFalseNegatives_forKeysAndPrefixes() {
    String testId = getClass().getName() + "#bloom_hasNoFalseNegatives_forKeysAndPrefixes";
    SplittableRandom rnd = TestSeed.random(testId);
    String seedNote = "tests.seed=" + Long.toHexString(TestSeed.master());
    for (double ratio : new double[] {0.0001, 0.01, 0.1}) {
      MemTableBloom raw = new MemTableBloom(MemTableOptions.bloomBits(1 << 20, ratio));
      List<byte[]> added = new ArrayList<>();
      for (int i = 0; i < 5_000; i++) {
        byte[] k = new byte[rnd.nextInt(40)];
        rnd.nextBytes(k);
        int off = k.length == 0 ? 0 : rnd.nextInt(k.length);
        int len = k.length - off;
        if (rnd.nextBoolean()) {
          raw.add(k, off, len);
        } else {
          raw.addConcurrently(k, off, len);
        }
        added.add(java.util.Arrays.copyOfRange(k, off, k.length));
      }
      for (byte[] k : added) {
        byte[] shifted = new byte[k.length + 3];
        System.arraycopy(k, 0, shifted, 3, k.length);
        assertWithMessage("%s ratio %s", seedNote, ratio)
            .that(raw.mayContain(shifted, 3, k.length))
            .isTrue();
      }
    }
    MemTable m = withBloom(0.05, true, PrefixExtractor.capped(3));
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < 3_000; i++) {
      String k = Long.toString(rnd.nextLong() & 0xFFFFFFFFL, 36);
      keys.add(k);
      put(m, i + 1, k, "v");
    }
    for (String k : keys) {
      byte[] kb = b(k);
      assertWithMessage(seedNote).that(m.mayContain(kb, 0, kb.length)).isTrue();
      assertWithMessage(seedNote).that(read(100_000, k, m)).isEqualTo("v");
    }
  }

  /** False positives only cost time; with ~10 bits per key they stay rare. */
  @Spec("BLOOM-2")
  @Test
  void bloom_falsePositiveRate_isSmallWithTenBitsPerKey() {
    SplittableRandom rnd = TestSeed.random(getClass().getName() + "#bloom_falsePositiveRate");
    int n = 10_000;
    MemTableBloom bloom = new MemTableBloom(10L * n);
    for (int i = 0; i < n; i++) {
      byte[] k = b("in-" + i);
      bloom.add(k, 0, k.length);
    }
    int positives = 0;
    int probes = 20_000;
    long salt = rnd.nextLong();
    for (int i = 0; i < probes; i++) {
      byte[] k = b("out-" + salt + "-" + i);
      if (bloom.mayContain(k, 0, k.length)) {
        positives++;
      }
    }
    assertWithMessage("tests.seed=%s", Long.toHexString(TestSeed.master()))
        .that(positives)
        .isLessThan(probes / 10);
  }

  @Spec("BLOOM-3")
  @Test
  void bloom_getSkipsTheTableWhenAbsent_butStillAppliesTombstones() {
    MemTable m = withBloom(0.1, false, PrefixExtractor.fixed(2));
    put(m, 1, "aa1", "v");
    m.add(2, dev.purerocks.internal.dbformat.ValueType.RANGE_DELETION, b("q"), b("r"));
    assertThat(m.mayContain(b("aa9"), 0, 3)).isTrue();
    assertThat(m.mayContain(b("x"), 0, 1)).isTrue();
    GetContext ctx = MemTableFixtures.get(5, "qz1", m);
    assertThat(ctx.state()).isEqualTo(GetContext.State.NOT_FOUND);
    assertThat(ctx.maxCoveringTombstoneSeq()).isEqualTo(2);
  }

  /** ExpL: a prefix-mode Seek whose prefix is absent from the bloom finds nothing. */
  @Spec("BLOOM-4")
  @Test
  void prefixModeIterator_consultsTheBloomOnSeekAndSeekForPrev_likeExpL() {
    for (double ratio : new double[] {0.0, 0.1}) {
      for (boolean wholeKey : new boolean[] {false, true}) {
        MemTable m = withBloom(ratio, wholeKey, PrefixExtractor.fixed(2));
        long seq = 0;
        for (String k : new String[] {"aa1", "aa2", "ab1", "ba1", "x"}) {
          put(m, ++seq, k, "v");
        }
        boolean bloom = ratio > 0;
        MemTableIterator prefix = m.newIterator(true);
        MemTableIterator total = m.newIterator(false);
        assertThat(walk(prefix, "ac")).isEqualTo(bloom ? List.of() : List.of("ba1", "x"));
        assertThat(walk(prefix, "ab0")).isEqualTo(List.of("ab1", "ba1", "x"));
        assertThat(walk(prefix, "x")).isEqualTo(List.of("x"));
        assertThat(walk(total, "ac")).isEqualTo(List.of("ba1", "x"));
        byte[] sfp = seekForPrevKey("ac9");
        prefix.seekForPrev(sfp, 0, sfp.length);
        assertThat(prefix.isValid()).isEqualTo(!bloom);
        total.seekForPrev(sfp, 0, sfp.length);
        assertThat(s(total.userKey())).isEqualTo("ab1");
        assertThat(read(seq, "aa1", m)).isEqualTo("v");
        assertThat(read(seq, "x", m)).isEqualTo("v");
        assertThat(read(seq, "ac1", m)).isNull();
      }
    }
  }

  private static List<String> walk(MemTableIterator it, String target) {
    byte[] k = seekKey(target);
    it.seek(k, 0, k.length);
    List<String> out = new ArrayList<>();
    for (; it.isValid(); it.next()) {
      out.add(s(it.userKey()));
    }
    return out;
  }

  @Spec("BLOOM-1")
  @Test
  void bloomBits_areComputedIn64BitsAndCapped() {
    assertThat(MemTableOptions.bloomBits(64L << 20, 0.1)).isEqualTo(6_710_886L * 8);
    assertThat(MemTableOptions.bloomBits(64L << 30, 0.25)).isEqualTo(1L << 32);
    assertThat(MemTableOptions.bloomBits(Long.MAX_VALUE, 0.25)).isEqualTo(1L << 32);
    assertThat(MemTableOptions.bloomBits(1000, 0.0)).isEqualTo(0);
    assertThat(MemTableOptions.bloomBits(1000, Double.NaN)).isEqualTo(0);
  }
}
