package dev.purerocks;

import static com.google.common.truth.Truth.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SkipListMemTableConfigTest {

  @Test
  void defaults_matchRocksJava() {
    assertThat(SkipListMemTableConfig.DEFAULT_LOOKAHEAD).isEqualTo(0L);
    assertThat(new SkipListMemTableConfig().lookahead()).isEqualTo(0L);
  }

  @Test
  void setLookahead_returnsThisAndStoresAnyValue(final SplittableRandom random) {
    final SkipListMemTableConfig config = new SkipListMemTableConfig();
    for (final long v : new long[] {1, -1, Long.MAX_VALUE, Long.MIN_VALUE, random.nextLong(), 0}) {
      assertThat(config.setLookahead(v)).isSameInstanceAs(config);
      assertThat(config.lookahead()).isEqualTo(v);
    }
  }
}
