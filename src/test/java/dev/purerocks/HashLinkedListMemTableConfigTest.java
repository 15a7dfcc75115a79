package dev.purerocks;

import static com.google.common.truth.Truth.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HashLinkedListMemTableConfigTest {

  @Test
  void defaults_matchRocksJava() {
    final HashLinkedListMemTableConfig config = new HashLinkedListMemTableConfig();
    assertThat(config.bucketCount()).isEqualTo(50_000L);
    assertThat(config.hugePageTlbSize()).isEqualTo(0L);
    assertThat(config.bucketEntriesLoggingThreshold()).isEqualTo(4096);
    assertThat(config.ifLogBucketDistWhenFlush()).isTrue();
    assertThat(config.thresholdUseSkiplist()).isEqualTo(256);
  }

  @Test
  void constants_includingMisspeltOne() {
    assertThat(HashLinkedListMemTableConfig.DEFAULT_BUCKET_COUNT).isEqualTo(50_000L);
    assertThat(HashLinkedListMemTableConfig.DEFAULT_HUGE_PAGE_TLB_SIZE).isEqualTo(0L);
    assertThat(HashLinkedListMemTableConfig.DEFAULT_BUCKET_ENTRIES_LOG_THRES).isEqualTo(4096);
    assertThat(HashLinkedListMemTableConfig.DEFAULT_IF_LOG_BUCKET_DIST_WHEN_FLUSH).isTrue();
    assertThat(HashLinkedListMemTableConfig.DEFAUL_THRESHOLD_USE_SKIPLIST).isEqualTo(256);
  }

  @Test
  void setters_returnThisAndStoreUnvalidatedValues(final SplittableRandom random) {
    final HashLinkedListMemTableConfig config = new HashLinkedListMemTableConfig();
    for (final long v : new long[] {0, -1, Long.MAX_VALUE, Long.MIN_VALUE, random.nextLong()}) {
      assertThat(config.setBucketCount(v)).isSameInstanceAs(config);
      assertThat(config.bucketCount()).isEqualTo(v);
      assertThat(config.setHugePageTlbSize(v)).isSameInstanceAs(config);
      assertThat(config.hugePageTlbSize()).isEqualTo(v);
    }
    for (final int v : new int[] {0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, random.nextInt()}) {
      assertThat(config.setBucketEntriesLoggingThreshold(v)).isSameInstanceAs(config);
      assertThat(config.bucketEntriesLoggingThreshold()).isEqualTo(v);
      assertThat(config.setThresholdUseSkiplist(v)).isSameInstanceAs(config);
      assertThat(config.thresholdUseSkiplist()).isEqualTo(v);
    }
    assertThat(config.setIfLogBucketDistWhenFlush(false)).isSameInstanceAs(config);
    assertThat(config.ifLogBucketDistWhenFlush()).isFalse();
  }
}
