package dev.purerocks;

import static com.google.common.truth.Truth.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HashSkipListMemTableConfigTest {

  @Test
  void defaults_matchRocksJava() {
    final HashSkipListMemTableConfig config = new HashSkipListMemTableConfig();
    assertThat(config.bucketCount()).isEqualTo(1_000_000L);
    assertThat(config.height()).isEqualTo(4);
    assertThat(config.branchingFactor()).isEqualTo(4);
    assertThat(HashSkipListMemTableConfig.DEFAULT_BUCKET_COUNT).isEqualTo(1_000_000);
    assertThat(HashSkipListMemTableConfig.DEFAULT_HEIGHT).isEqualTo(4);
    assertThat(HashSkipListMemTableConfig.DEFAULT_BRANCHING_FACTOR).isEqualTo(4);
  }

  @Test
  void constantTypes_areMixedAsInRocksJava() throws Exception {
    assertThat(HashSkipListMemTableConfig.class.getField("DEFAULT_BUCKET_COUNT").getType())
        .isEqualTo(int.class);
    assertThat(HashSkipListMemTableConfig.class.getMethod("bucketCount").getReturnType())
        .isEqualTo(long.class);
  }

  @Test
  void setters_returnThisAndStoreUnvalidatedValues(final SplittableRandom random) {
    final HashSkipListMemTableConfig config = new HashSkipListMemTableConfig();
    for (final long v : new long[] {0, -1, Long.MAX_VALUE, Long.MIN_VALUE, random.nextLong()}) {
      assertThat(config.setBucketCount(v)).isSameInstanceAs(config);
      assertThat(config.bucketCount()).isEqualTo(v);
    }
    for (final int v : new int[] {0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, random.nextInt()}) {
      assertThat(config.setHeight(v)).isSameInstanceAs(config);
      assertThat(config.height()).isEqualTo(v);
      assertThat(config.setBranchingFactor(v)).isSameInstanceAs(config);
      assertThat(config.branchingFactor()).isEqualTo(v);
    }
  }

  @Test
  void setters_doNotDisturbOtherParameters() {
    final HashSkipListMemTableConfig config = new HashSkipListMemTableConfig().setHeight(9);
    assertThat(config.bucketCount()).isEqualTo(1_000_000L);
    assertThat(config.branchingFactor()).isEqualTo(4);
  }
}
