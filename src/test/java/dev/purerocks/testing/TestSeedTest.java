package dev.purerocks.testing;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class TestSeedTest {

  @Test
  void parse_treatsAbsentBlankAndUnresolvedAsNoSeed() {
    assertThat(TestSeed.parse(null)).isNull();
    assertThat(TestSeed.parse("")).isNull();
    assertThat(TestSeed.parse("  ")).isNull();
    assertThat(TestSeed.parse("${tests.seed}")).isNull();
  }

  @Test
  void parse_readsUpToSixteenHexDigits() {
    assertThat(TestSeed.parse("ff")).isEqualTo(255L);
    assertThat(TestSeed.parse("0xFF")).isEqualTo(255L);
    assertThat(TestSeed.parse("FFFFFFFFFFFFFFFF")).isEqualTo(-1L);
    assertThat(TestSeed.parse("8000000000000000")).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void parse_rejectsMalformedSeedNamingTheProperty() {
    for (final String bad : new String[] {"xyz", "-1", "+1", "0x", "1FFFFFFFFFFFFFFFF"}) {
      final IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> TestSeed.parse(bad));
      assertThat(e).hasMessageThat().contains("tests.seed");
    }
  }

  @Test
  void masterHex_roundTripsThroughParse() {
    assertThat(TestSeed.masterHex()).hasLength(16);
    assertThat(TestSeed.parse(TestSeed.masterHex())).isEqualTo(TestSeed.master());
  }

  @Test
  void random_isDeterministicPerTestId() {
    final SplittableRandom a = TestSeed.random("x.Y#z");
    final SplittableRandom b = TestSeed.random("x.Y#z");
    for (int i = 0; i < 16; i++) {
      assertThat(a.nextLong()).isEqualTo(b.nextLong());
    }
  }

  @Test
  void seedFor_differsBetweenTestIds() {
    final Set<Long> seeds = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      seeds.add(TestSeed.seedFor("dev.purerocks.SomeTest#method" + i));
    }
    assertThat(seeds).hasSize(1000);
  }

  @Test
  void resolvedParameter_isTheTestsOwnStream(final SplittableRandom random, final TestInfo info) {
    final SplittableRandom expected =
        TestSeed.random(TestSeedTest.class, info.getTestMethod().orElseThrow().getName());
    assertThat(random.nextLong()).isEqualTo(expected.nextLong());
  }

  private static final Set<Long> repeatedFirstValues = new HashSet<>();

  @RepeatedTest(3)
  void resolvedParameter_differsBetweenRepetitions(final SplittableRandom random) {
    assertThat(repeatedFirstValues.add(random.nextLong())).isTrue();
  }
}
