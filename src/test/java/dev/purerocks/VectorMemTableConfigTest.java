package dev.purerocks;

import static com.google.common.truth.Truth.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VectorMemTableConfigTest {

  @Test
  void defaults_matchRocksJava() {
    assertThat(VectorMemTableConfig.DEFAULT_RESERVED_SIZE).isEqualTo(0);
    assertThat(new VectorMemTableConfig().reservedSize()).isEqualTo(0);
  }

  @Test
  void setReservedSize_returnsThisAndStoresAnyValue(final SplittableRandom random) {
    final VectorMemTableConfig config = new VectorMemTableConfig();
    for (final int v : new int[] {1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, random.nextInt()}) {
      assertThat(config.setReservedSize(v)).isSameInstanceAs(config);
      assertThat(config.reservedSize()).isEqualTo(v);
    }
  }
}
